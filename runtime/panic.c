/* Panics and fatal errors.

   Go ends a program in two ways that look alike and mean different things:
   a panic ("panic: ...", exit status 2) is the program's fault, a fatal
   error ("fatal error: ...", from runtime.throw) is the runtime's, a broken
   invariant that no recover may hide.  Both are here.

   Until recoverable panics land, a panic prints Go's message to stderr and
   ends the process with exit status 2, as an unrecovered Go panic does.  A
   fatal error names the broken invariant and aborts, leaving a core to
   debug the runtime with.  */

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "defer-internal.h"

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

/* __defer_fatal prints "fatal error: MSG", MSG naming the runtime invariant
   found broken, and aborts.  Go's throw.  It allocates nothing: the heap
   may be what is broken.  */
void
__defer_fatal (const char *msg)
{
  static const char prefix[] = "fatal error: ";
  size_t len = 0;
  ssize_t ignored;

  while (msg[len] != '\0')
    len++;
  fflush (stdout);
  ignored = write (STDERR_FILENO, prefix, sizeof prefix - 1);
  ignored = write (STDERR_FILENO, msg, len);
  ignored = write (STDERR_FILENO, "\n", 1);
  (void) ignored;
  abort ();
}
