/* DWARF line tables: the source file and line of a code address.

   .debug_line holds one line program per compilation unit (DWARF 5,
   section 6.2; versions 2 to 4 differ only in their header).  A program
   is a header -- the parameters of its opcodes, the table of directories
   and the table of files -- and opcodes for a state machine whose
   registers (address, file, line...) describe a row of a matrix each time
   an opcode appends one.  The rows come in sequences: runs of increasing
   addresses, each ended by DW_LNE_end_sequence, whose address is one past
   the sequence's last byte.  A row holds from its address to the next
   row's: the row of an address is the last one, in the sequence that
   holds the address, whose address is at or below it.

   The whole table is read once, at the first lookup, to index its
   sequences: each one's address range and where its opcodes start.  A
   lookup then finds its sequence by binary search and runs that sequence
   alone, then reads its unit's header again for the file's name: the
   index is the only memory this file allocates, a few dozen bytes per
   sequence (GCC emits one per section of code of each unit, so one per
   function with -ffunction-sections).  When the index cannot be had (too
   many sequences, no memory), each lookup runs the whole table instead.

   The file of a row is an index into its unit's file table, a file's
   directory an index into the directory table.  DWARF 5 describes the
   entries of both by a list of (content type, form) pairs in the header,
   whose strings are inline (DW_FORM_string) or offsets into
   .debug_line_str (DW_FORM_line_strp, what GCC emits) or .debug_str
   (DW_FORM_strp); directory 0 is the compilation directory and file 0 the
   primary source file.  Versions 2 to 4 have fixed tables, numbered from
   1, and leave the compilation directory to .debug_info, which is not
   read here: a relative name in directory 0 stays relative.  A string
   form this file cannot resolve (DW_FORM_strx*, which needs .debug_info
   too) leaves the row without a file.

   Everything is read through a cursor that checks each read against the
   end of what it reads (a unit, a header, an extended opcode): a
   malformed unit ends its own reading and no other's, unless its length
   is wrong, which ends the table's.  Lines are computed in unsigned
   arithmetic, which wraps where garbage would overflow.  */

#include <stdlib.h>
#include <string.h>
#include "symbolize.h"

/* The opcodes and forms used here (DWARF 5, sections 6.2.5 and 7.5.6).  */
enum
{
  DW_LNS_copy = 1,
  DW_LNS_advance_pc,
  DW_LNS_advance_line,
  DW_LNS_set_file,
  DW_LNS_set_column,
  DW_LNS_negate_stmt,
  DW_LNS_set_basic_block,
  DW_LNS_const_add_pc,
  DW_LNS_fixed_advance_pc,
  DW_LNS_set_prologue_end,
  DW_LNS_set_epilogue_begin,
  DW_LNS_set_isa
};

enum
{
  DW_LNE_end_sequence = 1,
  DW_LNE_set_address = 2
};

enum
{
  DW_LNCT_path = 1,
  DW_LNCT_directory_index = 2
};

enum
{
  DW_FORM_block2 = 0x03,
  DW_FORM_block4 = 0x04,
  DW_FORM_data2 = 0x05,
  DW_FORM_data4 = 0x06,
  DW_FORM_data8 = 0x07,
  DW_FORM_string = 0x08,
  DW_FORM_block = 0x09,
  DW_FORM_block1 = 0x0a,
  DW_FORM_data1 = 0x0b,
  DW_FORM_flag = 0x0c,
  DW_FORM_sdata = 0x0d,
  DW_FORM_strp = 0x0e,
  DW_FORM_udata = 0x0f,
  DW_FORM_sec_offset = 0x17,
  DW_FORM_flag_present = 0x19,
  DW_FORM_strx = 0x1a,
  DW_FORM_strp_sup = 0x1d,
  DW_FORM_data16 = 0x1e,
  DW_FORM_line_strp = 0x1f,
  DW_FORM_strx1 = 0x25,
  DW_FORM_strx2 = 0x26,
  DW_FORM_strx3 = 0x27,
  DW_FORM_strx4 = 0x28
};

