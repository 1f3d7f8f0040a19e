/* Structs of floats and doubles (passed in SSE registers, alone or mixed with integers) keep their fields.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct ff { float x, y; };
struct dd { double x, y; };
struct fi { float f; int i; };
struct dl { double d; long l; };
struct f3 { float a, b, c; };
struct f4 { float f[4]; };

static void t_ff (struct ff v) { printf ("ff %g %g\n", v.x, v.y); }
static void t_dd (struct dd v) { printf ("dd %g %g\n", v.x, v.y); }
static void t_fi (struct fi v) { printf ("fi %g %d\n", v.f, v.i); }
static void t_dl (struct dl v) { printf ("dl %g %ld\n", v.d, v.l); }
static void t_f3 (struct f3 v) { printf ("f3 %g %g %g\n", v.a, v.b, v.c); }
static void
t_f4 (struct f4 v)
{
  printf ("f4 %g %g %g %g\n", v.f[0], v.f[1], v.f[2], v.f[3]);
}

static void
f (void)
{
  struct ff ff = { 1.5f, -2.5f };
  struct dd dd = { 3.25, 1e10 };
  struct fi fi = { 0.75f, -9 };
  struct dl dl = { -6.5, 123456789012L };
  struct f3 f3 = { 1, 2, 3 };
  struct f4 f4 = { { 4, 5, 6, 7 } };
  defer (t_ff, ff);
  defer (t_dd, dd);
  defer (t_fi, fi);
  defer (t_dl, dl);
  defer (t_f3, f3);
  defer (t_f4, f4);
  ff.y = dd.x = fi.f = dl.d = f3.c = f4.f[3] = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^f4 4 5 6 7\n" } */
/* { dg-output "f3 1 2 3\n" } */
/* { dg-output "dl -6\\.5 123456789012\n" } */
/* { dg-output "fi 0\\.75 -9\n" } */
/* { dg-output "dd 3\\.25 1e\\+10\n" } */
/* { dg-output "ff 1\\.5 -2\\.5\n\$" } */
