/* Go's src/runtime/defer_test.go, TestIssue43941: recovered panics
   nested in deferred calls (1, then 2 replaced by 3), then the deferred
   calls of a frame that recovered them run in order (steps 8-10), and a
   last panic (4) runs the deferred calls of three frames (steps 11-14)
   before main's closure recovers it; the defers after the panic (4) in
   the same function never run.  */
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
nothing (void)
{
}

static void
closure_1 (struct T *t, int *steps)
{
  step (t, steps, 14);
  expect (t, 4, defer_recover ());
}

static void
closure_2_1_1_1 (struct T *t)
{
  expect (t, 3, defer_recover ());
}

static void
closure_2_1_1 (struct T *t)
{
  defer (closure_2_1_1_1, t);
  defer (defer_panic, GO_INT (3));
  defer_panic (GO_INT (2));
}

static void
closure_2_1_2 (struct T *t)
{
  expect (t, 1, defer_recover ());
}

static void
closure_2_1 (struct T *t)
{
  defer (closure_2_1_1, t);
  defer (closure_2_1_2, t);
  defer (defer_panic, GO_INT (1));
}

static void
closure_2 (struct T *t, int *steps)
{
  closure_2_1 (t);
  defer (nothing);
  defer (nothing);
  defer (step, t, steps, 10);
  defer (step, t, steps, 9);
  step (t, steps, 8);
}

static void
closure_3_1 (struct T *t, int *steps)
{
  defer (step, t, steps, 11);
  defer_panic (GO_INT (4));
}

static void
closure_3 (struct T *t, int *steps)
{
  defer (step, t, steps, 13);
  defer (step, t, steps, 12);
  closure_3_1 (t, steps);

  /* Code below isn't executed, but removing it breaks the test case.  */
  defer (nothing);
  defer (defer_panic, GO_INT (-1));
  defer (step, t, steps, -1);
  defer (step, t, steps, -1);
  defer (nothing);
}

static void
TestIssue43941 (struct T *t)
{
  int steps = 7;

  defer (closure_1, t, &steps);
  closure_2 (t, &steps);
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
  run ("TestIssue43941", TestIssue43941);
  return 0;
}

/* { dg-output "^expect\\(1\\): 1\nexpect\\(3\\): 3\nstep 8\nstep 9\n" } */
/* { dg-output "step 10\nstep 11\nstep 12\nstep 13\n" } */
/* { dg-output "step 14\nexpect\\(4\\): 4\nTestIssue43941 passed\n\$" } */
