/* 8 threads defer in loops and in recursion at the same time: each thread's deferred calls see only its own records, and each thread's results are right.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <defer.h>

#define THREADS 8
#define ROUNDS 2000

struct acc
{
  long sum;
  long count;
};

static void
add (struct acc *a, long v)
{
  a->sum += v;
  a->count++;
}

__attribute__ ((noinline)) static void
loop_defers (struct acc *a, long id, int n)
{
  for (int i = 0; i < n; i++)
    defer (add, a, id * 1000 + i);
}

__attribute__ ((noinline)) static void
recurse (struct acc *a, long id, int depth)
{
  defer (add, a, id);
  for (int i = 0; i < 2; i++)
    defer (add, a, 1);
  if (depth > 0)
    recurse (a, id, depth - 1);
}

static void *
worker (void *arg)
{
  long id = (long) arg;
  struct acc *a = &(struct acc) { 0, 0 };
  for (int r = 0; r < ROUNDS; r++)
    {
      loop_defers (a, id, 10);
      recurse (a, id, 5);
    }
  static struct acc results[THREADS];
  results[id] = *a;
  return &results[id];
}

int
main (void)
{
  pthread_t th[THREADS];
  for (long i = 0; i < THREADS; i++)
    if (pthread_create (&th[i], NULL, worker, (void *) i) != 0)
      return 1;
  int bad = 0;
  for (long i = 0; i < THREADS; i++)
    {
      struct acc *a;
      pthread_join (th[i], (void **) &a);
      /* Per round: 10 loop defers summing id*10000 + 45, and 6 frames of
	 3 defers summing id + 2.  */
      long sum = ROUNDS * (i * 10000 + 45 + 6 * (i + 2));
      long count = ROUNDS * (10 + 18);
      if (a->sum != sum || a->count != count)
	{
	  printf ("thread %ld: sum %ld count %ld\n", i, a->sum, a->count);
	  bad++;
	}
    }
  printf ("%d threads, %d wrong\n", THREADS, bad);
  return 0;
}

/* { dg-output "^8 threads, 0 wrong\n\$" } */