/* The most sequences the index holds (32 bytes each); a table with more
   is read whole at each lookup.  */
#define DEFER_LINE_MAX_SEQUENCES (1u << 18)

/* How many sequences before the binary search's pick a lookup tries,
   when sequences overlap (discarded functions' sequences, all at 0).  */
#define DEFER_LINE_OVERLAP 16

/* A sequence of the index: the addresses [LO, HI) it covers, the offsets
   in .debug_line of its unit and of its first opcode.  */
struct defer_line_sequence
{
  uint64_t lo;
  uint64_t hi;
  size_t unit;
  size_t start;
};

/* A cursor: the bytes [P, END) left to read.  A read past END sets BAD,
   reads 0 and moves to END: once BAD, a cursor stays at its end.  */
struct cursor
{
  const unsigned char *p;
  const unsigned char *end;
  int bad;
};

/* cursor_fail marks C bad and empty.  */
static void
cursor_fail (struct cursor *c)
{
  c->bad = 1;
  c->p = c->end;
}

/* cursor_skip moves C N bytes on.  */
static void
cursor_skip (struct cursor *c, uint64_t n)
{
  if (n > (uint64_t) (c->end - c->p))
    cursor_fail (c);
  else
    c->p += n;
}

/* read_fixed reads an N-byte little-endian unsigned number, N <= 8.  */
static uint64_t
read_fixed (struct cursor *c, unsigned int n)
{
  uint64_t v = 0;
  unsigned int i;

  if (n > (size_t) (c->end - c->p))
    {
      cursor_fail (c);
      return 0;
    }
  for (i = 0; i < n; i++)
    v |= (uint64_t) c->p[i] << (8 * i);
  c->p += n;
  return v;
}

/* read_uleb reads an unsigned LEB128 number; bits past the 64th are
   dropped.  */
static uint64_t
read_uleb (struct cursor *c)
{
  uint64_t v = 0;
  unsigned int shift = 0;

  for (;;)
    {
      unsigned char b;

      if (c->p == c->end)
	{
	  cursor_fail (c);
	  return 0;
	}
      b = *c->p++;
      if (shift < 64)
	v |= (uint64_t) (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80))
	return v;
    }
}

/* read_sleb reads a signed LEB128 number, as its two's complement.  */
static uint64_t
read_sleb (struct cursor *c)
{
  uint64_t v = 0;
  unsigned int shift = 0;

  for (;;)
    {
      unsigned char b;

      if (c->p == c->end)
	{
	  cursor_fail (c);
	  return 0;
	}
      b = *c->p++;
      if (shift < 64)
	v |= (uint64_t) (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80))
	{
	  if (shift < 64 && (b & 0x40))
	    v |= ~(uint64_t) 0 << shift;
	  return v;
	}
    }
}

/* read_string reads an inline NUL-terminated string.  */
static const char *
read_string (struct cursor *c)
{
  const unsigned char *nul = memchr (c->p, '\0', c->end - c->p);
  const char *s = (const char *) c->p;

  if (nul == NULL)
    {
      cursor_fail (c);
      return NULL;
    }
  c->p = nul + 1;
  return s;
}

/* section_string returns the NUL-terminated string at offset OFF of the
   string section S, or NULL.  */
static const char *
section_string (struct defer_bytes s, uint64_t off)
{
  if (s.data == NULL || off >= s.size
      || memchr (s.data + off, '\0', s.size - off) == NULL)
    return NULL;
  return (const char *) s.data + off;
}

/* The header of a line program: where its unit ends (END) and its opcodes
   start (PROGRAM), the parameters of its opcodes, and where its tables
   are: DIRS and FILES point at DWARF 5's entry format counts, or at
   version 2-4's include_directories and file_names.  */
struct unit
{
  const unsigned char *end;
  const unsigned char *program;
  const unsigned char *dirs;
  const unsigned char *files;
  const unsigned char *opcode_lengths;
  unsigned int version;
  unsigned int offset_size;
  unsigned int min_insn_length;
  unsigned int max_ops;
  int line_base;
  unsigned int line_range;
  unsigned int opcode_base;
};

