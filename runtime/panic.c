/* Panics.

   Until recoverable panics land, a panic prints Go's message to stderr and
   ends the process with exit status 2, as an unrecovered Go panic does.  */

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "defer.h"

/* fatal_panic prints "panic: MSG" and exits with status 2.  */
static _Noreturn void
fatal_panic (const char *msg)
{
  fflush (stdout);
  fprintf (stderr, "panic: %s\n", msg);
  _exit (2);
}

/* __defer_nil_func_panic is called by a deferred call whose function value
   is a null pointer, when the call would run (Go's rule: not at the defer
   statement).  This is user misuse, not a runtime bug.  */
void
__defer_nil_func_panic (void)
{
  fatal_panic ("runtime error: deferred call of a null function pointer");
}
