/* Runs of stack-record pushes: defer statements one after the other,
   with nothing between them that calls, test the chain's room once for
   the whole run and store its top once.  Here they push at every
   distance from the chain's reach and from its array's end: a recursion
   700 deep whose every level pushes a run of 13 records (13 is prime to
   the 64 slots the reach moves by at a time), then recurses, so that
   some runs find too few slots below the reach (the slow path, once or
   twice) and the array grows under them.  Three ways: the levels return
   (each exit pops its 13 records straight); the deepest panics and a
   frame above all of them recovers (the landing pads pop them); and
   levels whose two runs have a loop of heap records between them (the
   exit loop).  Each deferred call checks that it comes in Go's order:
   the deepest level first, each level's defers newest first.  Expected
   output by hand: 700 x 13 = 9100 calls twice, 600 x (5 + 3 + 6) = 8400
   calls, none out of order, the panic recovered, the chain as deep as it
   started.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

extern __thread struct __defer_chain __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

static long calls, wrong, next_level, next_k, per_level;

/* expect starts the check of a run of levels: the deepest is DEEPEST,
   each with PER deferred calls, numbered PER - 1 (the newest) to 0.  */
static void
expect (long deepest, long per)
{
  calls = wrong = 0;
  next_level = deepest;
  per_level = per;
  next_k = per - 1;
}

static void
note (long level, long k)
{
  calls++;
  if (level != next_level || k != next_k)
    wrong++;
  if (next_k-- == 0)
    {
      next_level--;
      next_k = per_level - 1;
    }
}

#define LEVELS 700
static int panic_at_bottom;

#define R13(d) \
  defer (note, d, 0); defer (note, d, 1); defer (note, d, 2); \
  defer (note, d, 3); defer (note, d, 4); defer (note, d, 5); \
  defer (note, d, 6); defer (note, d, 7); defer (note, d, 8); \
  defer (note, d, 9); defer (note, d, 10); defer (note, d, 11); \
  defer (note, d, 12);

static __attribute__ ((noipa)) void
level (long d)
{
  R13 (d)
  if (d + 1 < LEVELS)
    level (d + 1);
  else if (panic_at_bottom)
    defer_panicf ("bottom %ld", d);
}

static char recovered[32];

static void
catch_panic (void)
{
  const char *v = defer_recover ();
  if (v)
    snprintf (recovered, sizeof recovered, "%s", v);
}

static __attribute__ ((noipa)) void
catcher (void)
{
  defer (catch_panic);
  level (0);
}

#define MIXED_LEVELS 600

static __attribute__ ((noipa)) void
mixed (long d)
{
  defer (note, d, 0); defer (note, d, 1); defer (note, d, 2);
  defer (note, d, 3); defer (note, d, 4);
  for (long k = 5; k < 8; k++)
    defer (note, d, k);
  defer (note, d, 8); defer (note, d, 9); defer (note, d, 10);
  defer (note, d, 11); defer (note, d, 12); defer (note, d, 13);
  if (d + 1 < MIXED_LEVELS)
    mixed (d + 1);
}

int
main (void)
{
  long depth = __defer_thread.top - __defer_thread.base;

  expect (LEVELS - 1, 13);
  level (0);
  printf ("returns: %ld calls, %ld out of order\n", calls, wrong);

  expect (LEVELS - 1, 13);
  panic_at_bottom = 1;
  catcher ();
  printf ("panic: %ld calls, %ld out of order, recovered \"%s\"\n", calls,
	  wrong, recovered);

  expect (MIXED_LEVELS - 1, 14);
  mixed (0);
  printf ("mixed: %ld calls, %ld out of order\n", calls, wrong);
  printf ("depth back: %d\n", __defer_thread.top - __defer_thread.base == depth);
  return 0;
}

/* { dg-output "^returns: 9100 calls, 0 out of order\n" } */
/* { dg-output "panic: 9100 calls, 0 out of order, recovered \"bottom 699\"\n" } */
/* { dg-output "mixed: 8400 calls, 0 out of order\n" } */
/* { dg-output "depth back: 1\n\$" } */
