/* The Go blog's rule 3: a deferred function may read and assign the returning function's named result.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
incr (int *i)
{
  (*i)++;
}

/* Go: func c() (i int) { defer func() { i++ }(); return 1 } returns 2.  */
static int
c (void)
{
  defer (incr, defer_result (int));
  return 1;
}

int
main (void)
{
  printf ("%d\n", c ());
  return 0;
}

/* { dg-output "^2\n\$" } */
