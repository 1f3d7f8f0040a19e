/* Decoding the unwind rule of one frame, once.

   What libgcc's uw_frame_state_for and the C personality
   (__gcc_personality_v0) find out about a frame every time an exception
   passes it, decoded here into a struct defer_frame_rule that the
   runtime's unwinder (frame-walk.c) keeps and reuses: the frame's
   description entry (FDE, found by _Unwind_Find_FDE, as libgcc finds it)
   and its common information entry (CIE), whose call frame programs run
   up to the return address give the canonical frame address and where
   the caller's callee-saved registers and return address are; the
   personality routine and the language-specific data area (LSDA), whose
   call-site table gives the landing pad of the call.

   Only what the psABI's callee-saved registers need is kept.  A frame the
   rule cannot say exactly is DEFER_FRAME_STOCK, for GCC's unwinder: a
   signal frame, a CFA or a register given by a DWARF expression, a rule
   of the stack pointer, a personality that is not the C one (a C++
   frame's, gccgo's), an encoding this file does not know.  The DWARF
   constants are those of the DWARF 4 standard, section 6.4, and of the
   LSB's .eh_frame.  */

#include <string.h>
#include "defer-internal.h"

/* libgcc's lookup of the FDE that covers PC (unwind-dw2-fde.h; exported
   by libgcc_s since GCC 3.0, in libgcc_eh for static links), with the
   bases its encodings are relative to.  */
struct defer_eh_bases
{
  void *tbase;
  void *dbase;
  void *func;
};
extern const void *_Unwind_Find_FDE (void *pc, struct defer_eh_bases *bases);

/* The C personality, whose frames the runtime's unwinder takes.  */
extern _Unwind_Reason_Code __gcc_personality_v0 (int,
						 _Unwind_Action,
						 _Unwind_Exception_Class,
						 struct _Unwind_Exception *,
						 struct _Unwind_Context *);

/* Pointer encodings (DW_EH_PE_*).  */
#define PE_ABSPTR 0x00
#define PE_ULEB128 0x01
#define PE_UDATA2 0x02
#define PE_UDATA4 0x03
#define PE_UDATA8 0x04
#define PE_SLEB128 0x09
#define PE_SDATA2 0x0a
#define PE_SDATA4 0x0b
#define PE_SDATA8 0x0c
#define PE_PCREL 0x10
#define PE_TEXTREL 0x20
#define PE_DATAREL 0x30
#define PE_FUNCREL 0x40
#define PE_ALIGNED 0x50
#define PE_INDIRECT 0x80
#define PE_OMIT 0xff

/* Call frame instructions (DW_CFA_*).  */
#define CFA_ADVANCE_LOC 0x40
#define CFA_OFFSET 0x80
#define CFA_RESTORE 0xc0
#define CFA_NOP 0x00
#define CFA_SET_LOC 0x01
#define CFA_ADVANCE_LOC1 0x02
#define CFA_ADVANCE_LOC2 0x03
#define CFA_ADVANCE_LOC4 0x04
#define CFA_OFFSET_EXTENDED 0x05
#define CFA_RESTORE_EXTENDED 0x06
#define CFA_UNDEFINED 0x07
#define CFA_SAME_VALUE 0x08
#define CFA_REGISTER 0x09
#define CFA_REMEMBER_STATE 0x0a
#define CFA_RESTORE_STATE 0x0b
#define CFA_DEF_CFA 0x0c
#define CFA_DEF_CFA_REGISTER 0x0d
#define CFA_DEF_CFA_OFFSET 0x0e
#define CFA_DEF_CFA_EXPRESSION 0x0f
#define CFA_EXPRESSION 0x10
#define CFA_OFFSET_EXTENDED_SF 0x11
#define CFA_DEF_CFA_SF 0x12
#define CFA_DEF_CFA_OFFSET_SF 0x13
#define CFA_VAL_OFFSET 0x14
#define CFA_VAL_OFFSET_SF 0x15
#define CFA_VAL_EXPRESSION 0x16
#define CFA_GNU_ARGS_SIZE 0x2e
#define CFA_GNU_NEGATIVE_OFFSET_EXTENDED 0x2f

