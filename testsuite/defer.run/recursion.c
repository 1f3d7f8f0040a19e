/* Each activation of a recursive function runs its own defers, with its own arguments and result.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say_exit (int n)
{
  printf ("exit %d\n", n);
}

static void
rec (int n)
{
  defer (say_exit, n);
  printf ("enter %d\n", n);
  if (n > 0)
    rec (n - 1);
  printf ("leave %d\n", n);
}

static void
trace (int n, int *result)
{
  printf ("fact %d = %d\n", n, *result);
}

static int
fact (int n)
{
  int *r = defer_result (int);
  defer (trace, n, r);
  if (n <= 1)
    return 1;
  return n * fact (n - 1);
}

int
main (void)
{
  rec (3);
  printf ("result %d\n", fact (4));
  return 0;
}

/* { dg-output "^enter 3\nenter 2\nenter 1\nenter 0\n" } */
/* { dg-output "leave 0\nexit 0\nleave 1\nexit 1\n" } */
/* { dg-output "leave 2\nexit 2\nleave 3\nexit 3\n" } */
/* { dg-output "fact 1 = 1\nfact 2 = 2\nfact 3 = 6\nfact 4 = 24\n" } */
/* { dg-output "result 24\n\$" } */
