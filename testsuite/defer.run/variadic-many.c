/* A deferred printf with more than 6 integer and more than 8 floating arguments (some on the stack).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
f (void)
{
  int a = 1, b = 2, c = 3, d = 4, e = 5, g = 6, h = 7, i = 8, j = 9, k = 10;
  float f1 = 0.5f;
  double f2 = 1.5, f3 = 2.5, f4 = 3.5, f5 = 4.5, f6 = 5.5, f7 = 6.5;
  double f8 = 7.5, f9 = 8.5, f10 = 9.5;
  defer (printf, "%d %d %d %d %d %d %d %d %d %d; "
	 "%g %g %g %g %g %g %g %g %g %g; %s %c %ld\n",
	 a, b, c, d, e, g, h, i, j, k,
	 f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, "end", 'Z', -1L);
  a = b = c = d = e = g = h = i = j = k = 0;
  f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = f9 = f10 = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^1 2 3 4 5 6 7 8 9 10; " } */
/* { dg-output "0\\.5 1\\.5 2\\.5 3\\.5 4\\.5 5\\.5 6\\.5 7\\.5 8\\.5 9\\.5; end Z -1\n\$" } */