/* The x86-64 DWARF register numbers the rule needs: the stack pointer,
   the return address column, and the callee-saved registers.  */
#define DWARF_RSP 7
#define DWARF_RA 16
#define DWARF_COLUMNS 17

/* A column's rule while the program runs.  */
enum column_how
{
  HOW_SAME,			/* unsaved, or DW_CFA_same_value.  */
  HOW_UNDEFINED,
  HOW_OFFSET,			/* saved at CFA + offset.  */
  HOW_OTHER			/* anything else: GCC's unwinder only.  */
};

struct column
{
  unsigned char how;
  int32_t offset;
};

/* The row of the call frame table being built, with the rows
   DW_CFA_remember_state saved.  */
#define STATE_DEPTH 8

struct cfa_row
{
  unsigned long cfa_reg;
  long cfa_offset;
  int cfa_other;
  struct column col[DWARF_COLUMNS];
};

struct cfa_state
{
  struct cfa_row row;
  struct cfa_row initial;	/* the CIE's, for DW_CFA_restore.  */
  struct cfa_row saved[STATE_DEPTH];
  unsigned int depth;
  unsigned long args_size;
  int bad;			/* something only GCC's unwinder takes.  */
};

/* What the CIE says about its FDEs.  */
struct cie_info
{
  unsigned long code_align;
  long data_align;
  unsigned long ra_column;
  unsigned char fde_encoding;
  unsigned char lsda_encoding;
  int augmented;		/* "z": FDEs have augmentation data.  */
  uintptr_t personality;
  const unsigned char *insns;
  const unsigned char *end;
};

/* read_leb reads a LEB128 at *P, sign-extended if SIGNED_P, and moves
   *P past it.  */
static unsigned long
read_leb (const unsigned char **p, int signed_p)
{
  unsigned long result = 0;
  unsigned int shift = 0;
  unsigned char byte;

  do
    {
      byte = *(*p)++;
      if (shift < 64)
	result |= (unsigned long) (byte & 0x7f) << shift;
      shift += 7;
    }
  while (byte & 0x80);
  if (signed_p && shift < 64 && (byte & 0x40))
    result |= -(1UL << shift);
  return result;
}

/* read_uleb reads an unsigned LEB128 at *P and moves *P past it.  */
static unsigned long
read_uleb (const unsigned char **p)
{
  return read_leb (p, 0);
}

/* read_sleb reads a signed LEB128 at *P and moves *P past it.  */
static long
read_sleb (const unsigned char **p)
{
  return (long) read_leb (p, 1);
}

/* read_fixed reads the little-endian integer of SIZE bytes (2 or 4) at
   *P, sign-extended if SIGNED_P, and moves *P past it.  */
static uintptr_t
read_fixed (const unsigned char **p, unsigned int size, int signed_p)
{
  uint32_t u = 0;

  memcpy (&u, *p, size);
  *p += size;
  if (signed_p)
    return (uintptr_t) (size == 2 ? (intptr_t) (int16_t) u
			: (intptr_t) (int32_t) u);
  return u;
}

/* read_encoded reads a pointer of ENCODING at *P into *VALUE, relative to
   BASES where the encoding says so (NULL: only absolute and pc-relative
   ones), and moves *P past it.  It returns 0 for an encoding it does not
   know.  */
