/* Each recursive activation runs only its own loop-deferred records when it returns.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (int depth, int i)
{
  printf ("depth %d call %d\n", depth, i);
}

static void
rec (int depth)
{
  int i;
  for (i = 0; i < 2; i++)
    defer (say, depth, i);
  if (depth > 0)
    rec (depth - 1);
  printf ("leave %d\n", depth);
}

int
main (void)
{
  rec (2);
  return 0;
}

/* { dg-output "^leave 0\ndepth 0 call 1\ndepth 0 call 0\n" } */
/* { dg-output "leave 1\ndepth 1 call 1\ndepth 1 call 0\n" } */
/* { dg-output "leave 2\ndepth 2 call 1\ndepth 2 call 0\n\$" } */
