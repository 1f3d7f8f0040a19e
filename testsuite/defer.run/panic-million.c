/* A million panics, each recovered by a deferred call two frames up:
   panic records, their formatted messages, landing-pad state and defer
   records are all given back, so the heap in use (mallinfo2) and the
   resident set do not grow after a warm-up.  Every fourth panic is
   formatted (defer_panicf, a malloc'ed message), every other one passes
   through a frame with a heap record (a defer in a loop), every eighth
   has a nested panic recovered inside the deferred call.  Prints one
   line.  */
/* { dg-do run } */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

#define COUNT 1000000
#define WARMUP 10000

static long recovered, bad;
static int sink;

static void
count (int *n)
{
  ++*n;
}

static void
thrower (long i)
{
  if (i % 4 == 0)
    defer_panicf ("panic %ld", i);
  defer_panic (&recovered);
}

/* A frame between: a heap record for odd I.  */
static void
middle (long i)
{
  int n = 0, k;

  if (i & 1)
    for (k = 0; k < 1; k++)
      defer (count, &n);
  thrower (i);
  sink = n;
}

static void
squelch (void)
{
  defer_recover ();
}

static void
inner_panic (void)
{
  defer (squelch);
  defer_panicf ("nested");
}

static void
catcher (long i)
{
  void *v = defer_recover ();

  if (i % 8 == 0)
    inner_panic ();
  if (v == NULL)
    bad++;
  else if (i % 4 == 0 ? strncmp ((const char *) v, "panic ", 6) != 0
	   : v != (void *) &recovered)
    bad++;
  else
    recovered++;
}

static void
once (long i)
{
  defer (catcher, i);
  middle (i);
}

/* Resident pages (the second field of /proc/self/statm).  */
static long
resident (void)
{
  long size = 0, rss = 0;
  FILE *f = fopen ("/proc/self/statm", "r");

  if (f != NULL)
    {
      if (fscanf (f, "%ld %ld", &size, &rss) != 2)
	rss = 0;
      fclose (f);
    }
  return rss;
}

int
main (void)
{
  size_t heap0, heap1;
  long rss0, rss1, i;

  for (i = 0; i < WARMUP; i++)
    once (i);
  heap0 = mallinfo2 ().uordblks;
  rss0 = resident ();
  for (; i < COUNT; i++)
    once (i);
  heap1 = mallinfo2 ().uordblks;
  rss1 = resident ();

  if (recovered != COUNT || bad != 0)
    printf ("FAIL: %ld recovered, %ld wrong, of %d\n", recovered, bad, COUNT);
  else if (heap1 > heap0 + 4096 || rss1 > rss0 + 64)
    printf ("FAIL: memory grew: heap %zu -> %zu bytes, rss %ld -> %ld pages\n",
	    heap0, heap1, rss0, rss1);
  else
    printf ("a million panics recovered, memory steady\n");
  return 0;
}

/* { dg-output "^a million panics recovered, memory steady\n\$" } */
