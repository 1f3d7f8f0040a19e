/* Code addresses to function names, for tracebacks.

   dladdr names the module of an address and the nearest exported symbol
   below it; functions that are not exported (static ones, and every
   function of an executable linked without -rdynamic) are found in the
   module's own symbol table.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>
#include "defer-internal.h"

/* __defer_symbolize fills SYM for the code address PC.  */
void
__defer_symbolize (uintptr_t pc, struct defer_symbol *sym)
{
  Dl_info info;

  memset (sym, 0, sizeof *sym);
  if (dladdr ((void *) pc, &info) == 0)
    return;
  sym->module = info.dli_fname;
  if (info.dli_sname != NULL)
    {
      sym->function = info.dli_sname;
      sym->offset = pc - (uintptr_t) info.dli_saddr;
    }
  else
    sym->offset = pc - (uintptr_t) info.dli_fbase;
}
