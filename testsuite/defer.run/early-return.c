/* A return before any defer has executed runs nothing; later returns run only the defers reached.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say_int (int n)
{
  printf ("deferred %d\n", n);
}

static int
h (int n)
{
  if (n < 0)
    return -1;
  defer (say_int, n);
  if (n == 0)
    return 0;
  defer (say_int, n * 10);
  return n + 1;
}

int
main (void)
{
  printf ("h -5 returned %d\n", h (-5));
  printf ("h 0 returned %d\n", h (0));
  printf ("h 3 returned %d\n", h (3));
  return 0;
}

/* { dg-output "^h -5 returned -1\n" } */
/* { dg-output "deferred 0\nh 0 returned 0\n" } */
/* { dg-output "deferred 30\ndeferred 3\nh 3 returned 4\n\$" } */
