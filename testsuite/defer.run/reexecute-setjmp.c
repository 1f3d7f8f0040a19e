/* A defer that a longjmp back to a setjmp executes again defers one more call each time (Go's rule: n executions, n deferred calls), as do defers after a label a nested function's goto comes back to.  */
/* { dg-do run } */

#include <setjmp.h>
#include <stdio.h>
#include <defer.h>

static jmp_buf env;

static void
p (int n)
{
  printf ("%d\n", n);
}

static void
jump (void)
{
  longjmp (env, 1);
}

static void
with_setjmp (void)
{
  volatile int n = 0;
  defer (p, -1);
  setjmp (env);
  defer (p, n);
  if (++n < 3)
    jump ();
}

static void
with_nonlocal_goto (void)
{
  __label__ again;
  volatile int n = 10;
  void back (void) { goto again; }
  defer (p, 9);
again:
  defer (p, n);
  if (++n < 13)
    back ();
}

int
main (void)
{
  with_setjmp ();
  printf ("--\n");
  with_nonlocal_goto ();
  return 0;
}

/* { dg-output "^2\n1\n0\n-1\n--\n12\n11\n10\n9\n" } */
