/* What an unrecovered panic prints, as Go prints it.

     panic: first [recovered]
     	panic: second

     thread 4242 [running]:
     defer_panicf(...)
     	/home/me/defer/runtime/panic.c:249 +0xb5
     g(...)
     	/home/me/prog.c:12 +0x2a
     main(...)
     	/home/me/prog.c:30 +0x9

   The chain of panics, oldest first (Go's printpanics): each later one on
   a line of its own after a tab, " [recovered]" after one that a deferred
   call recovered before a newer panic interrupted it.  A panic's value is
   printed as its message when it has one (defer_panicf, a runtime error),
   else as a pointer.  Then the panicking thread's frames, newest first,
   from the return addresses the unwinder saw (unwind.c): function names
   and, where debug information allows, file and line (symbolize.c).  */

#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "defer-internal.h"

/* defer_print_panic_1 prints the chain ending with P, oldest first.  */
static void
defer_print_panic_1 (const struct defer_panic *p)
{
  if (p->link != NULL)
    {
      defer_print_panic_1 (p->link);
      fputc ('\t', stderr);
    }
  fputs ("panic: ", stderr);
  if (p->message != NULL)
    fputs (p->message, stderr);
  else
    fprintf (stderr, "(void *) %p", p->value);
  if (p->recovered)
    fputs (" [recovered]", stderr);
  fputc ('\n', stderr);
}

/* __deferrt_print_panics prints on stderr the chain of panics whose newest
   is P.  */
void
__deferrt_print_panics (const struct defer_panic *p)
{
  defer_print_panic_1 (p);
  fflush (stderr);
}

/* __deferrt_print_traceback prints on stderr the frames the unwinder saw for
   the panic P, newest first, from the runtime's function that raised it.
   Each address is a return address, one past its call: the call's own
   location is looked up, and the offset is the return address's, as Go
   prints it.  */
void
__deferrt_print_traceback (const struct defer_panic *p)
{
  unsigned int i;

  fprintf (stderr, "\nthread %ld [running]:\n", (long) syscall (SYS_gettid));
  for (i = 0; i < p->ntrace; i++)
    {
      struct defer_symbol sym;
      uintptr_t pc = p->trace[i] - 1;

      __deferrt_symbolize (pc, &sym);
      sym.offset++;
      fprintf (stderr, "%s(...)\n\t", sym.function ? sym.function : "?");
      if (sym.file != NULL)
	fprintf (stderr, "%s:%u", sym.file, sym.line);
      else
	fputs (sym.module ? sym.module : "?", stderr);
      fprintf (stderr, " +0x%lx\n", (unsigned long) sym.offset);
    }
  if (p->ntrace == DEFER_TRACE_MAX)
    fputs ("...additional frames elided...\n", stderr);
  fflush (stderr);
}
