/* float, double and long double arguments keep their exact values (long double keeps its extra precision).  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void
t_float (float v)
{
  if (v != 1.5f)
    abort ();
  printf ("float %.3f\n", v);
}

static void
t_double (double v)
{
  if (v != -0.1)
    abort ();
  printf ("double %.17g\n", v);
}

static void
t_ldouble (long double v)
{
  if (v - 1.0L != 0x1p-60L)
    abort ();
  printf ("long double extra precision kept\n");
}

static void
t_mixed (float a, double b, long double c, float d)
{
  if (a != 0.25f || b != 1e300 || c != -2.0L || d != -0.0f)
    abort ();
  printf ("mixed ok\n");
}

static void
f (void)
{
  float fl = 1.5f;
  double d = -0.1;
  long double ld = 1.0L + 0x1p-60L;
  defer (t_float, fl);
  defer (t_double, d);
  defer (t_ldouble, ld);
  defer (t_mixed, 0.25f, 1e300, -2.0L, -0.0f);
  fl = 0;
  d = 0;
  ld = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^mixed ok\n" } */
/* { dg-output "long double extra precision kept\n" } */
/* { dg-output "double -0\\.10000000000000001\n" } */
/* { dg-output "float 1\\.500\n\$" } */
