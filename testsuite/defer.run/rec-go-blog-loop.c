/* The Go blog's rule 2, b(): deferred calls run last-in first-out, printing 3210.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
print_int (int i)
{
  printf ("%d", i);
}

static void
b (void)
{
  int i;
  for (i = 0; i < 4; i++)
    defer (print_int, i);
}

int
main (void)
{
  b ();
  printf ("\n");
  return 0;
}

/* { dg-output "^3210\n\$" } */