static int
read_encoded (unsigned char encoding, const unsigned char **p,
	      const struct defer_eh_bases *bases, uintptr_t *value)
{
  const unsigned char *start = *p;
  uintptr_t v;

  if (encoding == PE_OMIT)
    return 0;
  if ((encoding & 0x70) == PE_ALIGNED)
    {
      uintptr_t a = ((uintptr_t) *p + 7) & ~(uintptr_t) 7;

      memcpy (&v, (const void *) a, 8);
      *p = (const unsigned char *) a + 8;
      *value = v;
      return 1;
    }
  switch (encoding & 0x0f)
    {
    case PE_ABSPTR:
    case PE_UDATA8:
    case PE_SDATA8:
      memcpy (&v, *p, 8);
      *p += 8;
      break;
    case PE_ULEB128:
      v = read_uleb (p);
      break;
    case PE_SLEB128:
      v = (uintptr_t) read_sleb (p);
      break;
    case PE_UDATA2:
      v = read_fixed (p, 2, 0);
      break;
    case PE_SDATA2:
      v = read_fixed (p, 2, 1);
      break;
    case PE_UDATA4:
      v = read_fixed (p, 4, 0);
      break;
    case PE_SDATA4:
      v = read_fixed (p, 4, 1);
      break;
    default:
      return 0;
    }
  if (v != 0)
    switch (encoding & 0x70)
      {
      case 0:
	break;
      case PE_PCREL:
	v += (uintptr_t) start;
	break;
      case PE_TEXTREL:
	if (bases == NULL)
	  return 0;
	v += (uintptr_t) bases->tbase;
	break;
      case PE_DATAREL:
	if (bases == NULL)
	  return 0;
	v += (uintptr_t) bases->dbase;
	break;
      case PE_FUNCREL:
	if (bases == NULL)
	  return 0;
	v += (uintptr_t) bases->func;
	break;
      default:
	return 0;
      }
  if (v != 0 && (encoding & PE_INDIRECT))
    memcpy (&v, (const void *) v, sizeof v);
  *value = v;
  return 1;
}

/* entry_length reads the length of the CIE or FDE at *P, moves *P past
   it and returns the address of the entry's end.  */
static const unsigned char *
entry_length (const unsigned char **p)
{
  uint32_t len32;
  uint64_t len64;

  memcpy (&len32, *p, 4);
  *p += 4;
  if (len32 != 0xffffffffu)
    return *p + len32;
  memcpy (&len64, *p, 8);
  *p += 8;
  return *p + len64;
}

/* parse_cie reads the CIE at CIE into *INFO.  It returns 0 for one the
   runtime's unwinder does not take: a signal frame's ("S"), an
   augmentation it does not know, an unknown version.  */
static int
parse_cie (const unsigned char *cie, const struct defer_eh_bases *bases,
	   struct cie_info *info)
{
  const unsigned char *p = cie;
  const unsigned char *aug;
  const unsigned char *aug_end = NULL;
  unsigned char version;

  memset (info, 0, sizeof *info);
  info->fde_encoding = PE_ABSPTR;
  info->lsda_encoding = PE_OMIT;
  info->end = entry_length (&p);
  p += 4;			/* the CIE id, 0 in .eh_frame.  */
  version = *p++;
  if (version != 1 && version != 3)
    return 0;
  aug = p;
  p += strlen ((const char *) aug) + 1;
  info->code_align = read_uleb (&p);
  info->data_align = read_sleb (&p);
  info->ra_column = version == 1 ? *p++ : read_uleb (&p);
  if (*aug == 'z')
    {
      unsigned long len = read_uleb (&p);

      aug_end = p + len;
      info->augmented = 1;
      aug++;
    }
  else if (*aug != '\0')
    return 0;
  for (; *aug != '\0'; aug++)
    switch (*aug)
      {
      case 'R':
	info->fde_encoding = *p++;
	break;
      case 'L':
	info->lsda_encoding = *p++;
	break;
      case 'P':
	{
	  unsigned char enc = *p++;

	  if (!read_encoded (enc, &p, bases, &info->personality))
	    return 0;
	}
	break;
      default:			/* 'S' and the rest.  */
	return 0;
      }
  info->insns = aug_end != NULL ? aug_end : p;
  return 1;
}

/* column_of returns the rule of REG in ROW, or NULL for a column past
   the ones the rule follows (their rules do not matter to it).  */
static struct column *
column_of (struct cfa_row *row, unsigned long reg)
{
  return reg < DWARF_COLUMNS ? &row->col[reg] : NULL;
}

/* set_column gives REG the rule HOW, OFFSET in S's row.  */
static void
set_column (struct cfa_state *s, unsigned long reg, unsigned char how,
	    long offset)
{
  struct column *c = column_of (&s->row, reg);

  if (c == NULL)
    return;
  /* An offset too far for the rule is not one the walk can follow.  */
  if (offset < INT32_MIN || offset > INT32_MAX)
    how = HOW_OTHER;
  c->how = how;
  c->offset = (int32_t) offset;
}

