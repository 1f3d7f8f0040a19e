/* strategies: ns per defer of each strategy, compiled with the plugin,
   beside the plain call the deferred call makes.

     heap records   a loop of 10 defers in one function (Go's deferproc)
     stack records  9 defers in one function (Go's deferprocStack)
     open-coded     8 defers in one function (deferbits)
     plain call     the same 10 calls made directly

   Each figure is the best time per defer over interleaved rounds
   (bench.h).  Targets (issue 2): heap <= 5 ns, stack <= 3 ns
   on the 2-core development machine; Go 1.19 takes about 11 and 7 ns.  */

#include <defer.h>
#include "bench.h"

static volatile long sink;

__attribute__ ((noinline)) static void
add (long v)
{
  sink += v;
}

__attribute__ ((noinline)) static void
heap_records (void)
{
  for (int i = 0; i < 10; i++)
    defer (add, i);
}

__attribute__ ((noinline)) static void
stack_records (void)
{
  defer (add, 1); defer (add, 2); defer (add, 3);
  defer (add, 4); defer (add, 5); defer (add, 6);
  defer (add, 7); defer (add, 8); defer (add, 9);
}

__attribute__ ((noinline)) static void
open_coded (void)
{
  defer (add, 1); defer (add, 2); defer (add, 3); defer (add, 4);
  defer (add, 5); defer (add, 6); defer (add, 7); defer (add, 8);
}

__attribute__ ((noinline)) static void
plain_calls (void)
{
  for (int i = 0; i < 10; i++)
    add (i);
}

/* The benchmarks, the plain call first.  */
static struct bench_row rows[] = {
  { "plain call (10)", plain_calls, 10, 0 },
  { "heap records (10, loop)", heap_records, 10, 0 },
  { "stack records (9)", stack_records, 9, 0 },
  { "open-coded (8)", open_coded, 8, 0 },
};

int
main (void)
{
  bench_measure (rows, sizeof rows / sizeof rows[0]);
  bench_print ("strategy, through the plugin", rows,
	       sizeof rows / sizeof rows[0]);
  return 0;
}
