/* Go's src/runtime/crash_test.go, TestRecursivePanic5 (testprog's
   RecursivePanic5): an open-coded defer higher up the stack (in two), and
   in three a deferred call that recovers the first panic and panics
   again, recovered by the next deferred call while another is still to
   run; then the unrecovered "third panic" alone is printed.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

static void
nothing (void)
{
}

static void
print_recover (void)
{
  void *v = defer_recover ();
  printf ("%s\n", v ? (const char *) v : "<nil>");
}

static void
print_recover_panic (void)
{
  void *v = defer_recover ();
  printf ("%s\n", v ? (const char *) v : "<nil>");
  defer_panicf ("second panic");
}

__attribute__ ((noinline)) static void
three (void)
{
  defer (nothing);
  defer (print_recover);
  defer (print_recover_panic);
  defer_panicf ("first panic");
}

__attribute__ ((noinline)) static void
two (void)
{
  defer (nothing);
  three ();
}

__attribute__ ((noinline)) static void
one (void)
{
  two ();
}

static void
RecursivePanic5 (void)
{
  one ();
  defer_panicf ("third panic");
}

int
main (void)
{
  RecursivePanic5 ();
  return 0;
}

/* { dg-output "^first panic\nsecond panic\npanic: third panic\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
