/* The return value is computed before deferred calls run; their effects on globals are visible to the caller.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int g;

static void
set_g (int v)
{
  g = v;
}

static int
f (void)
{
  defer (set_g, 5);
  g = 1;
  return g;
}

static int
h (void)
{
  defer (set_g, g + 10);
  return g * 2;
}

int
main (void)
{
  int r = f ();
  printf ("f returned %d, g %d\n", r, g);
  r = h ();
  printf ("h returned %d, g %d\n", r, g);
  return 0;
}

/* { dg-output "^f returned 1, g 5\nh returned 10, g 15\n\$" } */
