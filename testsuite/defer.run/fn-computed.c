/* A function value computed by a call is computed once, at the defer statement.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

typedef void (*show_fn) (int);

static int picks;

static void
show_a (int x)
{
  printf ("a %d\n", x);
}

static void
show_b (int x)
{
  printf ("b %d\n", x);
}

static show_fn
pick (int which)
{
  picks++;
  printf ("pick %d\n", which);
  return which ? show_b : show_a;
}

static void
f (void)
{
  int x = 10;
  defer (pick (1), x);
  defer (pick (0), x + 1);
  x = 99;
  printf ("body picks %d\n", picks);
}

int
main (void)
{
  f ();
  printf ("after picks %d\n", picks);
  return 0;
}

/* { dg-output "^pick 1\n" } */
/* { dg-output "pick 0\n" } */
/* { dg-output "body picks 2\n" } */
/* { dg-output "a 11\n" } */
/* { dg-output "b 10\n" } */
/* { dg-output "after picks 2\n\$" } */
