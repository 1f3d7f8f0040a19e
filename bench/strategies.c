/* strategies: the cost per defer of each strategy, compiled with the
   plugin, beside a plain call of the deferred function.

     Call         a plain call of release, the noipa function every defer
                  here defers (its work: one add to a volatile)
     Defer8       8 defers in one function: open-coded (deferbits)
     Defer9       9 defers in one function: stack records (more than 8
                  defers; Go's deferprocStack)
     DeferLoop10  a loop of 10 defers in one function: heap records
                  (Go's deferproc)

   Each operation is a call of the function from the loop; table.sh
   divides by the defers of one (PER) for the per-defer figures.  Every
   function called is noipa: called as if from another unit, so that GCC
   neither clones nor specializes it.  Go's twins are in
   go/defer_test.go.  */

#include <defer.h>
#include "bench.h"

static volatile long sink;

static __attribute__ ((noipa)) void
release (long v)
{
  sink += v;
}

static __attribute__ ((noipa)) void
defer8 (long v)
{
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v);
}

static __attribute__ ((noipa)) void
defer9 (long v)
{
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
}

static __attribute__ ((noipa)) void
defer_loop10 (long v)
{
  for (long k = 0; k < 10; k++)
    defer (release, v + k);
}

BENCH_LOOP (loop_call, release (i))
BENCH_LOOP (loop_defer8, defer8 (i))
BENCH_LOOP (loop_defer9, defer9 (i))
BENCH_LOOP (loop_defer_loop10, defer_loop10 (i))

static const struct bench_row rows[] = {
  { "Call", loop_call, 1, 5000000 },
  { "Defer8", loop_defer8, 8, 500000 },
  { "Defer9", loop_defer9, 9, 500000 },
  { "DeferLoop10", loop_defer_loop10, 10, 500000 },
};

int
main (int argc, char **argv)
{
  return bench_main (rows, sizeof rows / sizeof rows[0], argc, argv);
}
