/* Function pointers passed as arguments to the deferred call are the ones current at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int square (int x) { return x * x; }
static int negate (int x) { return -x; }

static void
apply (int (*fn) (int), int x)
{
  printf ("apply %d\n", fn (x));
}

static void
apply_fmt (int (*out) (const char *, ...), const char *fmt, int x)
{
  out (fmt, x);
}

static void
f (void)
{
  int (*op) (int) = square;
  defer (apply, op, 5);
  op = negate;
  defer (apply, op, 5);
  op = 0;
  defer (apply_fmt, printf, "fmt %d\n", 9);
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^fmt 9\n" } */
/* { dg-output "apply -5\n" } */
/* { dg-output "apply 25\n\$" } */
