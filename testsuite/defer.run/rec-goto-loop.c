/* A defer inside a loop made with a backward goto defers one call per pass (heap records).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say_int (int n)
{
  printf ("deferred %d\n", n);
}

static void
f (int count)
{
  int n = 0;
again:
  defer (say_int, n);
  if (++n < count)
    goto again;
  printf ("body n %d\n", n);
}

int
main (void)
{
  f (3);
  f (1);
  return 0;
}

/* { dg-output "^body n 3\ndeferred 2\ndeferred 1\ndeferred 0\n" } */
/* { dg-output "body n 1\ndeferred 0\n\$" } */
