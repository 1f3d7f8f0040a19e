/* Open-coded defers: a variadic callee, a conditional defer, a result changed by a deferred call, a struct argument.  */

#include <stdio.h>
#include <defer.h>

struct pair
{
  int a, b;
};

static void
show (struct pair p)
{
  printf ("pair %d %d\n", p.a, p.b);
}

static void
set_int (int *r, int v)
{
  *r = v;
}

static int
f (int x)
{
  struct pair p = { x, x * 2 };
  defer (printf, "f %d done\n", x);
  defer (show, p);
  p.a = -1;
  if (x > 1)
    defer (set_int, defer_result (int), 100 + x);
  if (x == 0)
    return -1;
  return x;
}

int
main (void)
{
  printf ("%d\n", f (0));
  printf ("%d\n", f (1));
  printf ("%d\n", f (2));
  return 0;
}

/* { dg-output "^pair 0 0\nf 0 done\n-1\n" } */
/* { dg-output "pair 1 2\nf 1 done\n1\n" } */
/* { dg-output "pair 2 4\nf 2 done\n102\n\$" } */
