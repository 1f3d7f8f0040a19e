/* Go's src/runtime/crash_test.go, TestPanicAfterGoexit (testprog's
   PanicAfterGoexit): a deferred call that Goexit -- here pthread_exit,
   in the main thread -- runs panics; the panic, unrecovered, still ends
   the program as a panic.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include <pthread.h>
#include "go-panic.h"

static void
closure (void)
{
  defer_panicf ("hello");
}

static void
PanicAfterGoexit (void)
{
  defer (closure);
  pthread_exit (NULL);
}

int
main (void)
{
  PanicAfterGoexit ();
  return 0;
}

/* { dg-output "^panic: hello\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
