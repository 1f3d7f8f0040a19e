/* Union arguments (small, mixed int/float, larger than 16 bytes) are passed by value, copied at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

union if4 { int i; float f; };
union dl { double d; long l; };
union bytes { unsigned char b[24]; long l[3]; };

static void t_if4 (union if4 v) { printf ("if4 %d\n", v.i); }
static void t_dl (union dl v) { printf ("dl %g\n", v.d); }
static void
t_bytes (union bytes v)
{
  printf ("bytes %d %d %ld\n", v.b[0], v.b[23], v.l[1]);
}

static void
f (void)
{
  union if4 a;
  union dl b;
  union bytes c;
  a.i = 12345;
  b.d = 2.5;
  c.l[0] = 7;
  c.l[1] = -8;
  c.l[2] = 0x0900000000000000L;
  defer (t_if4, a);
  defer (t_dl, b);
  defer (t_bytes, c);
  a.i = 0;
  b.l = 0;
  c.b[0] = 0;
  c.l[1] = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^bytes 7 9 -8\n" } */
/* { dg-output "dl 2\\.5\n" } */
/* { dg-output "if4 12345\n\$" } */