/* An entry of a DWARF 5 directory or file table: its path (NULL if it has
   none this file can read) and its directory index.  */
struct entry
{
  const char *path;
  uint64_t dir;
};

/* read_form reads from C a value of FORM in a table of U (of LINES),
   into *NUM for a number or *STR for a string (NULL when unresolvable).
   Returns 0, or -1 for a form this file cannot skip.  */
static int
read_form (const struct defer_lines *lines, const struct unit *u,
	   struct cursor *c, uint64_t form, uint64_t *num, const char **str)
{
  *num = 0;
  *str = NULL;
  switch (form)
    {
    case DW_FORM_string:
      *str = read_string (c);
      break;
    case DW_FORM_line_strp:
      *str = section_string (lines->line_str, read_fixed (c, u->offset_size));
      break;
    case DW_FORM_strp:
      *str = section_string (lines->str, read_fixed (c, u->offset_size));
      break;
    case DW_FORM_strp_sup:
    case DW_FORM_sec_offset:
      read_fixed (c, u->offset_size);
      break;
    case DW_FORM_strx:
      read_uleb (c);
      break;
    case DW_FORM_strx1:
    case DW_FORM_strx2:
    case DW_FORM_strx3:
    case DW_FORM_strx4:
      cursor_skip (c, form - DW_FORM_strx1 + 1);
      break;
    case DW_FORM_udata:
      *num = read_uleb (c);
      break;
    case DW_FORM_sdata:
      *num = read_sleb (c);
      break;
    case DW_FORM_data1:
    case DW_FORM_flag:
      *num = read_fixed (c, 1);
      break;
    case DW_FORM_data2:
      *num = read_fixed (c, 2);
      break;
    case DW_FORM_data4:
      *num = read_fixed (c, 4);
      break;
    case DW_FORM_data8:
      *num = read_fixed (c, 8);
      break;
    case DW_FORM_data16:
      cursor_skip (c, 16);
      break;
    case DW_FORM_block:
      cursor_skip (c, read_uleb (c));
      break;
    case DW_FORM_block1:
      cursor_skip (c, read_fixed (c, 1));
      break;
    case DW_FORM_block2:
      cursor_skip (c, read_fixed (c, 2));
      break;
    case DW_FORM_block4:
      cursor_skip (c, read_fixed (c, 4));
      break;
    case DW_FORM_flag_present:
      break;
    default:
      return -1;
    }
  return c->bad ? -1 : 0;
}

/* The most (content type, form) pairs an entry format may have.  */
#define DEFER_LINE_MAX_FORMAT 32

/* walk_v5_table reads the DWARF 5 directory or file table of U at C (its
   entry format count), up to the end of the header.  With WANT below the
   table's entry count, it stores that entry in *E and returns 0 at once;
   with WANT past it, it reads the whole table, leaving C after it, and
   returns 1.  Returns -1 for a malformed table.  */
static int
walk_v5_table (const struct defer_lines *lines, const struct unit *u,
	       struct cursor *c, uint64_t want, struct entry *e)
{
  uint64_t types[DEFER_LINE_MAX_FORMAT], forms[DEFER_LINE_MAX_FORMAT];
  unsigned int nformats, i;
  uint64_t count, k;

  nformats = read_fixed (c, 1);
  if (nformats > DEFER_LINE_MAX_FORMAT)
    return -1;
  for (i = 0; i < nformats; i++)
    {
      types[i] = read_uleb (c);
      forms[i] = read_uleb (c);
    }
  count = read_uleb (c);
  if (c->bad || (count > 0 && nformats == 0))
    return -1;
  for (k = 0; k < count; k++)
    {
      struct entry cur = { NULL, 0 };
      const unsigned char *at = c->p;

      for (i = 0; i < nformats; i++)
	{
	  uint64_t num;
	  const char *str;

	  if (read_form (lines, u, c, forms[i], &num, &str) != 0)
	    return -1;
	  if (types[i] == DW_LNCT_path)
	    cur.path = str;
	  else if (types[i] == DW_LNCT_directory_index)
	    cur.dir = num;
	}
      if (k == want)
	{
	  *e = cur;
	  return 0;
	}
      /* An entry of no bytes (DW_FORM_flag_present alone) would let a
	 garbage count run for ever.  */
      if (c->p == at)
	return -1;
    }
  return 1;
}

