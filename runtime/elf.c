/* ELF files, for the symbolizer: sections, function symbols, build IDs.

   A module's file is mapped whole, read-only (MAP_PRIVATE, PROT_READ): the
   kernel reads only the pages a lookup touches, and what the mapping
   holds -- symbol names above all -- stays valid as long as it is mapped,
   which, once the symbolizer uses a file, is until the process exits.
   Only 64-bit little-endian files (x86-64's) are read.

   The section headers locate everything.  The symbol table is .symtab
   (SHT_SYMTAB), which has every function, static ones included; a
   stripped file has only .dynsym (SHT_DYNSYM), its exported functions.
   A function is found by a linear scan of the table, which costs a few
   milliseconds for the largest programs and allocates nothing: the
   symbolizer serves tracebacks, a few dozen addresses in a dying process.

   The file on disk may not be the one the process mapped (a library
   upgraded while the program ran): the build ID, from the .note.gnu.build-id
   the linker wrote, tells.  The same ID names the separate debug file that
   distributions install (/usr/lib/debug/.build-id/XX/YYYY.debug): a
   stripped module's full symbol table and line table are there.

   Every offset and size the file gives is checked against the file's size
   before it is used, and every string is checked to end inside its
   table: a truncated or malformed file fails to open, or yields no
   symbol, and nothing reads outside the mapping.  The one thing no check
   catches is a file truncated while it is mapped (SIGBUS): executables
   and libraries are replaced, not rewritten in place, by linkers and
   package managers.  */

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "symbolize.h"

/* Where separate debug files are, by build ID.  */
#define DEFER_DEBUG_BUILD_ID_DIR "/usr/lib/debug/.build-id"

/* elf_string returns the NUL-terminated string at offset OFF of the
   string table TAB, or NULL if OFF is outside TAB or the string does not
   end inside it.  */
static const char *
elf_string (struct defer_bytes tab, uint64_t off)
{
  if (tab.data == NULL || off >= tab.size)
    return NULL;
  if (memchr (tab.data + off, '\0', tab.size - off) == NULL)
    return NULL;
  return (const char *) tab.data + off;
}

/* elf_data returns the contents of the section SH of ELF: none for a
   SHT_NOBITS section (.bss, or any section of a debug file that only
   keeps its header), none either when the section's bytes are not all in
   the file.  */
static struct defer_bytes
elf_data (const struct defer_elf *elf, const Elf64_Shdr *sh)
{
  struct defer_bytes b = { NULL, 0 };

  if (sh->sh_type == SHT_NOBITS || sh->sh_offset > elf->size
      || sh->sh_size > elf->size - sh->sh_offset)
    return b;
  b.data = elf->map + sh->sh_offset;
  b.size = sh->sh_size;
  return b;
}

/* __deferrt_elf_notes_build_id returns the descriptor of the GNU build ID
   note (NT_GNU_BUILD_ID, owner "GNU") among the notes NOTES, SIZE bytes
   whose entries are aligned to ALIGN (4 or 8) bytes, or none.  NOTES may
   be a section of a file or a PT_NOTE segment in memory.  */
struct defer_bytes
__deferrt_elf_notes_build_id (const unsigned char *notes, size_t size,
			    size_t align)
{
  struct defer_bytes none = { NULL, 0 };
  size_t pos = 0;

  if (align != 8)
    align = 4;
  while (size - pos >= sizeof (Elf64_Nhdr))
    {
      Elf64_Nhdr nh;
      size_t name_at = pos + sizeof nh, desc_at, next;

      memcpy (&nh, notes + pos, sizeof nh);
      if (nh.n_namesz > size - name_at)
	break;
      desc_at = (name_at + nh.n_namesz + align - 1) & ~(align - 1);
      if (desc_at > size || nh.n_descsz > size - desc_at)
	break;
      if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4
	  && memcmp (notes + name_at, "GNU", 4) == 0 && nh.n_descsz > 0)
	{
	  struct defer_bytes id = { notes + desc_at, nh.n_descsz };
	  return id;
	}
      next = (desc_at + nh.n_descsz + align - 1) & ~(align - 1);
      if (next <= pos || next > size)
	break;
      pos = next;
    }
  return none;
}

/* elf_parse reads ELF's headers once its MAP and SIZE are set: the
   section headers, their names, the symbol table and the build ID.
   Returns 0, or -1 when the file is not a 64-bit little-endian ELF file
   whose section headers lie inside it; a file without symbols or build
   ID is fine.  */
