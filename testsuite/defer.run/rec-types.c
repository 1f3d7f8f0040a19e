/* Heap records keep per-iteration copies of struct, long double, vector and __int128 arguments.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

typedef int v4si __attribute__ ((vector_size (16)));

struct big
{
  long a[5];
};

static void
show (struct big b, long double ld, v4si v, __int128 w, float f)
{
  printf ("%ld %ld %d %d %d %g\n", b.a[0], b.a[4], (int) ld, v[3], (int) w,
	  (double) f);
}

static void
f (void)
{
  struct big b = { { 0, 0, 0, 0, 0 } };
  v4si v = { 0, 0, 0, 0 };
  int i;
  for (i = 1; i <= 3; i++)
    {
      b.a[0] = i;
      b.a[4] = i * 10;
      v[3] = i * 100;
      defer (show, b, (long double) i + 0.5L, v, (__int128) i << 64 | i, i * 0.5f);
    }
  b.a[0] = -1;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^3 30 3 300 3 1\\.5\n2 20 2 200 2 1\n1 10 1 100 1 0\\.5\n\$" } */
