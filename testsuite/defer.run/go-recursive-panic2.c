/* Go's src/runtime/crash_test.go, TestRecursivePanic2 (testprog's
   RecursivePanic2): as go-recursive-panic.c, with the first recover and
   the second panic in two deferred calls, which run in the right order;
   then the unrecovered "third panic" alone is printed.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

struct big
{
  unsigned char b[8192];
};

static void
print_recover (void)
{
  void *v = defer_recover ();
  printf ("%s\n", v ? (const char *) v : "<nil>");
}

static void
second_panic (void)
{
  defer_panicf ("second panic");
}

static void
inner (struct big x)
{
  (void) x;
  defer (second_panic);
  defer (print_recover);
  defer_panicf ("first panic");
}

static void
outer (void)
{
  struct big x;

  defer (print_recover);
  memset (&x, 0, sizeof x);
  inner (x);
}

static void
RecursivePanic2 (void)
{
  outer ();
  defer_panicf ("third panic");
}

int
main (void)
{
  RecursivePanic2 ();
  return 0;
}

/* { dg-output "^first panic\nsecond panic\npanic: third panic\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
