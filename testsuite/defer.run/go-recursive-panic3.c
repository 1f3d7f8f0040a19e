/* Go's src/runtime/crash_test.go, TestRecursivePanic3 (testprog's
   RecursivePanic3): a deferred call panics and recovers its own panic
   inside; the first panic, which ran it, goes on unrecovered and alone
   in the message.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

static void
squelch (void)
{
  defer_recover ();
}

static void
closure (void)
{
  defer (squelch);
  defer_panicf ("second panic");
}

static void
RecursivePanic3 (void)
{
  defer (closure);
  defer_panicf ("first panic");
}

int
main (void)
{
  RecursivePanic3 ();
  return 0;
}

/* { dg-output "^panic: first panic\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
