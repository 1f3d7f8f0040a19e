/* Arguments are converted to the parameter types as a direct call converts them, at the defer statement.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void t_double (double v) { printf ("double %g\n", v); }
static void t_int (int v) { printf ("int %d\n", v); }
static void t_float (float v) { printf ("float %g\n", v); }
static void t_short (short v) { printf ("short %d\n", v); }
static void t_uint (unsigned v) { printf ("uint %u\n", v); }
static void t_long (long v) { printf ("long %ld\n", v); }
static void t_ldouble (long double v) { printf ("long double %Lg\n", v); }
static void t_uchar (unsigned char v) { printf ("uchar %d\n", v); }

static void
f (void)
{
  double d = 2.9;
  long long big = 0x12345LL;
  int wide = 300;
  defer (t_double, 3);
  defer (t_int, d);
  defer (t_float, 0.5);
  defer (t_short, big);
  defer (t_uint, -1);
  defer (t_long, -7);
  defer (t_ldouble, 'A');
  defer (t_uchar, wide);
  d = 100.0;
  big = 0;
  wide = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^uchar 44\n" } */
/* { dg-output "long double 65\n" } */
/* { dg-output "long -7\n" } */
/* { dg-output "uint 4294967295\n" } */
/* { dg-output "short 9029\n" } */
/* { dg-output "float 0\\.5\n" } */
/* { dg-output "int 2\n" } */
/* { dg-output "double 3\n\$" } */
