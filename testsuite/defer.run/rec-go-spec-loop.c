/* The Go spec's loop example: defer fmt.Print(i) for i 0..3 prints 3 2 1 0 before the function returns.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
f (void)
{
  int i;
  for (i = 0; i <= 3; i++)
    defer (printf, "%d", i);
}

int
main (void)
{
  f ();
  printf ("\n");
  return 0;
}

/* { dg-output "^3210\n\$" } */
