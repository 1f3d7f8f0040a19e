/* A longjmp out of frames with pending records, a million times: their records are dropped, later defers run normally, and memory does not grow.  */
/* { dg-do run } */

#include <setjmp.h>
#include <stdio.h>
#include <malloc.h>
#include <defer.h>

static jmp_buf env;
static long outer_runs, inner_runs;

static void
count (long *n)
{
  ++*n;
}

__attribute__ ((noinline)) static void
inner (int depth)
{
  for (int i = 0; i < 3; i++)
    defer (count, &inner_runs);
  if (depth == 0)
    longjmp (env, 1);
  inner (depth - 1);
}

__attribute__ ((noinline)) static void
outer (void)
{
  for (int i = 0; i < 2; i++)
    defer (count, &outer_runs);
  if (!setjmp (env))
    inner (3);
}

int
main (void)
{
  size_t before = 0;
  for (long k = 0; k < 1000000; k++)
    {
      outer ();
      if (k == 1000)
	before = mallinfo2 ().uordblks;
    }
  size_t after = mallinfo2 ().uordblks;
  printf ("outer %ld, inner %ld\n", outer_runs, inner_runs);
  printf ("memory %s\n", after <= before + 4096 ? "flat" : "grew");
  return 0;
}

/* { dg-output "^outer 2000000, inner 0\n" } */
/* { dg-output "memory flat\n\$" } */
