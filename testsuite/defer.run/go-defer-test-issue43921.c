/* Go's src/runtime/defer_test.go, TestIssue43921: in a frame with record
   defers (a loop prevents open coding), a deferred function panics (4) and
   a call it deferred recovers that panic; the frame's own panic (1) goes
   on and main's deferred closure recovers it.  */
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
closure_1 (struct T *t)
{
  expect (t, 1, defer_recover ());
}

static void
nothing (void)
{
}

static void
closure_2_1 (struct T *t)
{
  expect (t, 4, defer_recover ());
}

static void
closure_2 (struct T *t)
{
  defer (closure_2_1, t);
  defer_panic (GO_INT (4));
}

static void
inner (struct T *t)
{
  /* Prevent open-coded defers.  */
  for (;;)
    {
      defer (nothing);
      break;
    }

  defer (closure_2, t);
  defer_panic (GO_INT (1));
}

static void
TestIssue43921 (struct T *t)
{
  defer (closure_1, t);
  inner (t);
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
  run ("TestIssue43921", TestIssue43921);
  return 0;
}

/* { dg-output "^expect\\(4\\): 4\nexpect\\(1\\): 1\nTestIssue43921 passed\n\$" } */