static int
elf_parse (struct defer_elf *elf)
{
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *) elf->map;
  size_t shstrndx, i, sym_index = 0;
  int sym_type = 0;

  if (elf->size < sizeof *eh
      || memcmp (eh->e_ident, ELFMAG, SELFMAG) != 0
      || eh->e_ident[EI_CLASS] != ELFCLASS64
      || eh->e_ident[EI_DATA] != ELFDATA2LSB
      || eh->e_ident[EI_VERSION] != EV_CURRENT)
    return -1;
  if (eh->e_shoff == 0 || eh->e_shentsize != sizeof (Elf64_Shdr)
      || eh->e_shoff > elf->size
      || eh->e_shoff % __alignof__ (Elf64_Shdr) != 0
      || elf->size - eh->e_shoff < sizeof (Elf64_Shdr))
    return -1;
  elf->shdrs = (const Elf64_Shdr *) (elf->map + eh->e_shoff);
  /* Past SHN_LORESERVE sections, the count and the index of the names
     are in the first section header (extended numbering).  */
  elf->shnum = eh->e_shnum != 0 ? eh->e_shnum : elf->shdrs[0].sh_size;
  if (elf->shnum == 0
      || elf->shnum > (elf->size - eh->e_shoff) / sizeof (Elf64_Shdr))
    return -1;
  shstrndx = eh->e_shstrndx;
  if (shstrndx == SHN_XINDEX)
    shstrndx = elf->shdrs[0].sh_link;
  if (shstrndx != SHN_UNDEF && shstrndx < elf->shnum)
    elf->shstrtab = elf_data (elf, &elf->shdrs[shstrndx]);

  for (i = 1; i < elf->shnum; i++)
    {
      const Elf64_Shdr *sh = &elf->shdrs[i];

      if (sh->sh_type == SHT_SYMTAB
	  || (sh->sh_type == SHT_DYNSYM && sym_type != SHT_SYMTAB))
	{
	  sym_type = sh->sh_type;
	  sym_index = i;
	}
      else if (sh->sh_type == SHT_NOTE && elf->build_id.data == NULL)
	{
	  struct defer_bytes notes = elf_data (elf, sh);

	  if (notes.data != NULL)
	    elf->build_id = __deferrt_elf_notes_build_id (notes.data, notes.size,
							sh->sh_addralign);
	}
    }

  if (sym_type != 0)
    {
      const Elf64_Shdr *sh = &elf->shdrs[sym_index];
      struct defer_bytes syms = elf_data (elf, sh);

      if (syms.data != NULL
	  && (sh->sh_entsize == sizeof (Elf64_Sym) || sh->sh_entsize == 0)
	  && (syms.data - elf->map) % __alignof__ (Elf64_Sym) == 0
	  && sh->sh_link != SHN_UNDEF && sh->sh_link < elf->shnum
	  && elf->shdrs[sh->sh_link].sh_type == SHT_STRTAB)
	{
	  elf->syms = (const Elf64_Sym *) syms.data;
	  elf->nsyms = syms.size / sizeof (Elf64_Sym);
	  elf->strtab = elf_data (elf, &elf->shdrs[sh->sh_link]);
	  elf->symtab_full = sym_type == SHT_SYMTAB;
	  if (elf->strtab.data == NULL)
	    elf->nsyms = 0;
	}
    }
  return 0;
}

/* __deferrt_elf_open maps the file PATH and reads its headers into ELF.
   Returns 0, or -1 (ELF cleared, nothing left open or mapped) when the
   file cannot be read or is not an ELF file this reader understands.  */
int
__deferrt_elf_open (const char *path, struct defer_elf *elf)
{
  struct stat st;
  void *map;
  int fd;

  memset (elf, 0, sizeof *elf);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size < (off_t) sizeof (Elf64_Ehdr)
      || (uintmax_t) st.st_size > SIZE_MAX)
    {
      close (fd);
      return -1;
    }
  map = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close (fd);
  if (map == MAP_FAILED)
    return -1;
  elf->map = map;
  elf->size = (size_t) st.st_size;
  if (elf_parse (elf) != 0)
    {
      __deferrt_elf_close (elf);
      return -1;
    }
  return 0;
}

/* __deferrt_elf_open_debug opens into DEBUG the separate debug file of ELF,
   found by ELF's build ID under /usr/lib/debug/.build-id.  Returns 0, or
   -1 (DEBUG cleared) when ELF has no build ID or there is no such file
   with the same build ID.  */
int
__deferrt_elf_open_debug (const struct defer_elf *elf, struct defer_elf *debug)
{
  char path[sizeof DEFER_DEBUG_BUILD_ID_DIR + 4 + 2 * 64 + sizeof ".debug"];
  const unsigned char *id = elf->build_id.data;
  size_t n = elf->build_id.size, i;
  char *p;

  memset (debug, 0, sizeof *debug);
  if (n < 2 || n > 64)
    return -1;
  p = path + sprintf (path, "%s/%02x/", DEFER_DEBUG_BUILD_ID_DIR, id[0]);
  for (i = 1; i < n; i++)
    p += sprintf (p, "%02x", id[i]);
  strcpy (p, ".debug");
  if (__deferrt_elf_open (path, debug) != 0)
    return -1;
  if (debug->build_id.size != n || memcmp (debug->build_id.data, id, n) != 0)
    {
      __deferrt_elf_close (debug);
      return -1;
    }
  return 0;
}

