/* _Complex float, double and long double arguments keep both parts.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void
t_cfloat (_Complex float v)
{
  if (__real__ v != 1.5f || __imag__ v != -2.5f)
    abort ();
  printf ("complex float %g %g\n", (double) __real__ v, (double) __imag__ v);
}

static void
t_cdouble (_Complex double v)
{
  if (__real__ v != 3.25 || __imag__ v != 4.75)
    abort ();
  printf ("complex double %g %g\n", __real__ v, __imag__ v);
}

static void
t_cldouble (_Complex long double v)
{
  if (__real__ v != 1.0L + 0x1p-60L || __imag__ v != -8.0L)
    abort ();
  printf ("complex long double ok\n");
}

static void
t_cint (_Complex int v)
{
  if (__real__ v != 7 || __imag__ v != -9)
    abort ();
  printf ("complex int %d %d\n", __real__ v, __imag__ v);
}

static void
f (void)
{
  _Complex float cf;
  _Complex double cd;
  _Complex long double cld;
  _Complex int ci;
  __real__ cf = 1.5f;
  __imag__ cf = -2.5f;
  __real__ cd = 3.25;
  __imag__ cd = 4.75;
  __real__ cld = 1.0L + 0x1p-60L;
  __imag__ cld = -8.0L;
  __real__ ci = 7;
  __imag__ ci = -9;
  defer (t_cfloat, cf);
  defer (t_cdouble, cd);
  defer (t_cldouble, cld);
  defer (t_cint, ci);
  cf = 0;
  cd = 0;
  cld = 0;
  ci = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^complex int 7 -9\n" } */
/* { dg-output "complex long double ok\n" } */
/* { dg-output "complex double 3\\.25 4\\.75\n" } */
/* { dg-output "complex float 1\\.5 -2\\.5\n\$" } */
