/* bench.h: the timing harness the benchmarks share.

   A benchmark is a table of rows: a function, the number of defers one
   call makes, and the best time per defer seen.  bench_measure times
   ITERS calls of each row in turn, ROUNDS times, keeping each row's best:
   the rounds interleave, so that a burst of load on the machine spoils one
   round of every row, not all rounds of one.  The first row is the plain
   call the others are compared with.  */

#ifndef DEFER_BENCH_H
#define DEFER_BENCH_H

#include <stdio.h>
#include <time.h>

#define BENCH_ITERS 500000
#define BENCH_ROUNDS 20

struct bench_row
{
  const char *what;
  void (*fn) (void);
  int defers;
  double best;
};

/* bench_now_ns returns a monotonic time in nanoseconds.  */
static inline double
bench_now_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* bench_measure fills in the best ns per defer of the N ROWS.  */
static inline void
bench_measure (struct bench_row *rows, size_t n)
{
  for (size_t r = 0; r < n; r++)
    rows[r].best = 1e30;
  for (int round = 0; round < BENCH_ROUNDS; round++)
    for (size_t r = 0; r < n; r++)
      {
	double t0 = bench_now_ns ();
	for (int i = 0; i < BENCH_ITERS; i++)
	  rows[r].fn ();
	double t = (bench_now_ns () - t0) / BENCH_ITERS / rows[r].defers;
	if (t < rows[r].best)
	  rows[r].best = t;
      }
}

/* bench_print prints the N ROWS under TITLE, each beside the first.  */
static inline void
bench_print (const char *title, const struct bench_row *rows, size_t n)
{
  double plain = rows[0].best;
  printf ("%-36s %8s %12s\n", title, "ns/defer", "over a call");
  printf ("%-36s %8.2f %12s\n", rows[0].what, plain, "-");
  for (size_t r = 1; r < n; r++)
    printf ("%-36s %8.2f %12.2f\n", rows[r].what, rows[r].best,
	    rows[r].best - plain);
}

#endif /* DEFER_BENCH_H */
