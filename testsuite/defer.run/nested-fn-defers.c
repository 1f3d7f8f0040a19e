/* A GCC nested function that uses defer runs its defers at its own return, not its parent's.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
say_int (int n)
{
  printf ("inner deferred %d\n", n);
}

static int
outer (int base)
{
  int calls = 0;
  int inner (int y)
  {
    defer (say_int, y + base);
    calls++;
    say ("inner body");
    if (y > 5)
      return y * 2;
    return y;
  }
  defer (say, "outer deferred");
  inner (1);
  say ("between");
  inner (10);
  printf ("outer body calls %d\n", calls);
  return calls;
}

int
main (void)
{
  printf ("outer returned %d\n", outer (100));
  return 0;
}

/* { dg-output "^inner body\ninner deferred 101\nbetween\n" } */
/* { dg-output "inner body\ninner deferred 110\n" } */
/* { dg-output "outer body calls 2\nouter deferred\nouter returned 2\n\$" } */
