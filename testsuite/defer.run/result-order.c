/* return evaluates its expression into the result first; deferred calls then see it and change it in LIFO order.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void
show (int *r)
{
  printf ("deferred sees %d\n", *r);
}

static void
add1 (int *r)
{
  *r += 1;
}

static void
dbl (int *r)
{
  *r *= 2;
}

static int
value (int v)
{
  printf ("return expression %d\n", v);
  return v;
}

static int
f (int path)
{
  int *r = defer_result (int);
  defer (show, r);
  defer (add1, r);
  defer (dbl, r);
  if (path)
    return value (5);
  return value (20);
}

static int
same (void)
{
  return defer_result (int) == defer_result (int);
}

int
main (void)
{
  printf ("f 1 returned %d\n", f (1));
  printf ("f 0 returned %d\n", f (0));
  if (!same ())
    abort ();
  return 0;
}

/* { dg-output "^return expression 5\ndeferred sees 11\nf 1 returned 11\n" } */
/* { dg-output "return expression 20\ndeferred sees 41\nf 0 returned 41\n\$" } */
