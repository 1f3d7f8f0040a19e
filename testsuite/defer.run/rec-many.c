/* Ten thousand heap records in one frame (pool refills) all run, newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static int expect;
static long total;

static void
check (int i)
{
  if (i != expect)
    abort ();
  expect--;
  total += i;
}

static void
f (int n)
{
  int i;
  expect = n - 1;
  for (i = 0; i < n; i++)
    defer (check, i);
}

int
main (void)
{
  f (10000);
  printf ("total %ld expect %d\n", total, expect);
  return 0;
}

/* { dg-output "^total 49995000 expect -1\n\$" } */
