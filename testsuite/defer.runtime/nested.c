/* Each frame runs only its own records: callers' records wait, callees' and
   deferred calls' own records run inside them.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>
#include "int-records.h"

/* Functions with records are noinline, as the plugin makes them: a frame's
   anchor must be its own, below its caller's.  */

static void leaf (int tag);

static void
put (int i)
{
  printf ("%d ", i);
}

/* defer FN (BASE + i) for i < N, heap records of ANCHOR's frame.  */
static void
defer_loop (char *anchor, void (*fn) (int), int base, int n)
{
  for (int i = 0; i < n; i++)
    defer_heap (anchor, fn, base + i, sizeof (struct int_record), 1);
}

/* A deferred function with records of its own: it runs while its caller's
   exit loop holds a pending heap record.  */
static __attribute__ ((noinline)) void
deferred_with_records (int tag)
{
  char anchor;

  __defer_frame_enter (&anchor);
  defer_loop (&anchor, put, tag * 10, 3);
  printf ("[in %d] ", tag);
  leaf (tag);
  run_records (&anchor);
}

/* A callee with a stack record and heap records.  */
static __attribute__ ((noinline)) void
leaf (int tag)
{
  char anchor;
  struct int_record d;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&d.h, &anchor, 0);
  d.fn = put;
  d.a = -tag;
  defer_loop (&anchor, put, 100 * tag, 2);
  run_records (&anchor);
}

static __attribute__ ((noinline)) void
middle (void)
{
  char anchor;

  __defer_frame_enter (&anchor);
  defer_loop (&anchor, deferred_with_records, 5, 2);
  leaf (3);
  printf ("| ");
  run_records (&anchor);
  printf ("| ");
}

static __attribute__ ((noinline)) void
outer (void)
{
  char anchor;
  struct int_record d;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&d.h, &anchor, 0);
  d.fn = put;
  d.a = 1;
  defer_loop (&anchor, put, 7, 1);
  middle ();
  run_records (&anchor);
  printf ("\n");
}

int
main (void)
{
  outer ();
  outer ();
  return 0;
}

/* leaf (3): 301 300 -3; then middle's records, newest first: 6, then 5,
   each a deferred_with_records with its own records and a leaf inside;
   then outer's: 7 1.  */
/* { dg-output "301 300 -3 \\| \\\[in 6\\\] 601 600 -6 62 61 60 \\\[in 5\\\] 501 500 -5 52 51 50 \\| 7 1 \n" } */
/* { dg-output "301 300 -3 \\| \\\[in 6\\\] 601 600 -6 62 61 60 \\\[in 5\\\] 501 500 -5 52 51 50 \\| 7 1 \n" } */