/* skip_v4_tables moves C past the include_directories and file_names of
   a version 2-4 header, setting U's FILES on the way.  Returns 0 or -1.  */
static int
skip_v4_tables (struct unit *u, struct cursor *c)
{
  const char *s;

  while ((s = read_string (c)) != NULL && *s != '\0')
    ;
  u->files = c->p;
  while ((s = read_string (c)) != NULL && *s != '\0')
    {
      read_uleb (c);
      read_uleb (c);
      read_uleb (c);
    }
  return c->bad ? -1 : 0;
}

/* read_unit reads the header of the line program at offset OFF of LINES'
   .debug_line into U, and the offset of the next unit into *NEXT.
   Returns 0; 1 when the header is malformed or of an unknown version but
   *NEXT is right, so that the next unit can be read; -1 when the unit's
   length is wrong, which leaves no next unit.  */
static int
read_unit (const struct defer_lines *lines, size_t off, struct unit *u,
	   size_t *next)
{
  struct cursor c = { lines->line.data + off,
		      lines->line.data + lines->line.size, 0 };
  struct cursor h;
  uint64_t length, header_length;

  memset (u, 0, sizeof *u);
  u->offset_size = 4;
  length = read_fixed (&c, 4);
  if (length == 0xffffffff)
    {
      u->offset_size = 8;
      length = read_fixed (&c, 8);
    }
  else if (length >= 0xfffffff0)
    return -1;
  if (c.bad || length > (uint64_t) (c.end - c.p))
    return -1;
  u->end = c.p + length;
  *next = u->end - lines->line.data;
  c.end = u->end;

  u->version = read_fixed (&c, 2);
  if (u->version < 2 || u->version > 5)
    return 1;
  if (u->version >= 5)
    {
      read_fixed (&c, 1);	/* address_size */
      read_fixed (&c, 1);	/* segment_selector_size */
    }
  header_length = read_fixed (&c, u->offset_size);
  if (c.bad || header_length > (uint64_t) (c.end - c.p))
    return 1;
  u->program = c.p + header_length;
  h.p = c.p;
  h.end = u->program;
  h.bad = 0;

  u->min_insn_length = read_fixed (&h, 1);
  u->max_ops = u->version >= 4 ? read_fixed (&h, 1) : 1;
  if (u->max_ops == 0)
    u->max_ops = 1;
  read_fixed (&h, 1);		/* default_is_stmt */
  u->line_base = (signed char) read_fixed (&h, 1);
  u->line_range = read_fixed (&h, 1);
  u->opcode_base = read_fixed (&h, 1);
  u->opcode_lengths = h.p;
  cursor_skip (&h, u->opcode_base > 0 ? u->opcode_base - 1 : 0);
  if (h.bad || u->line_range == 0 || u->opcode_base == 0)
    return 1;

  u->dirs = h.p;
  if (u->version >= 5)
    {
      struct entry e;

      if (walk_v5_table (lines, u, &h, UINT64_MAX, &e) != 1)
	return 1;
      u->files = h.p;
    }
  else if (skip_v4_tables (u, &h) != 0)
    return 1;
  return 0;
}

/* join_path writes into BUF (SIZE bytes) the path of NAME in the
   directory DIR, itself in the directory BASE; DIR and BASE may be NULL
   or empty, and are not used when what follows them is absolute.
   Returns 0, or -1 when the path does not fit.  */