/* run_cfa runs the call frame instructions [P, END) on S, for the frame
   of the function at START and CIE, up to the row of the address PC
   (the last row whose address is below PC, as libgcc's
   execute_cfa_program stops).  */
static void
run_cfa (const unsigned char *p, const unsigned char *end,
	 const struct cie_info *cie, const struct defer_eh_bases *bases,
	 uintptr_t start, uintptr_t pc, struct cfa_state *s)
{
  uintptr_t loc = start;

  while (p < end && loc < pc && !s->bad)
    {
      unsigned char op = *p++;
      unsigned long reg, len;
      long off;

      switch (op & 0xc0)
	{
	case CFA_ADVANCE_LOC:
	  loc += (op & 0x3f) * cie->code_align;
	  continue;
	case CFA_OFFSET:
	  off = (long) read_uleb (&p) * cie->data_align;
	  set_column (s, op & 0x3f, HOW_OFFSET, off);
	  continue;
	case CFA_RESTORE:
	  if (column_of (&s->row, op & 0x3f) != NULL)
	    s->row.col[op & 0x3f] = s->initial.col[op & 0x3f];
	  continue;
	}
      switch (op)
	{
	case CFA_NOP:
	  break;
	case CFA_SET_LOC:
	  if (!read_encoded (cie->fde_encoding, &p, bases, &loc))
	    s->bad = 1;
	  break;
	case CFA_ADVANCE_LOC1:
	  loc += *p * cie->code_align;
	  p += 1;
	  break;
	case CFA_ADVANCE_LOC2:
	  loc += read_fixed (&p, 2, 0) * cie->code_align;
	  break;
	case CFA_ADVANCE_LOC4:
	  loc += read_fixed (&p, 4, 0) * cie->code_align;
	  break;
	case CFA_OFFSET_EXTENDED:
	  reg = read_uleb (&p);
	  off = (long) read_uleb (&p) * cie->data_align;
	  set_column (s, reg, HOW_OFFSET, off);
	  break;
	case CFA_OFFSET_EXTENDED_SF:
	  reg = read_uleb (&p);
	  off = read_sleb (&p) * cie->data_align;
	  set_column (s, reg, HOW_OFFSET, off);
	  break;
	case CFA_GNU_NEGATIVE_OFFSET_EXTENDED:
	  reg = read_uleb (&p);
	  off = -(long) read_uleb (&p) * cie->data_align;
	  set_column (s, reg, HOW_OFFSET, off);
	  break;
	case CFA_RESTORE_EXTENDED:
	  reg = read_uleb (&p);
	  if (column_of (&s->row, reg) != NULL)
	    s->row.col[reg] = s->initial.col[reg];
	  break;
	case CFA_UNDEFINED:
	  set_column (s, read_uleb (&p), HOW_UNDEFINED, 0);
	  break;
	case CFA_SAME_VALUE:
	  set_column (s, read_uleb (&p), HOW_SAME, 0);
	  break;
	case CFA_REGISTER:
	  reg = read_uleb (&p);
	  (void) read_uleb (&p);
	  set_column (s, reg, HOW_OTHER, 0);
	  break;
	case CFA_REMEMBER_STATE:
	  if (s->depth == STATE_DEPTH)
	    s->bad = 1;
	  else
	    s->saved[s->depth++] = s->row;
	  break;
	case CFA_RESTORE_STATE:
	  if (s->depth == 0)
	    s->bad = 1;
	  else
	    s->row = s->saved[--s->depth];	/* the CFA rule too.  */
	  break;
	case CFA_DEF_CFA:
	  s->row.cfa_reg = read_uleb (&p);
	  s->row.cfa_offset = (long) read_uleb (&p);
	  s->row.cfa_other = 0;
	  break;
	case CFA_DEF_CFA_SF:
	  s->row.cfa_reg = read_uleb (&p);
	  s->row.cfa_offset = read_sleb (&p) * cie->data_align;
	  s->row.cfa_other = 0;
	  break;
	case CFA_DEF_CFA_REGISTER:
	  s->row.cfa_reg = read_uleb (&p);
	  s->row.cfa_other = 0;
	  break;
	case CFA_DEF_CFA_OFFSET:
	  s->row.cfa_offset = (long) read_uleb (&p);
	  break;
	case CFA_DEF_CFA_OFFSET_SF:
	  s->row.cfa_offset = read_sleb (&p) * cie->data_align;
	  break;
	case CFA_DEF_CFA_EXPRESSION:
	  len = read_uleb (&p);
	  p += len;
	  s->row.cfa_other = 1;
	  break;
	case CFA_EXPRESSION:
	case CFA_VAL_EXPRESSION:
	  reg = read_uleb (&p);
	  len = read_uleb (&p);
	  p += len;
	  set_column (s, reg, HOW_OTHER, 0);
	  break;
	case CFA_VAL_OFFSET:
	  reg = read_uleb (&p);
	  (void) read_uleb (&p);
	  set_column (s, reg, HOW_OTHER, 0);
	  break;
	case CFA_VAL_OFFSET_SF:
	  reg = read_uleb (&p);
	  (void) read_sleb (&p);
	  set_column (s, reg, HOW_OTHER, 0);
	  break;
	case CFA_GNU_ARGS_SIZE:
	  s->args_size = read_uleb (&p);
	  break;
	default:
	  s->bad = 1;
	  break;
	}
    }
}

