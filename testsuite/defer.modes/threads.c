/* Eight threads defer in loops at once, each into its own records, and the deferred calls build each function's result.  */

#include <pthread.h>
#include <stdio.h>
#include <defer.h>

#define THREADS 8

static void
add (long *sum, long v)
{
  *sum += v;
}

static long
work (long id)
{
  long *r = defer_result (long);
  for (long i = 0; i < 1000; i++)
    defer (add, r, id);
  return 0;
}

static void *
thread (void *arg)
{
  long id = (long) arg;
  long total = 0;
  for (int k = 0; k < 10; k++)
    total += work (id);
  return (void *) (long) (total == 10000 * id);
}

int
main (void)
{
  pthread_t t[THREADS];
  int wrong = 0;
  for (long i = 0; i < THREADS; i++)
    pthread_create (&t[i], NULL, thread, (void *) i);
  for (long i = 0; i < THREADS; i++)
    {
      void *ok;
      pthread_join (t[i], &ok);
      wrong += !ok;
    }
  printf ("%d threads, %d wrong\n", THREADS, wrong);
  return 0;
}

/* { dg-output "^8 threads, 0 wrong\n\$" } */
