/* Code addresses to function names, source lines and modules, for
   tracebacks.

   An address belongs to a module, the executable or a shared library:
   dl_iterate_phdr finds the one whose PT_LOAD segments hold it, with the
   module's name (empty for the executable, whose file is /proc/self/exe)
   and its load bias, what the loader added to the addresses the file
   gives.  The address minus the bias is an address of the file, which its
   own tables describe (elf.c): the function is the FUNC symbol of its
   symbol table that contains it -- .symtab names static functions and
   the functions of an executable linked without -rdynamic, which dladdr,
   reading .dynsym only, cannot -- and the file and line are those of the
   row of its DWARF line table that holds it (dwarf-line.c).  A stripped
   module's symbols and lines may be in its separate debug file, found by
   its build ID.  The build ID of the module in memory, from its PT_NOTE
   segment, must match its file's: a library replaced on disk since it
   was loaded is not read.  A module whose file cannot be read (the vDSO,
   a deleted library) falls back to dladdr.

   The symbolizer runs in a dying process: after an unrecovered panic,
   before _exit (2), to print up to DEFER_TRACE_MAX frames.  What it
   learns of a module is kept for the next address (struct defer_module:
   the mapped files and the index of the line table), modules are never
   forgotten, and the strings it returns point into the mapped files or
   into strings allocated once, so they stay valid until the process
   exits.  Its allocations are that index, one record per module, and the
   paths of the source files and the unversioned names of the functions
   it names.  Calls are rare and short: one mutex serializes them.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "defer-internal.h"
#include "symbolize.h"

/* A module as the symbolizer knows it.  NAME (the loader's, "" for the
   executable) and BIAS identify it; PATH is what a traceback prints.
   USABLE: its file ELF was read, and SYMBOLS (ELF or DEBUG, its separate
   debug file, which is mapped only when used) has its symbol table; LINES
   is its line table, from either.  */
struct defer_module
{
  struct defer_module *next;
  char *name;
  uintptr_t bias;
  const char *path;
  int usable;
  struct defer_elf elf;
  struct defer_elf debug;
  const struct defer_elf *symbols;
  struct defer_lines lines;
};

/* A string the symbolizer made, allocated once (defer_intern).  */
struct defer_string
{
  struct defer_string *next;
  char text[];
};

/* The symbolizer's state, under its lock: the modules seen so far, the
   strings made so far, and the buffer a path or a name is built in.  */
static pthread_mutex_t defer_symbolize_lock = PTHREAD_MUTEX_INITIALIZER;
static struct defer_module *defer_modules;
static struct defer_string *defer_strings;
static char defer_path_buffer[4096];

/* What defer_find_module looks for (PC) and finds: the module's NAME and
   BIAS, and the build ID of its image in memory.  */
struct defer_find
{
  uintptr_t pc;
  int found;
  const char *name;
  uintptr_t bias;
  struct defer_bytes build_id;
};

/* defer_loaded_p says whether the LEN bytes at the file address ADDR of
   the module INFO are mapped from its file: inside the file part of one
   of its PT_LOAD segments.  */
static int
defer_loaded_p (const struct dl_phdr_info *info, ElfW(Addr) addr, size_t len)
{
  ElfW(Half) i;

  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

      if (ph->p_type == PT_LOAD && addr >= ph->p_vaddr
	  && addr - ph->p_vaddr <= ph->p_filesz
	  && len <= ph->p_filesz - (addr - ph->p_vaddr))
	return 1;
    }
  return 0;
}

/* defer_find_module is dl_iterate_phdr's callback: it stops at the module
   INFO when one of its PT_LOAD segments holds the address of ARG, a
   struct defer_find, and fills the rest of it.  */
static int
defer_find_module (struct dl_phdr_info *info, size_t size, void *arg)
{
  struct defer_find *f = arg;
  ElfW(Half) i;

  if (size < offsetof (struct dl_phdr_info, dlpi_phnum)
	     + sizeof info->dlpi_phnum)
    return 0;
  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

      if (ph->p_type == PT_LOAD
	  && f->pc - (info->dlpi_addr + ph->p_vaddr) < ph->p_memsz)
	break;
    }
  if (i == info->dlpi_phnum)
    return 0;

  f->found = 1;
  f->name = info->dlpi_name != NULL ? info->dlpi_name : "";
  f->bias = info->dlpi_addr;
  for (i = 0; i < info->dlpi_phnum && f->build_id.data == NULL; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

      if (ph->p_type == PT_NOTE && defer_loaded_p (info, ph->p_vaddr,
						   ph->p_memsz))
	f->build_id = __deferrt_elf_notes_build_id
	  ((const unsigned char *) (info->dlpi_addr + ph->p_vaddr),
	   ph->p_memsz, ph->p_align);
    }
  return 1;
}

/* defer_same_bytes says whether A and B hold the same bytes.  */
static int
defer_same_bytes (struct defer_bytes a, struct defer_bytes b)
{
  return a.size == b.size && memcmp (a.data, b.data, a.size) == 0;
}

