/* Nine defers (one more than open coding allows) use stack records and still run LIFO.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (int i)
{
  printf ("deferred %d\n", i);
}

static int
f (int x)
{
  defer (say, 1);
  defer (say, 2);
  defer (say, 3);
  defer (say, 4);
  defer (say, 5);
  defer (say, 6);
  defer (say, 7);
  defer (say, 8);
  defer (say, 9);
  printf ("body\n");
  return x * 2;
}

int
main (void)
{
  printf ("f returned %d\n", f (21));
  return 0;
}

/* { dg-output "^body\ndeferred 9\ndeferred 8\ndeferred 7\ndeferred 6\ndeferred 5\n" } */
/* { dg-output "deferred 4\ndeferred 3\ndeferred 2\ndeferred 1\nf returned 42\n\$" } */
