/* A variable-length array of the function's outermost block is still alive when the deferred calls read it.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

static void __attribute__ ((noinline))
sum (int *a, int n)
{
  /* Use some stack, which would overwrite a released array.  */
  volatile char pad[512];
  long s = 0;
  int i;
  memset ((char *) pad, 0x55, sizeof pad);
  for (i = 0; i < n; i++)
    s += a[i];
  printf ("sum %ld\n", s);
}

static void __attribute__ ((noinline))
f (int n)
{
  int a[n];
  int i;
  for (i = 0; i < n; i++)
    a[i] = i + 1;
  defer (sum, a, n);
  a[0] = 100;
}

int
main (void)
{
  f (10);
  f (100);
  return 0;
}

/* { dg-output "^sum 154\nsum 5149\n\$" } */
