/* throw: C++'s throw caught by catch (...), for scale beside panic.c
   (compiled by g++ -O2, without the plugin; table.sh skips it, saying
   so, when g++ is not installed).

     Throw1  f throws and catches in its own frame (1 frame)
     Throw5  f calls 5 functions, the last of which throws; f catches
             (5 frames)

   The same shapes as panic.c's Panic1 and Panic5.  */

#include "bench.h"

#define THROW_ITERS 20000

static volatile long sink;

static __attribute__ ((noinline)) void
throw_1 (void)
{
  try
    {
      throw 1;
    }
  catch (...)
    {
      sink++;
    }
}

static __attribute__ ((noinline)) void
down (int n)
{
  if (n == 1)
    throw 1;
  down (n - 1);
  sink++;			/* no tail call: each frame stays */
}

static __attribute__ ((noinline)) void
throw_5 (void)
{
  try
    {
      down (5);
    }
  catch (...)
    {
      sink++;
    }
}

BENCH_LOOP (loop_throw_1, throw_1 ())
BENCH_LOOP (loop_throw_5, throw_5 ())

static const struct bench_row rows[] = {
  { "Throw1", loop_throw_1, 1, THROW_ITERS },
  { "Throw5", loop_throw_5, 1, THROW_ITERS },
};

int
main (int argc, char **argv)
{
  return bench_main (rows, sizeof rows / sizeof rows[0], argc, argv);
}
