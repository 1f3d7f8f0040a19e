/* defer_result with a double result: deferred calls read and scale it.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
scale (double *r, double k)
{
  printf ("pending %g\n", *r);
  *r *= k;
}

static double
f (double x)
{
  double *r = defer_result (double);
  defer (scale, r, 2.0);
  if (x < 0)
    return -x;
  return x + 0.25;
}

int
main (void)
{
  printf ("f 1 %g\n", f (1.0));
  printf ("f -3 %g\n", f (-3.0));
  return 0;
}

/* { dg-output "^pending 1\\.25\nf 1 2\\.5\n" } */
/* { dg-output "pending 3\nf -3 6\n\$" } */
