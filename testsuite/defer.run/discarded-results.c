/* The return values of deferred calls (int, double, large struct, pointer) are discarded.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct big
{
  long a[8];
};

static int calls;

static int
ret_int (int x)
{
  calls++;
  printf ("ret_int %d\n", x);
  return x * 2;
}

static double
ret_double (double x)
{
  calls++;
  printf ("ret_double %g\n", x);
  return x;
}

static struct big
ret_big (int x)
{
  struct big b;
  int i;
  calls++;
  printf ("ret_big %d\n", x);
  for (i = 0; i < 8; i++)
    b.a[i] = x;
  return b;
}

static char *
ret_ptr (char *p)
{
  calls++;
  printf ("ret_ptr %s\n", p);
  return p;
}

static int
f (void)
{
  defer (ret_int, 1);
  defer (ret_double, 2.5);
  defer (ret_big, 3);
  defer (ret_ptr, "four");
  return 7;
}

int
main (void)
{
  if (f () != 7)
    abort ();
  if (calls != 4)
    abort ();
  printf ("f returned 7\n");
  return 0;
}

/* { dg-output "^ret_ptr four\n" } */
/* { dg-output "ret_big 3\n" } */
/* { dg-output "ret_double 2\\.5\n" } */
/* { dg-output "ret_int 1\n" } */
/* { dg-output "f returned 7\n\$" } */
