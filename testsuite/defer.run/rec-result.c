/* defer_result with records: deferred calls in a loop each change the pending result.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
add (int *r, int k)
{
  *r = *r * 10 + k;
}

static int
f (int n)
{
  int *r = defer_result (int);
  int i;
  for (i = 1; i <= n; i++)
    defer (add, r, i);
  return 0;
}

int
main (void)
{
  printf ("%d\n", f (4));
  printf ("%d\n", f (0));
  return 0;
}

/* { dg-output "^4321\n0\n\$" } */