/* __deferrt_elf_close unmaps ELF's file, if mapped, and clears ELF.  Names
   read from it are then invalid.  */
void
__deferrt_elf_close (struct defer_elf *elf)
{
  if (elf->map != NULL)
    munmap ((void *) elf->map, elf->size);
  memset (elf, 0, sizeof *elf);
}

/* __deferrt_elf_section returns the contents of ELF's section NAME (the
   first of that name), or none when ELF has no such section, when its
   contents are not in the file (SHT_NOBITS) or are compressed
   (SHF_COMPRESSED, which this reader does not inflate).  */
struct defer_bytes
__deferrt_elf_section (const struct defer_elf *elf, const char *name)
{
  struct defer_bytes none = { NULL, 0 };
  size_t i;

  for (i = 1; i < elf->shnum; i++)
    {
      const Elf64_Shdr *sh = &elf->shdrs[i];
      const char *s = elf_string (elf->shstrtab, sh->sh_name);

      if (s != NULL && strcmp (s, name) == 0)
	{
	  if (sh->sh_flags & SHF_COMPRESSED)
	    return none;
	  return elf_data (elf, sh);
	}
    }
  return none;
}

/* elf_function_p says whether SYM is a function (a STT_FUNC symbol, or an
   indirect function's resolver, STT_GNU_IFUNC) defined in the file.  */
static int
elf_function_p (const Elf64_Sym *sym)
{
  unsigned int type = ELF64_ST_TYPE (sym->st_info);

  return (type == STT_FUNC || type == STT_GNU_IFUNC)
    && sym->st_shndx != SHN_UNDEF;
}

/* elf_binding_rank ranks SYM's binding, for aliases (symbols with the
   same address and size): a global name is the one its callers wrote
   (memcpy rather than __GI_memcpy), a weak one comes next.  */
static int
elf_binding_rank (const Elf64_Sym *sym)
{
  switch (ELF64_ST_BIND (sym->st_info))
    {
    case STB_GLOBAL:
      return 2;
    case STB_WEAK:
      return 1;
    default:
      return 0;
    }
}

/* __deferrt_elf_function returns the name of the function of ELF's symbol
   table that contains the address ADDR (in the file's own addresses:
   a run-time address minus the module's load bias), and its start in
   *START; or NULL when no function contains ADDR.

   A function contains the addresses [st_value, st_value + st_size).  When
   several do (a function and its aliases, or nested symbols), the one
   that starts last wins, then the better binding, then the first in the
   table.  A symbol of size 0 (hand-written assembly without .size)
   contains ADDR when no sized function does, when it is the nearest
   function at or below ADDR, and when ADDR is inside its section.  */
const char *
__deferrt_elf_function (const struct defer_elf *elf, uint64_t addr,
		      uint64_t *start)
{
  const Elf64_Sym *sized = NULL, *nearest = NULL;
  size_t i;

  for (i = 0; i < elf->nsyms; i++)
    {
      const Elf64_Sym *sym = &elf->syms[i];
      int better_sized, better_nearest;

      if (!elf_function_p (sym) || sym->st_value > addr)
	continue;
      better_sized = sym->st_size != 0 && addr - sym->st_value < sym->st_size
	&& (sized == NULL || sym->st_value > sized->st_value
	    || (sym->st_value == sized->st_value
		&& elf_binding_rank (sym) > elf_binding_rank (sized)));
      better_nearest = nearest == NULL || sym->st_value > nearest->st_value
	|| (sym->st_value == nearest->st_value && nearest->st_size != 0
	    && sym->st_size == 0);
      /* The name is checked last: most symbols are not candidates.  */
      if ((!better_sized && !better_nearest)
	  || elf_string (elf->strtab, sym->st_name) == NULL
	  || elf->strtab.data[sym->st_name] == '\0')
	continue;
      if (better_sized)
	sized = sym;
      if (better_nearest)
	nearest = sym;
    }

  if (sized == NULL && nearest != NULL && nearest->st_size == 0)
    {
      const Elf64_Shdr *sh;

      if (nearest->st_shndx >= elf->shnum)
	return NULL;
      sh = &elf->shdrs[nearest->st_shndx];
      if (addr < sh->sh_addr || addr - sh->sh_addr >= sh->sh_size)
	return NULL;
      sized = nearest;
    }
  if (sized == NULL)
    return NULL;
  *start = sized->st_value;
  return (const char *) elf->strtab.data + sized->st_name;
}
