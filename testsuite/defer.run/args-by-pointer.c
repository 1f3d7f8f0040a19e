/* A deferred pointer argument sees the variable's value at exit; a value argument sees it at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct point
{
  int x, y;
};

static void
print_at_exit (int *p)
{
  printf ("at exit %d\n", *p);
}

static void
print_at_defer (int v)
{
  printf ("at defer %d\n", v);
}

static void
print_point (struct point *p)
{
  printf ("point %d %d\n", p->x, p->y);
}

static void
f (void)
{
  int x = 1;
  struct point pt = { 1, 2 };
  defer (print_at_exit, &x);
  defer (print_at_defer, x);
  defer (print_point, &pt);
  x = 2;
  pt.x = 3;
  pt.y = 4;
}

/* The last store to the local is only visible to the deferred call.  */
static int
g (int n)
{
  int count = 0;
  defer (print_at_exit, &count);
  count = n * 3;
  return n;
}

int
main (void)
{
  f ();
  if (g (5) != 5)
    return 1;
  return 0;
}

/* { dg-output "^point 3 4\n" } */
/* { dg-output "at defer 1\n" } */
/* { dg-output "at exit 2\n" } */
/* { dg-output "at exit 15\n\$" } */
