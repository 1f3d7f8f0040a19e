/* Go's src/runtime/crash_test.go, TestRecursivePanic4 (testprog's
   RecursivePanic4): a deferred call recovers the first panic and panics
   again; the second is never recovered, and the first still shows in the
   chain, marked [recovered].  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

static void
closure (void)
{
  defer_recover ();
  defer_panicf ("second panic");
}

static void
RecursivePanic4 (void)
{
  defer (closure);
  defer_panicf ("first panic");
}

int
main (void)
{
  RecursivePanic4 ();
  return 0;
}

/* { dg-output "^panic: first panic \\\[recovered\\\]\n\tpanic: second panic\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