/* defer_module_open reads the files of the module M, found as F says.  */
static void
defer_module_open (struct defer_module *m, const struct defer_find *f)
{
  const char *file = f->name[0] != '\0' ? f->name : "/proc/self/exe";
  int use_debug = 0;

  if (__deferrt_elf_open (file, &m->elf) != 0)
    return;
  if (f->build_id.data != NULL && m->elf.build_id.data != NULL
      && !defer_same_bytes (f->build_id, m->elf.build_id))
    {
      __deferrt_elf_close (&m->elf);
      return;
    }
  m->usable = 1;
  m->symbols = &m->elf;
  __deferrt_lines_init (&m->lines, &m->elf);
  if ((m->elf.symtab_full && m->lines.line.data != NULL)
      || __deferrt_elf_open_debug (&m->elf, &m->debug) != 0)
    return;
  if (!m->elf.symtab_full && m->debug.symtab_full)
    {
      m->symbols = &m->debug;
      use_debug = 1;
    }
  if (m->lines.line.data == NULL)
    {
      __deferrt_lines_init (&m->lines, &m->debug);
      use_debug |= m->lines.line.data != NULL;
    }
  if (!use_debug)
    __deferrt_elf_close (&m->debug);
}

/* defer_module_get returns the module F found, read at the first call
   for it, or NULL when memory runs out.  */
static struct defer_module *
defer_module_get (const struct defer_find *f)
{
  struct defer_module *m;

  for (m = defer_modules; m != NULL; m = m->next)
    if (m->bias == f->bias && strcmp (m->name, f->name) == 0)
      return m;

  m = calloc (1, sizeof *m);
  if (m == NULL)
    return NULL;
  m->name = strdup (f->name);
  if (m->name == NULL)
    {
      free (m);
      return NULL;
    }
  m->bias = f->bias;
  m->path = m->name;
  if (m->name[0] == '\0')
    {
      ssize_t n = readlink ("/proc/self/exe", defer_path_buffer,
			    sizeof defer_path_buffer - 1);
      char *path;

      m->path = "/proc/self/exe";
      if (n > 0)
	{
	  defer_path_buffer[n] = '\0';
	  path = strdup (defer_path_buffer);
	  if (path != NULL)
	    m->path = path;
	}
    }
  defer_module_open (m, f);
  m->next = defer_modules;
  defer_modules = m;
  return m;
}

/* defer_intern returns a copy of S (a source file's path, a function's
   name) that lives until the process exits, the same one for the same
   text, or NULL when memory runs out.  */
static const char *
defer_intern (const char *s)
{
  struct defer_string *p;
  size_t n;

  for (p = defer_strings; p != NULL; p = p->next)
    if (strcmp (p->text, s) == 0)
      return p->text;
  n = strlen (s);
  p = malloc (sizeof *p + n + 1);
  if (p == NULL)
    return NULL;
  memcpy (p->text, s, n + 1);
  p->next = defer_strings;
  defer_strings = p;
  return p->text;
}

/* defer_function_name returns NAME, a symbol's name, without the symbol
   version that .symtab appends to the versioned definitions of a shared
   library (__libc_start_main@@GLIBC_2.34): the name the caller wrote.  A
   copy when that takes one, or NAME if memory runs out.  */
static const char *
defer_function_name (const char *name)
{
  const char *at = strchr (name, '@');
  const char *copy;
  size_t n;

  if (at == NULL || at == name)
    return name;
  n = at - name;
  if (n >= sizeof defer_path_buffer)
    return name;
  memcpy (defer_path_buffer, name, n);
  defer_path_buffer[n] = '\0';
  copy = defer_intern (defer_path_buffer);
  return copy != NULL ? copy : name;
}

/* __deferrt_symbolize fills SYM for the code address PC: the function that
   contains it and PC's offset from its start; the source file and line
   when the module's line table has them; the module.  With no function,
   the offset is PC's address in the module's file (PC minus the load
   bias: what addr2line and objdump take), or its offset from the start
   of the module's image when only dladdr knows the module.  Fields not
   found are NULL (0 for the line).  */
void
__deferrt_symbolize (uintptr_t pc, struct defer_symbol *sym)
{
  struct defer_find f;
  struct defer_module *m = NULL;
  Dl_info info;

  memset (sym, 0, sizeof *sym);
  memset (&f, 0, sizeof f);
  f.pc = pc;
  pthread_mutex_lock (&defer_symbolize_lock);
  if (dl_iterate_phdr (defer_find_module, &f) != 0 && f.found)
    m = defer_module_get (&f);
  if (m != NULL)
    {
      uint64_t addr = pc - m->bias, start;
      unsigned int line;

      sym->module = m->path;
      sym->offset = addr;
      if (m->usable)
	{
	  const char *name = __deferrt_elf_function (m->symbols, addr, &start);

	  if (name != NULL)
	    {
	      sym->function = defer_function_name (name);
	      sym->offset = addr - start;
	    }
	  if (__deferrt_lines_find (&m->lines, addr, defer_path_buffer,
				  sizeof defer_path_buffer, &line))
	    {
	      sym->file = defer_intern (defer_path_buffer);
	      sym->line = sym->file != NULL ? line : 0;
	    }
	}
    }
  if ((m == NULL || !m->usable) && dladdr ((void *) pc, &info) != 0)
    {
      if (sym->module == NULL)
	{
	  sym->module = info.dli_fname;
	  sym->offset = pc - (uintptr_t) info.dli_fbase;
	}
      if (info.dli_sname != NULL)
	{
	  sym->function = info.dli_sname;
	  sym->offset = pc - (uintptr_t) info.dli_saddr;
	}
    }
  pthread_mutex_unlock (&defer_symbolize_lock);
}
