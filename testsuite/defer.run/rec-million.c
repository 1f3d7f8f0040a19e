/* A million defers in one loop: one record each, run newest first when the function returns, with memory freed afterwards.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <malloc.h>
#include <defer.h>

static long sum, expect_next = 999999, order_errors;

static void
take (long i)
{
  if (i != expect_next)
    order_errors++;
  expect_next = i - 1;
  sum += i;
}

__attribute__ ((noinline)) static void
million (void)
{
  for (long i = 0; i < 1000000; i++)
    defer (take, i);
}

int
main (void)
{
  million ();
  printf ("sum %ld, order errors %ld\n", sum, order_errors);
  /* The records went back to the pools, which keep a bounded amount.  */
  struct mallinfo2 mi = mallinfo2 ();
  printf ("in use after: %s\n", mi.uordblks < (8u << 20) ? "small" : "large");
  return 0;
}

/* { dg-output "^sum 499999500000, order errors 0\n" } */
/* { dg-output "in use after: small\n\$" } */