/* landing_pad_of finds, in the LSDA at LSDA of the function at START,
   the landing pad the C personality enters for the call whose return
   address is PC: *PAD, 0 for none.  It returns 0 for a table it cannot
   read.  */
static int
landing_pad_of (const unsigned char *lsda, uintptr_t start, uintptr_t pc,
		const struct defer_eh_bases *bases, uintptr_t *pad)
{
  const unsigned char *p = lsda;
  const unsigned char *table_end;
  uintptr_t lp_start = start;
  unsigned char enc, cs_enc;
  unsigned long len;
  uintptr_t ip = pc - 1;

  *pad = 0;
  enc = *p++;
  if (enc != PE_OMIT && !read_encoded (enc, &p, bases, &lp_start))
    return 0;
  enc = *p++;
  if (enc != PE_OMIT)
    (void) read_uleb (&p);
  cs_enc = *p++;
  len = read_uleb (&p);
  table_end = p + len;
  while (p < table_end)
    {
      uintptr_t cs_start, cs_len, cs_lp;

      if (!read_encoded (cs_enc, &p, NULL, &cs_start)
	  || !read_encoded (cs_enc, &p, NULL, &cs_len)
	  || !read_encoded (cs_enc, &p, NULL, &cs_lp))
	return 0;
      (void) read_uleb (&p);
      if (ip < start + cs_start)
	break;
      if (ip < start + cs_start + cs_len)
	{
	  if (cs_lp != 0)
	    *pad = lp_start + cs_lp;
	  break;
	}
    }
  return 1;
}

/* saved_offset stores the rule of a callee-saved register's column C in
   *SLOT.  It returns 0 for a rule the runtime's unwinder cannot follow.  */
static int
saved_offset (const struct column *c, int16_t *slot)
{
  switch (c->how)
    {
    case HOW_SAME:
      *slot = DEFER_SAVED_SAME;
      return 1;
    case HOW_OFFSET:
      if (c->offset <= INT16_MIN || c->offset > INT16_MAX)
	return 0;
      *slot = (int16_t) c->offset;
      return 1;
    default:
      return 0;
    }
}

/* __deferrt_frame_rule_decode decodes into *RULE the unwind rule of the
   frame whose return address is PC (all of it but TRANSIENT and
   GENERATION, which the cache's caller fills).  It returns 0 when no FDE
   covers PC (code without unwind tables, a signal trampoline, the end of
   a foreign stack): GCC's unwinder knows what to do there.  */
