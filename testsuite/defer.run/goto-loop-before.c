/* Defers outside a loop made with a backward goto (before its label, after its goto) each run once.  */
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
  printf ("n %d\n", n);
}

static void
f (void)
{
  int n = 0;
  defer (say, "deferred before the loop");
again:
  say_int (n);
  if (++n < 3)
    goto again;
  defer (say, "deferred after the loop");
  say ("end");
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^n 0\nn 1\nn 2\nend\n" } */
/* { dg-output "deferred after the loop\ndeferred before the loop\n\$" } */
