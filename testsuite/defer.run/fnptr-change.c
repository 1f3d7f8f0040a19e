/* The function value is evaluated at the defer: a pointer changed afterwards still calls the old function.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
one (int x)
{
  printf ("one %d\n", x);
}

static void
two (int x)
{
  printf ("two %d\n", x);
}

static void
f (void)
{
  void (*fp) (int) = one;
  defer (fp, 1);
  fp = two;
  defer (fp, 2);
  fp = 0;
  printf ("body %d\n", fp == 0);
}

/* The same through a pointer the caller changes behind our back.  */
static void (*volatile global_fp) (int) = one;

static void
g (void)
{
  defer (global_fp, 3);
  global_fp = two;
  defer (global_fp, 4);
  global_fp = 0;
}

int
main (void)
{
  f ();
  g ();
  return 0;
}

/* { dg-output "^body 1\n" } */
/* { dg-output "two 2\n" } */
/* { dg-output "one 1\n" } */
/* { dg-output "two 4\n" } */
/* { dg-output "one 3\n\$" } */
