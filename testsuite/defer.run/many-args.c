/* A non-variadic callee with 25 arguments of mixed classes, many passed on the stack.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct pair
{
  int a, b;
};

static void
many (int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8,
      int i9, int i10, double d1, double d2, double d3, double d4,
      double d5, double d6, double d7, double d8, double d9, float f10,
      char c, short s, long double ld, struct pair p, long long ll)
{
  if (i1 != 1 || i2 != 2 || i3 != 3 || i4 != 4 || i5 != 5 || i6 != 6
      || i7 != 7 || i8 != 8 || i9 != 9 || i10 != 10)
    abort ();
  if (d1 != 0.5 || d2 != 1.5 || d3 != 2.5 || d4 != 3.5 || d5 != 4.5
      || d6 != 5.5 || d7 != 6.5 || d8 != 7.5 || d9 != 8.5 || f10 != 9.5f)
    abort ();
  if (c != 'c' || s != -300 || ld != 1.0L + 0x1p-60L || p.a != 11
      || p.b != 12 || ll != -(1LL << 62))
    abort ();
  printf ("many ok\n");
}

static void
f (void)
{
  int base = 1;
  double dbase = 0.5;
  struct pair p = { 11, 12 };
  defer (many, base, base + 1, base + 2, base + 3, base + 4, base + 5,
	 base + 6, base + 7, base + 8, base + 9,
	 dbase, dbase + 1, dbase + 2, dbase + 3, dbase + 4, dbase + 5,
	 dbase + 6, dbase + 7, dbase + 8, dbase + 9,
	 'c', -300, 1.0L + 0x1p-60L, p, -(1LL << 62));
  base = 0;
  dbase = 0;
  p.a = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^many ok\n\$" } */
