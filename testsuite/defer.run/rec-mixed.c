/* Stack records outside a loop and heap records inside it share one chain: all run newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *what, int n)
{
  printf ("%s %d\n", what, n);
}

static int
f (int count)
{
  int i;
  defer (say, "before", 0);
  for (i = 0; i < count; i++)
    defer (say, "loop", i);
  defer (say, "after", i);
  if (count == 0)
    return -1;
  return count;
}

int
main (void)
{
  printf ("returned %d\n", f (3));
  printf ("returned %d\n", f (0));
  return 0;
}

/* { dg-output "^after 3\nloop 2\nloop 1\nloop 0\nbefore 0\nreturned 3\n" } */
/* { dg-output "after 0\nbefore 0\nreturned -1\n\$" } */