static int
join_path (char *buf, size_t size, const char *base, const char *dir,
	   const char *name)
{
  const char *parts[3];
  size_t n = 0, len = 0, i;

  if (name[0] != '/' && dir != NULL && dir[0] != '\0')
    {
      if (dir[0] != '/' && base != NULL && base[0] != '\0')
	parts[n++] = base;
      parts[n++] = dir;
    }
  else if (name[0] != '/' && base != NULL && base[0] != '\0')
    parts[n++] = base;
  parts[n++] = name;

  for (i = 0; i < n; i++)
    {
      size_t l = strlen (parts[i]);

      if (i > 0 && len > 0 && buf[len - 1] != '/')
	{
	  if (len + 1 >= size)
	    return -1;
	  buf[len++] = '/';
	}
      if (l >= size - len)
	return -1;
      memcpy (buf + len, parts[i], l);
      len += l;
    }
  buf[len] = '\0';
  return 0;
}

/* file_path writes into PATH (SIZE bytes) the path of file FILE of the
   unit U.  Returns 0, or -1 when U has no such file or its name cannot
   be read or does not fit.  */
static int
file_path (const struct defer_lines *lines, const struct unit *u,
	   uint64_t file, char *path, size_t size)
{
  struct cursor c = { NULL, u->program, 0 };

  if (u->version >= 5)
    {
      struct entry f, d, base = { NULL, 0 };

      c.p = u->files;
      if (walk_v5_table (lines, u, &c, file, &f) != 0 || f.path == NULL)
	return -1;
      c.p = u->dirs;
      if (walk_v5_table (lines, u, &c, 0, &base) != 0)
	base.path = NULL;
      d = base;
      if (f.dir != 0)
	{
	  c.p = u->dirs;
	  c.bad = 0;
	  if (walk_v5_table (lines, u, &c, f.dir, &d) != 0)
	    d.path = NULL;
	}
      return join_path (path, size, base.path,
			f.dir != 0 ? d.path : NULL, f.path);
    }
  else
    {
      const char *name = NULL, *dir = NULL, *s;
      uint64_t k, dir_index = 0;

      if (file == 0)
	return -1;
      c.p = u->files;
      for (k = 1; (s = read_string (&c)) != NULL && *s != '\0'; k++)
	{
	  uint64_t d = read_uleb (&c);

	  read_uleb (&c);
	  read_uleb (&c);
	  if (k == file)
	    {
	      name = s;
	      dir_index = d;
	      break;
	    }
	}
      if (name == NULL || c.bad)
	return -1;
      c.p = u->dirs;
      for (k = 1; dir_index != 0 && (s = read_string (&c)) != NULL
	     && *s != '\0'; k++)
	if (k == dir_index)
	  {
	    dir = s;
	    break;
	  }
      return join_path (path, size, NULL, dir, name);
    }
}

/* What a run of a line program does with the rows: index the sequences
   (INDEX set), or find the row of ADDR.  */
struct run
{
  struct defer_lines *lines;
  size_t unit;
  int index;
  /* The index being built.  */
  struct defer_line_sequence *seqs;
  size_t nseqs, cap;
  int too_many;
  /* The lookup: its address, the row found (FOUND set) or the last row at
     or below ADDR so far (HAVE set).  */
  uint64_t addr;
  int found;
  int have;
  uint64_t file;
  uint64_t line;
};

/* run_add_sequence appends the sequence [LO, HI) starting at offset START
   to R's index.  Returns 0, or -1 when the index cannot grow.  */
static int
run_add_sequence (struct run *r, uint64_t lo, uint64_t hi, size_t start)
{
  struct defer_line_sequence *s;

  if (r->nseqs == r->cap)
    {
      size_t cap = r->cap ? 2 * r->cap : 64;

      if (cap > DEFER_LINE_MAX_SEQUENCES)
	cap = DEFER_LINE_MAX_SEQUENCES;
      if (r->nseqs == cap)
	return -1;
      s = realloc (r->seqs, cap * sizeof *s);
      if (s == NULL)
	return -1;
      r->seqs = s;
      r->cap = cap;
    }
  s = &r->seqs[r->nseqs++];
  s->lo = lo;
  s->hi = hi;
  s->unit = r->unit;
  s->start = start;
  return 0;
}

