/* panic: panic + recover, on the runtime's unwinder (GCC's with
   DEFER_UNWINDER=libgcc).

     Panic1         f defers a function that recovers, then panics
                    itself (1 frame)
     Panic5         f defers it, then calls 5 functions without defers,
                    the last of which panics (5 frames)
     Panic1Records  Panic1 with f's defer in a stack record (f has a
     Panic5Records  loop's defer too, so it uses records); Panic5 alike

   Go's twins of Panic1 and Panic5 are go/panic_test.go, C++'s throw.cc.
   A panic takes 100 ns to a few microseconds, so a run makes fewer
   operations than the other programs' runs.  */

#include <defer.h>
#include "bench.h"

#define PANIC_ITERS 20000

static volatile long sink;

static __attribute__ ((noinline)) void
rec (void)
{
  if (defer_recover ())
    sink++;
}

static __attribute__ ((noinline)) void
panic_1 (void)
{
  defer (rec);
  defer_panic ((void *) "boom");
}

static __attribute__ ((noinline)) void
down (int n)
{
  if (n == 1)
    defer_panic ((void *) "boom");
  down (n - 1);
  sink++;			/* no tail call: each frame stays */
}

static __attribute__ ((noinline)) void
panic_5 (void)
{
  defer (rec);
  down (5);
}

static void
nothing (int i)
{
  sink += i;
}

static __attribute__ ((noinline)) void
panic_1_records (void)
{
  defer (rec);
  for (int i = 0; i < (int) (sink & 0); i++)
    defer (nothing, i);
  defer_panic ((void *) "boom");
}

static __attribute__ ((noinline)) void
panic_5_records (void)
{
  defer (rec);
  for (int i = 0; i < (int) (sink & 0); i++)
    defer (nothing, i);
  down (5);
}

BENCH_LOOP (loop_panic_1, panic_1 ())
BENCH_LOOP (loop_panic_5, panic_5 ())
BENCH_LOOP (loop_panic_1_records, panic_1_records ())
BENCH_LOOP (loop_panic_5_records, panic_5_records ())

static const struct bench_row rows[] = {
  { "Panic1", loop_panic_1, 1, PANIC_ITERS },
  { "Panic5", loop_panic_5, 1, PANIC_ITERS },
  { "Panic1Records", loop_panic_1_records, 1, PANIC_ITERS },
  { "Panic5Records", loop_panic_5_records, 1, PANIC_ITERS },
};

int
main (int argc, char **argv)
{
  return bench_main (rows, sizeof rows / sizeof rows[0], argc, argv);
}
