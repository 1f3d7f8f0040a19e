/* panic: ns per panic + recover, on the runtime's unwinder (GCC's with
   DEFER_UNWINDER=libgcc).

     panic + recover, 1 frame   f defers a function that recovers, then
                                panics itself
     panic + recover, 5 frames  f defers it, then calls 5 functions
                                without defers, the last of which panics
     the same with f's defer in a stack record (f has a loop's defer
     too, so it uses records)

   beside the plain call of the function that recovers.  Go's same shapes
   are bench/go/panic_test.go (go-panic.sh runs them when `go` is
   installed).  Each figure is the best time per operation over
   interleaved rounds, as bench.h measures; a panic takes about a
   microsecond, so the rounds are shorter than bench.h's.  */

#include <defer.h>
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define PANIC_ITERS 20000
#define PANIC_ROUNDS 15

static volatile long sink;

static __attribute__ ((noinline)) void
rec (void)
{
  if (defer_recover ())
    sink++;
}

static __attribute__ ((noinline)) void
plain (void)
{
  rec ();
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

static struct bench_row rows[] = {
  { "plain call of the recovering function", plain, 1, 0 },
  { "panic + recover, 1 frame", panic_1, 1, 0 },
  { "panic + recover, 5 frames", panic_5, 1, 0 },
  { "panic + recover, 1 frame, records", panic_1_records, 1, 0 },
  { "panic + recover, 5 frames, records", panic_5_records, 1, 0 },
};

int
main (void)
{
  size_t n = sizeof rows / sizeof rows[0];
  for (size_t r = 0; r < n; r++)
    rows[r].best = 1e30;
  for (int round = 0; round < PANIC_ROUNDS; round++)
    for (size_t r = 0; r < n; r++)
      {
	double t0 = bench_now_ns ();
	for (int i = 0; i < PANIC_ITERS; i++)
	  rows[r].fn ();
	double t = (bench_now_ns () - t0) / PANIC_ITERS;
	if (t < rows[r].best)
	  rows[r].best = t;
      }
  const char *unwinder = getenv ("DEFER_UNWINDER");

  printf ("%-40s %8s\n",
	  unwinder != NULL && strcmp (unwinder, "libgcc") == 0
	  ? "panics, GCC's unwinder" : "panics, the runtime's unwinder",
	  "ns/op");
  for (size_t r = 0; r < n; r++)
    printf ("%-40s %8.0f\n", rows[r].what, rows[r].best);
  return 0;
}
