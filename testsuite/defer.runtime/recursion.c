/* 100 000 nested frames, each with a stack and a heap record, run their
   records deepest first, each frame its own.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them.  */

#define DEPTH 100000

struct depth_record
{
  struct __defer_record h;
  void (*fn) (int, int);
  int depth;
  int site;
};

/* The deferred calls must come as (DEPTH - 1, heap), (DEPTH - 1, stack),
   (DEPTH - 2, heap), ...: NEXT is the number of calls seen.  */
static long next;
static long bad;

static void
check (int depth, int site)
{
  long want_depth = DEPTH - 1 - next / 2;
  int want_site = next % 2 == 0 ? 1 : 0;

  if (depth != want_depth || site != want_site)
    bad++;
  next++;
}

static __attribute__ ((noinline)) int
recurse (int depth)
{
  char anchor;
  struct depth_record s;
  struct depth_record *h;
  struct __defer_record *r;
  int calls = 0;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&s.h, &anchor, 0);
  s.fn = check;
  s.depth = depth;
  s.site = 0;
  h = (struct depth_record *) __defer_proc (sizeof *h, &anchor, 1);
  h->fn = check;
  h->depth = depth;
  h->site = 1;
  if (depth + 1 < DEPTH)
    calls = recurse (depth + 1);
  while ((r = __defer_return (&anchor)))
    {
      struct depth_record *p = (struct depth_record *) r;
      switch (r->site)
	{
	case 0:
	case 1:
	  p->fn (p->depth, p->site);
	  calls++;
	  break;
	default:
	  abort ();
	}
    }
  return calls;
}

static void *
run (void *arg)
{
  long calls = recurse (0);

  (void) arg;
  printf ("%ld calls, %ld out of order\n", calls, bad);
  next = 0;
  calls = recurse (0);
  printf ("%ld calls, %ld out of order\n", calls, bad);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t thread;

  /* 100 000 frames need more than the default 8 MB stack.  */
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 256UL << 20);
  if (pthread_create (&thread, &attr, run, NULL) != 0)
    abort ();
  pthread_join (thread, NULL);
  return 0;
}

/* { dg-output "200000 calls, 0 out of order\n" } */
/* { dg-output "200000 calls, 0 out of order\n" } */
