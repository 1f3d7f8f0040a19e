/* opencoded: one open-coded defer beside the same cleanup written by
   hand and with __attribute__ ((cleanup)).  bench/Makefile builds it
   twice: with the plugin's default (unwind=yes: the functions with
   defers get a landing pad, in the cold part) and with
   -fplugin-arg-defer-unwind=no.

   The shape: take a resource V, work on it, return early when the work
   says so, else work again; release V at every exit.

     Defer      defer (release, v) up front: open-coded, unconditional
     DeferIf    the defer inside an if (half of the calls): open-coded,
                conditional (a deferbits bit)
     Hand       the same cleanup by hand: each exit goes to out
     HandIf     the same, the release under the same if
     Cleanup    a variable with __attribute__ ((cleanup)) instead
     CleanupIf  the same, its cleanup function testing a flag

   work returns 1 for one V in 8, so both exits run.  Every function
   called is noipa: called as if from another unit, so that GCC neither
   clones nor specializes it, nor learns that it cannot throw.  Go's
   twins of Defer and DeferIf are in go/defer_test.go.  */

#include <defer.h>
#include "bench.h"

static volatile long sink;

static __attribute__ ((noipa)) void
release (long v)
{
  sink += v;
}

static __attribute__ ((noipa)) int
work (long v)
{
  sink += v;
  return (v & 7) == 0;
}

static __attribute__ ((noipa)) int
deferred (long v)
{
  defer (release, v);
  if (work (v))
    return 1;
  return work (v + 1);
}

static __attribute__ ((noipa)) int
deferred_if (long v)
{
  if (v & 1)
    defer (release, v);
  if (work (v))
    return 1;
  return work (v + 1);
}

static __attribute__ ((noipa)) int
by_hand (long v)
{
  int r;
  if (work (v))
    {
      r = 1;
      goto out;
    }
  r = work (v + 1);
 out:
  release (v);
  return r;
}

static __attribute__ ((noipa)) int
by_hand_if (long v)
{
  int r;
  if (work (v))
    {
      r = 1;
      goto out;
    }
  r = work (v + 1);
 out:
  if (v & 1)
    release (v);
  return r;
}

static inline void
release_at (long *p)
{
  release (*p);
}

static __attribute__ ((noipa)) int
with_cleanup (long v)
{
  long res __attribute__ ((cleanup (release_at))) = v;
  if (work (res))
    return 1;
  return work (res + 1);
}

struct maybe
{
  long v;
  int on;
};

static inline void
release_maybe (struct maybe *m)
{
  if (m->on)
    release (m->v);
}

static __attribute__ ((noipa)) int
with_cleanup_if (long v)
{
  struct maybe res __attribute__ ((cleanup (release_maybe))) = { v, v & 1 };
  if (work (v))
    return 1;
  return work (v + 1);
}

BENCH_LOOP (loop_deferred, deferred (i))
BENCH_LOOP (loop_deferred_if, deferred_if (i))
BENCH_LOOP (loop_by_hand, by_hand (i))
BENCH_LOOP (loop_by_hand_if, by_hand_if (i))
BENCH_LOOP (loop_with_cleanup, with_cleanup (i))
BENCH_LOOP (loop_with_cleanup_if, with_cleanup_if (i))

static const struct bench_row rows[] = {
  { "Defer", loop_deferred, 1, 2000000 },
  { "DeferIf", loop_deferred_if, 1, 2000000 },
  { "Hand", loop_by_hand, 1, 2000000 },
  { "HandIf", loop_by_hand_if, 1, 2000000 },
  { "Cleanup", loop_with_cleanup, 1, 2000000 },
  { "CleanupIf", loop_with_cleanup_if, 1, 2000000 },
};

int
main (int argc, char **argv)
{
  return bench_main (rows, sizeof rows / sizeof rows[0], argc, argv);
}
