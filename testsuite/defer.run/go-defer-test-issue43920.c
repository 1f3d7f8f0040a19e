/* Go's src/runtime/defer_test.go, TestIssue43920: panics raised by
   deferred calls of panic itself (Go's defer panic (3), here
   defer (defer_panic, GO_INT (3))) while other panics run, recovered at
   three levels: each recover finds the newest panic, the one its
   deferred function was run by.  */
/* { dg-do run } */

#include "go-panic.h"

struct T
{
  const char *name;
};

static void
expect (struct T *t, int n, void *err)
{
  printf ("expect(%d): %s\n", n, go_show (err));
  if (GO_INT (n) != err)
    die ("%s: have %s, want %d", t->name, go_show (err), n);
}

static void
step (struct T *t, int *steps, int want)
{
  ++*steps;
  printf ("step %d\n", *steps);
  if (*steps != want)
    die ("%s: have %d, want %d", t->name, *steps, want);
}

static void
closure_1 (struct T *t)
{
  expect (t, 1, defer_recover ());
}

static void
closure_2_1_1 (struct T *t)
{
  expect (t, 5, defer_recover ());
}

static void
closure_2_1_2 (void)
{
  defer_panic (GO_INT (4));
}

static void
closure_2_1 (struct T *t)
{
  defer (closure_2_1_1, t);
  defer (defer_panic, GO_INT (5));
  closure_2_1_2 ();
}

static void
closure_2_2 (struct T *t)
{
  expect (t, 3, defer_recover ());
}

static void
closure_2 (struct T *t)
{
  defer (closure_2_1, t);
  defer (closure_2_2, t);
  defer (defer_panic, GO_INT (3));
}

static void
closure_3 (struct T *t, int *steps)
{
  defer (step, t, steps, 1);
  defer_panic (GO_INT (1));
}

static void
TestIssue43920 (struct T *t)
{
  int steps = 0;

  defer (closure_1, t);
  defer (closure_2, t);
  closure_3 (t, &steps);
}

static void
run (const char *name, void (*f) (struct T *))
{
  struct T t = { name };

  f (&t);
  printf ("%s passed\n", name);
}

int
main (void)
{
  run ("TestIssue43920", TestIssue43920);
  return 0;
}

/* { dg-output "^step 1\nexpect\\(3\\): 3\nexpect\\(5\\): 5\nexpect\\(1\\): 1\n" } */
/* { dg-output "TestIssue43920 passed\n\$" } */