/* run_program runs the opcodes of the unit U from P to the end of the
   unit, or of the first sequence when ONE, for R.  Returns 0 when done
   (the row found, or the end reached), -1 when the index cannot grow.
   Malformed opcodes end the unit quietly.  */
static int
run_program (struct run *r, const struct unit *u, const unsigned char *p,
	     int one)
{
  struct cursor c = { p, u->end, 0 };
  const unsigned char *seq_start = p;
  uint64_t address = 0, op_index = 0, file = 1, line = 1, seq_lo = 0;
  int in_sequence = 0;

  r->have = 0;

  while (c.p < c.end)
    {
      unsigned int op = read_fixed (&c, 1);
      uint64_t advance = 0;
      int row = 0, end_sequence = 0;

      if (op >= u->opcode_base)
	{
	  unsigned int adjusted = op - u->opcode_base;

	  advance = adjusted / u->line_range;
	  line += (uint64_t) (int64_t) (u->line_base
					+ (int) (adjusted % u->line_range));
	  row = 1;
	}
      else if (op == 0)
	{
	  uint64_t len = read_uleb (&c);
	  struct cursor e = { c.p, c.p, 0 };

	  cursor_skip (&c, len);
	  if (c.bad)
	    break;
	  e.end = c.p;
	  switch (len > 0 ? read_fixed (&e, 1) : 0)
	    {
	    case DW_LNE_end_sequence:
	      row = end_sequence = 1;
	      break;
	    case DW_LNE_set_address:
	      if (len < 2 || len > 9)
		return 0;
	      address = read_fixed (&e, len - 1);
	      op_index = 0;
	      break;
	    default:
	      break;
	    }
	}
      else
	switch (op)
	  {
	  case DW_LNS_copy:
	    row = 1;
	    break;
	  case DW_LNS_advance_pc:
	    advance = read_uleb (&c);
	    break;
	  case DW_LNS_advance_line:
	    line += read_sleb (&c);
	    break;
	  case DW_LNS_set_file:
	    file = read_uleb (&c);
	    break;
	  case DW_LNS_const_add_pc:
	    advance = (255 - u->opcode_base) / u->line_range;
	    break;
	  case DW_LNS_fixed_advance_pc:
	    address += read_fixed (&c, 2);
	    op_index = 0;
	    break;
	  default:
	    {
	      /* DW_LNS_set_column and set_isa have one operand, the flags
		 none; unknown opcodes have the header's count of them.  */
	      unsigned int n = u->opcode_lengths[op - 1], i;

	      for (i = 0; i < n; i++)
		read_uleb (&c);
	    }
	    break;
	  }
      if (c.bad)
	break;

      if (advance != 0)
	{
	  if (u->max_ops == 1)
	    address += u->min_insn_length * advance;
	  else
	    {
	      address += u->min_insn_length
		* ((op_index + advance) / u->max_ops);
	      op_index = (op_index + advance) % u->max_ops;
	    }
	}
      if (!row)
	continue;

      if (!in_sequence)
	{
	  in_sequence = 1;
	  seq_lo = address;
	}
      if (r->index)
	{
	  if (end_sequence && address > seq_lo
	      && run_add_sequence (r, seq_lo, address,
				   seq_start - r->lines->line.data) != 0)
	    return -1;
	}
      else if (end_sequence)
	{
	  if (r->have && seq_lo <= r->addr && r->addr < address)
	    {
	      r->found = 1;
	      return 0;
	    }
	  r->have = 0;
	}
      else if (address <= r->addr)
	{
	  r->have = 1;
	  r->file = file;
	  r->line = line;
	}
      else if (r->have)
	{
	  r->found = 1;
	  return 0;
	}

      if (end_sequence)
	{
	  if (one)
	    return 0;
	  address = op_index = 0;
	  file = line = 1;
	  in_sequence = 0;
	  seq_start = c.p;
	}
    }
  return 0;
}

/* run_table runs every unit of LINES' table for R: the index is built,
   or the lookup done, unit by unit.  Returns 0, or -1 when the index
   cannot grow.  */