int
__deferrt_frame_rule_decode (uintptr_t pc, struct defer_frame_rule *rule)
{
  static const unsigned char callee_saved[DEFER_NSAVED] = { 3, 6, 12, 13,
							    14, 15 };
  struct defer_eh_bases bases;
  const unsigned char *fde, *p, *fde_end, *insns;
  struct cie_info cie;
  struct cfa_state s;
  uintptr_t start, range, lsda = 0;
  int32_t cie_delta;
  int i;

  memset (rule, 0, sizeof *rule);
  rule->pc = pc;
  rule->kind = DEFER_FRAME_STOCK;
  fde = _Unwind_Find_FDE ((void *) (pc - 1), &bases);
  if (fde == NULL)
    return 0;
  p = fde;
  fde_end = entry_length (&p);
  memcpy (&cie_delta, p, 4);
  if (!parse_cie (p - cie_delta, &bases, &cie))
    return 1;
  p += 4;
  if (!read_encoded (cie.fde_encoding, &p, &bases, &start)
      || !read_encoded (cie.fde_encoding & 0x0f, &p, &bases, &range))
    return 1;
  insns = p;
  if (cie.augmented)
    {
      unsigned long len = read_uleb (&p);

      insns = p + len;
      if (cie.lsda_encoding != PE_OMIT
	  && !read_encoded (cie.lsda_encoding, &p, &bases, &lsda))
	return 1;
    }

  memset (&s, 0, sizeof s);
  run_cfa (cie.insns, cie.end, &cie, &bases, start, UINTPTR_MAX, &s);
  s.initial = s.row;
  run_cfa (insns, fde_end, &cie, &bases, start, pc, &s);
  if (s.bad || s.row.cfa_other || cie.ra_column != DWARF_RA
      || s.row.col[DWARF_RSP].how != HOW_SAME
      || s.row.cfa_offset < INT32_MIN || s.row.cfa_offset > INT32_MAX
      || s.args_size > UINT32_MAX)
    return 1;

  /* The CFA's register: the stack pointer or a callee-saved one, whose
     value the unwinder knows in every frame.  */
  if (s.row.cfa_reg == DWARF_RSP)
    rule->cfa_reg = DEFER_CFA_SP;
  else
    {
      for (i = 0; i < DEFER_NSAVED; i++)
	if (s.row.cfa_reg == callee_saved[i])
	  break;
      if (i == DEFER_NSAVED)
	return 1;
      rule->cfa_reg = (uint8_t) i;
    }
  rule->cfa_offset = (int32_t) s.row.cfa_offset;
  rule->args_size = (uint32_t) s.args_size;
  for (i = 0; i < DEFER_NSAVED; i++)
    {
      if (!saved_offset (&s.row.col[callee_saved[i]], &rule->saved[i]))
	return 1;
      if (rule->saved[i] != DEFER_SAVED_SAME)
	rule->saved_mask |= 1u << i;
    }

  /* The return address: saved in the frame, or undefined in the
     outermost one.  */
  switch (s.row.col[DWARF_RA].how)
    {
    case HOW_OFFSET:
      if (!saved_offset (&s.row.col[DWARF_RA], &rule->ra_offset))
	return 1;
      break;
    case HOW_UNDEFINED:
      rule->outermost = 1;
      break;
    default:
      return 1;
    }
  rule->kind = DEFER_FRAME_STEP;

  /* The personality: none, or the C one with the landing pad of this
     call (what __gcc_personality_v0 enters in a forced unwind's cleanup
     phase); any other one is GCC's unwinder's to call.  */
  if (cie.personality != 0 && lsda != 0)
    {
      if (cie.personality != (uintptr_t) &__gcc_personality_v0
	  || !landing_pad_of ((const unsigned char *) lsda, start, pc,
			      &bases, &rule->landing))
	{
	  rule->kind = DEFER_FRAME_STOCK;
	  return 1;
	}
      if (rule->landing != 0)
	rule->kind = DEFER_FRAME_LAND;
    }
  else if (cie.personality != 0
	   && cie.personality != (uintptr_t) &__gcc_personality_v0)
    rule->kind = DEFER_FRAME_STOCK;
  (void) range;
  return 1;
}
