/* A thread's records go back when it exits: its pools, its pending record
   and the records a longjmp or pthread_exit abandoned.  Memory stays flat
   across hundreds of threads.  */
/* { dg-do run } */

#include <malloc.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>
#include "int-records.h"

/* Functions with records are noinline, as the plugin makes them.  */

#define THREADS 400

static __thread jmp_buf env;
static __thread long sum;

static void
add (int i)
{
  sum += i;
}

static void
jump (int i)
{
  (void) i;
  longjmp (env, 1);
}

/* Defer FN (i) for i < N; records of 32 bytes, or of 400 (malloc'd) when
   BIG.  */
static void
defer_loop (char *anchor, void (*fn) (int), int n, int big)
{
  for (int i = 0; i < n; i++)
    defer_heap (anchor, fn, i, big ? 400 : sizeof (struct int_record), 0);
}

/* Records that a deferred call's longjmp leaves behind: the jumping
   record is pending, the others stale.  */
static __attribute__ ((noinline)) void
jump_out (int big)
{
  char anchor;

  __defer_frame_enter (&anchor);
  defer_loop (&anchor, add, 10, big);
  defer_loop (&anchor, jump, 1, big);
  run_records (&anchor);
}

/* A thread that ends with pthread_exit, its records still pushed.  */
static __attribute__ ((noinline)) void
exit_with_records (int big)
{
  char anchor;

  __defer_frame_enter (&anchor);
  defer_loop (&anchor, add, 5, big);
  pthread_exit ((void *) sum);
}

static void *
work (void *arg)
{
  long id = (long) arg;
  char anchor;

  __defer_frame_enter (&anchor);
  /* 300 records: the free list fills past its bound and spills.  */
  defer_loop (&anchor, add, 300, id % 5 == 0);
  run_records (&anchor);
  if (setjmp (env) == 0)
    jump_out (id % 7 == 0);
  if (id % 2)
    exit_with_records (id % 3 == 0);
  return (void *) sum;
}

static long
run_threads (int n)
{
  long total = 0;

  for (long id = 0; id < n; id += 4)
    {
      pthread_t threads[4];
      void *ret;

      for (int j = 0; j < 4; j++)
	if (pthread_create (&threads[j], NULL, work, (void *) (id + j)) != 0)
	  abort ();
      for (int j = 0; j < 4; j++)
	{
	  pthread_join (threads[j], &ret);
	  total += (long) ret;
	}
    }
  return total;
}

int
main (void)
{
  /* One arena, so that mallinfo2 sees the threads' blocks too.  */
  mallopt (M_ARENA_MAX, 1);
  long total = run_threads (20);
  size_t warm = mallinfo2 ().uordblks;

  total += run_threads (THREADS);
  size_t grown = mallinfo2 ().uordblks - warm;
  printf ("%d threads, sum %ld, heap %s\n", THREADS + 20, total,
	  grown < 65536 ? "flat" : "GREW");
  return 0;
}

/* Each thread adds 0 + ... + 299, nothing from jump_out (the jump comes
   first), and nothing from exit_with_records (never run).  */
/* { dg-output "420 threads, sum 18837000, heap flat\n" } */
