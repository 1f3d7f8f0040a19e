/* A million heap records in one frame take O(n) memory, all freed when the
   frame returns, and the pool keeps a bounded amount.  */
/* { dg-do run } */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them.  */

#define N 1000000

struct add_record
{
  struct __defer_record h;
  void (*fn) (long);
  long a;
};

static long sum;
static long last = N;
static int out_of_order;

static void
add (long i)
{
  if (i != last - 1)
    out_of_order = 1;
  last = i;
  sum += i;
}

static size_t
heap_in_use (void)
{
  return mallinfo2 ().uordblks;
}

static size_t peak;

static __attribute__ ((noinline)) void
defer_a_million (void)
{
  char anchor;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  for (long i = 0; i < N; i++)
    {
      struct add_record *p = (struct add_record *)
	__defer_proc (sizeof *p, &anchor, 0);
      p->fn = add;
      p->a = i;
    }
  peak = heap_in_use ();
  while ((r = __defer_return (&anchor)))
    switch (r->site)
      {
      case 0:
	{
	  struct add_record *p = (struct add_record *) r;
	  p->fn (p->a);
	  break;
	}
      default:
	abort ();
      }
}

int
main (void)
{
  size_t before = heap_in_use ();

  defer_a_million ();
  printf ("sum %ld, %s\n", sum, out_of_order ? "out of order" : "in order");
  size_t after = heap_in_use ();
  /* O(n) at the peak: at least the records (32 bytes each), at most a few
     times that.  ASan's allocator does not fill mallinfo2: skip then.  */
  if (peak != 0
      && (peak - before < 32UL * N || peak - before > 200UL * N))
    printf ("peak %zu bytes for %d records\n", peak - before, N);
  /* Freed: what the pools keep is bounded, well under a megabyte.  */
  if (after > before + (1UL << 20))
    printf ("%zu bytes kept after return\n", after - before);

  /* Again: the same memory serves, nothing accumulates.  */
  sum = 0;
  last = N;
  defer_a_million ();
  if (heap_in_use () > after + (1UL << 20))
    printf ("second million kept %zu more bytes\n", heap_in_use () - after);
  printf ("sum %ld\n", sum);
  return 0;
}

/* { dg-output "sum 499999500000, in order\n" } */
/* { dg-output "sum 499999500000\n" } */
