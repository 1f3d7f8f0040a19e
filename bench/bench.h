/* bench.h: the harness the benchmark programs share (C and C++).

   A benchmark program is a table of rows.  Each row is a loop that makes
   N operations (direct calls of the function measured, BENCH_LOOP), the
   number of defers (or cleanups) one operation makes, and how many
   operations one timed run makes.  main calls bench_main, which does one
   of two things:

     PROG               times every row and prints one line per row,
                          KEY NS PER ITERS
                        NS the median ns per operation over BENCH_RUNS
                        timed runs (7; the environment's BENCH_RUNS
                        overrides it), PER the defers per operation,
                        ITERS the operations per run.  The runs
                        interleave, after one warm-up run of every row:
                        run k of every row, then run k + 1, so that a
                        burst of load on the machine spoils one run of
                        every row, not all runs of one.
     PROG KEY N         runs row KEY's loop once, N operations, and
                        nothing else: bench/table.sh counts the
                        instructions of N and of 2N operations and takes
                        the difference, so that startup does not count.

   bench/table.sh combines the lines of every program into one table.  */

#ifndef DEFER_BENCH_H
#define DEFER_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BENCH_RUNS 7
#define BENCH_MAX_RUNS 101

struct bench_row
{
  const char *key;
  void (*loop) (long n);
  int per;			/* defers (or cleanups) per operation */
  long iters;			/* operations per timed run */
};

/* BENCH_LOOP (NAME, CALL) defines NAME (n), which evaluates CALL n times
   with i counting from 0: CALL is a direct call of the function
   measured, e.g. BENCH_LOOP (loop_f, f (i)).  */
#define BENCH_LOOP(NAME, CALL)				\
  static void						\
  NAME (long bench_n)					\
  {							\
    for (long i = 0; i < bench_n; i++)			\
      CALL;						\
  }

/* bench_now_ns returns a monotonic time in nanoseconds.  */
static inline double
bench_now_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* bench_median returns the median of the N values at V (sorting them).  */
static inline double
bench_median (double *v, int n)
{
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && v[j - 1] > v[j]; j--)
      {
	double t = v[j];
	v[j] = v[j - 1];
	v[j - 1] = t;
      }
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* bench_time times the N ROWS as the header says and puts the median ns
   per operation of row R in MEDIAN[R]; its value is 0, or -1 when out of
   memory.  */
static inline int
bench_time (const struct bench_row *rows, size_t n, double *median)
{
  int runs = BENCH_RUNS;
  const char *env = getenv ("BENCH_RUNS");
  if (env && atoi (env) > 0)
    runs = atoi (env) < BENCH_MAX_RUNS ? atoi (env) : BENCH_MAX_RUNS;
  double *ns = (double *) calloc (n * (runs + 1), sizeof *ns);
  if (!ns)
    return -1;
  /* Run 0 is the warm-up, not counted.  */
  for (int run = 0; run <= runs; run++)
    for (size_t r = 0; r < n; r++)
      {
	double t0 = bench_now_ns ();
	rows[r].loop (rows[r].iters);
	ns[r * (runs + 1) + run] = (bench_now_ns () - t0) / rows[r].iters;
      }
  for (size_t r = 0; r < n; r++)
    median[r] = bench_median (ns + r * (runs + 1) + 1, runs);
  free (ns);
  return 0;
}

/* bench_main runs the N ROWS as the header says, given main's ARGC and
   ARGV; its value is main's.  */
static inline int
bench_main (const struct bench_row *rows, size_t n, int argc, char **argv)
{
  if (argc == 3)
    {
      for (size_t r = 0; r < n; r++)
	if (strcmp (rows[r].key, argv[1]) == 0)
	  {
	    rows[r].loop (atol (argv[2]));
	    return 0;
	  }
      fprintf (stderr, "%s: no row %s\n", argv[0], argv[1]);
      return 2;
    }
  if (argc != 1)
    {
      fprintf (stderr, "usage: %s [KEY N]\n", argv[0]);
      return 2;
    }

  double *median = (double *) calloc (n, sizeof *median);
  if (!median || bench_time (rows, n, median) != 0)
    return 1;
  for (size_t r = 0; r < n; r++)
    printf ("%s %.3f %d %ld\n", rows[r].key, median[r], rows[r].per,
	    rows[r].iters);
  free (median);
  return 0;
}

#endif /* DEFER_BENCH_H */
