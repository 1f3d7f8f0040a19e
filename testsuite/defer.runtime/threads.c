/* 8 threads defer in loops and recursion at once, each with its own chain
   and pool: every thread gets its own results, in its own order.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them.  */

#define THREADS 8
#define ROUNDS 2000
#define LOOP 100
#define DEPTH 50

struct result
{
  unsigned long hash;
  long calls;
};

/* A payload with a tail of PAD longs, so that threads use different size
   classes, up to records above the largest class.  */
struct mix_record
{
  struct __defer_record h;
  void (*fn) (struct result *, long);
  struct result *res;
  long v;
  long pad[];
};

static void
mix (struct result *res, long v)
{
  res->hash = res->hash * 31 + (unsigned long) v;
  res->calls++;
}

static void
run_records (char *anchor)
{
  struct __defer_record *r;

  while ((r = __defer_return (anchor)))
    switch (r->site)
      {
      case 0:
      case 1:
	{
	  struct mix_record *p = (struct mix_record *) r;
	  p->fn (p->res, p->v + p->pad[0]);
	  break;
	}
      default:
	abort ();
      }
}

/* defer mix (RES, BASE + i) for i < LOOP, in a loop.  */
static __attribute__ ((noinline)) void
loop (struct result *res, long base, int pad)
{
  char anchor;

  __defer_frame_enter (&anchor);
  for (int i = 0; i < LOOP; i++)
    {
      struct mix_record *p = (struct mix_record *)
	__defer_proc (sizeof *p + (pad + 1) * sizeof (long), &anchor, 0);
      p->fn = mix;
      p->res = res;
      p->v = base + i;
      p->pad[0] = 0;
      p->pad[pad] = pad;
    }
  run_records (&anchor);
}

/* Recursion: a stack record and a heap record per frame.  */
static __attribute__ ((noinline)) void
recurse (struct result *res, long base, int depth, int pad)
{
  char anchor;
  struct
  {
    struct mix_record r;
    long pad[1];
  } s;
  struct mix_record *h;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&s.r.h, &anchor, 0);
  s.r.fn = mix;
  s.r.res = res;
  s.r.v = -depth;
  s.r.pad[0] = 0;
  h = (struct mix_record *)
    __defer_proc (sizeof *h + (pad + 1) * sizeof (long), &anchor, 1);
  h->fn = mix;
  h->res = res;
  h->v = base + depth;
  h->pad[0] = 0;
  if (depth < DEPTH)
    recurse (res, base, depth + 1, pad);
  run_records (&anchor);
}

/* The same calls, made directly in the order the records must run.  */
static void
expect (struct result *res, long id)
{
  for (int round = 0; round < ROUNDS; round++)
    {
      long base = id * 1000000 + round;
      for (int i = LOOP - 1; i >= 0; i--)
	mix (res, base + i);
      for (int depth = DEPTH; depth >= 0; depth--)
	{
	  mix (res, base + depth);
	  mix (res, -depth);
	}
    }
}

static struct result results[THREADS];

static void *
work (void *arg)
{
  long id = (long) arg;
  int pad = id * 5;		/* 56- to 336-byte records, the largest
				   above the largest size class */

  for (int round = 0; round < ROUNDS; round++)
    {
      long base = id * 1000000 + round;
      loop (&results[id], base, pad);
      recurse (&results[id], base, 0, pad);
    }
  return NULL;
}

int
main (void)
{
  pthread_t threads[THREADS];

  for (long id = 0; id < THREADS; id++)
    if (pthread_create (&threads[id], NULL, work, (void *) id) != 0)
      abort ();
  for (long id = 0; id < THREADS; id++)
    {
      struct result want = { 0, 0 };

      pthread_join (threads[id], NULL);
      expect (&want, id);
      printf ("thread %ld: %ld calls, %s\n", id, results[id].calls,
	      results[id].hash == want.hash && results[id].calls == want.calls
	      ? "ok" : "WRONG");
    }
  return 0;
}

/* { dg-output "thread 0: 404000 calls, ok\n" } */
/* { dg-output "thread 1: 404000 calls, ok\n" } */
/* { dg-output "thread 2: 404000 calls, ok\n" } */
/* { dg-output "thread 3: 404000 calls, ok\n" } */
/* { dg-output "thread 4: 404000 calls, ok\n" } */
/* { dg-output "thread 5: 404000 calls, ok\n" } */
/* { dg-output "thread 6: 404000 calls, ok\n" } */
/* { dg-output "thread 7: 404000 calls, ok\n" } */
