/* 100 000 nested frames, each with records: every frame runs its own records only, and only when it returns.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <defer.h>

#define DEPTH 100000

static long calls, misordered;
static long last_depth = -1;

static void
unwound (long n)
{
  /* Frames return innermost first: N goes 0, 0, 1, 1, 2, ...  */
  if (n < last_depth)
    misordered++;
  last_depth = n;
  calls++;
}

__attribute__ ((noinline)) static long
nest (long n)
{
  for (int i = 0; i < 2; i++)
    defer (unwound, n);
  if (n == 0)
    return 0;
  return nest (n - 1) + 1;
}

static void *
run (void *arg)
{
  (void) arg;
  printf ("depth %ld\n", nest (DEPTH));
  return NULL;
}

int
main (void)
{
  /* A stack large enough for the recursion at -O0.  */
  pthread_attr_t attr;
  pthread_t th;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 512u << 20);
  if (pthread_create (&th, &attr, run, NULL) != 0)
    return 1;
  pthread_join (th, NULL);
  printf ("calls %ld, misordered %ld\n", calls, misordered);
  return 0;
}

/* { dg-output "^depth 100000\n" } */
/* { dg-output "calls 200002, misordered 0\n\$" } */