static int
run_table (struct defer_lines *lines, struct run *r)
{
  size_t off = 0, next;

  while (off < lines->line.size && !r->found)
    {
      struct unit u;
      int status = read_unit (lines, off, &u, &next);

      if (status < 0)
	break;
      r->unit = off;
      if (status == 0 && run_program (r, &u, u.program, 0) != 0)
	return -1;
      if (r->found)
	{
	  r->unit = off;
	  return 0;
	}
      off = next;
    }
  return 0;
}

/* sequence_compare orders sequences by their first address.  */
static int
sequence_compare (const void *a, const void *b)
{
  const struct defer_line_sequence *x = a, *y = b;

  return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* build_index builds LINES' index of sequences.  */
static void
build_index (struct defer_lines *lines)
{
  struct run r;

  memset (&r, 0, sizeof r);
  r.lines = lines;
  r.index = 1;
  if (run_table (lines, &r) != 0)
    {
      free (r.seqs);
      lines->index_state = -1;
      return;
    }
  if (r.nseqs > 0)
    qsort (r.seqs, r.nseqs, sizeof *r.seqs, sequence_compare);
  lines->seqs = r.seqs;
  lines->nseqs = r.nseqs;
  lines->index_state = 1;
}

/* __deferrt_lines_init sets LINES up for the line table of ELF: its
   .debug_line, .debug_line_str and .debug_str, those of them that it has
   uncompressed.  Nothing is read yet.  */
void
__deferrt_lines_init (struct defer_lines *lines, const struct defer_elf *elf)
{
  memset (lines, 0, sizeof *lines);
  lines->line = __deferrt_elf_section (elf, ".debug_line");
  lines->line_str = __deferrt_elf_section (elf, ".debug_line_str");
  lines->str = __deferrt_elf_section (elf, ".debug_str");
}

/* __deferrt_lines_find looks the address ADDR (in the file's addresses) up
   in LINES' table.  Returns 1 when a row holds it, with its source file's
   path in PATH (SIZE bytes, NUL-terminated) and its line in *LINE; 0 when
   no row does, or its file cannot be named, or its line is 0 (code that
   no source line accounts for).  Builds the index at the first call.  */
int
__deferrt_lines_find (struct defer_lines *lines, uint64_t addr, char *path,
		    size_t size, unsigned int *line)
{
  struct run r;
  struct unit u;
  size_t next;

  if (lines->line.data == NULL)
    return 0;
  if (lines->index_state == 0)
    build_index (lines);

  memset (&r, 0, sizeof r);
  r.lines = lines;
  r.addr = addr;
  if (lines->index_state > 0)
    {
      size_t lo = 0, hi = lines->nseqs, tries;

      /* The first sequence that starts above ADDR.  */
      while (lo < hi)
	{
	  size_t mid = lo + (hi - lo) / 2;

	  if (lines->seqs[mid].lo <= addr)
	    lo = mid + 1;
	  else
	    hi = mid;
	}
      for (tries = 0; lo > 0 && tries < DEFER_LINE_OVERLAP && !r.found;
	   tries++)
	{
	  const struct defer_line_sequence *s = &lines->seqs[--lo];

	  if (addr >= s->hi)
	    continue;
	  if (read_unit (lines, s->unit, &u, &next) != 0
	      || s->start < (size_t) (u.program - lines->line.data)
	      || s->start >= (size_t) (u.end - lines->line.data))
	    continue;
	  r.have = 0;
	  r.unit = s->unit;
	  run_program (&r, &u, lines->line.data + s->start, 1);
	}
    }
  else
    run_table (lines, &r);

  if (!r.found || r.line == 0 || r.line > UINT32_MAX
      || read_unit (lines, r.unit, &u, &next) != 0
      || file_path (lines, &u, r.file, path, size) != 0)
    return 0;
  *line = (unsigned int) r.line;
  return 1;
}

/* __deferrt_lines_free frees LINES' index.  */
void
__deferrt_lines_free (struct defer_lines *lines)
{
  free (lines->seqs);
  memset (lines, 0, sizeof *lines);
}
