/* Go's src/runtime/crash_test.go, TestDoublePanic (testprog's
   DoublePanic, Go's issue 30150): the first panic's message is not
   clobbered by the second, raised by a deferred call, when the chain is
   printed.  Go prints the values of its string type P as main.P("XXX");
   the strings of defer_panicf print as they are.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

static void
closure (void)
{
  defer_panicf ("%s", "YYY");
}

static void
DoublePanic (void)
{
  defer (closure);
  defer_panicf ("%s", "XXX");
}

int
main (void)
{
  DoublePanic ();
  return 0;
}

/* { dg-output "^panic: XXX\n\tpanic: YYY\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
