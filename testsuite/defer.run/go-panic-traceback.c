/* Go's src/runtime/crash_test.go, TestPanicTraceback (testprog's
   PanicTraceback): each frame's deferred call panics again while the
   previous panic runs it; none is recovered, and the chain prints oldest
   first, each later one after a tab.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

static void
panic_pt1 (void)
{
  defer_panicf ("panic pt1");
}

static void
panic_pt2 (void)
{
  defer_panicf ("panic pt2");
}

static void
pt2 (void)
{
  defer (panic_pt2);
  defer_panicf ("hello");
}

static void
pt1 (void)
{
  defer (panic_pt1);
  pt2 ();
}

static void
PanicTraceback (void)
{
  pt1 ();
}

int
main (void)
{
  PanicTraceback ();
  return 0;
}

/* { dg-output "^panic: hello\n\tpanic: panic pt2\n\tpanic: panic pt1\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
