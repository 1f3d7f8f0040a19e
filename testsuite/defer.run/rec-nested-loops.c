/* Defers in nested loops: one call per inner iteration, run newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (int i, int j)
{
  printf ("%d%d\n", i, j);
}

static void
f (void)
{
  int i, j;
  for (i = 0; i < 2; i++)
    for (j = 0; j < 3; j++)
      defer (say, i, j);
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^12\n11\n10\n02\n01\n00\n\$" } */
