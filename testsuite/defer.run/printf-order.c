/* Deferred library calls (printf, puts, fflush) run in LIFO order after the body's output.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
f (int n)
{
  defer (printf, "deferred printf %d\n", n);
  defer (puts, "deferred puts");
  defer (fflush, stdout);
  printf ("f body %d\n", n);
}

int
main (void)
{
  printf ("main start\n");
  f (1);
  printf ("main end\n");
  return 0;
}

/* { dg-output "^main start\nf body 1\ndeferred puts\ndeferred printf 1\nmain end\n\$" } */
