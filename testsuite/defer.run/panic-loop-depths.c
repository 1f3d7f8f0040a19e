/* The same panic, recovered, a thousand times, from a depth of 1 to 8
   frames chosen per round: whatever an unwinder learns of a frame the
   first time (its rule, its landing pad) must give the same landing pads
   and the same results every later time.  Each round checks the deferred
   calls that ran, newest first (the frames with a defer: every depth n
   with n % 3 != 2, then the recovering frame's two), the value recovered
   (a pointer, or every fifth round a defer_panicf string), the
   recovering function's result (1000 + round, stored by its deferred
   recover through defer_result) and the caller's locals, live across
   the call.  Expected counts by hand: 3i + i/8 takes every value mod 8
   once in each block of eight rounds, so each depth occurs 125 times;
   the dive frames with a defer number 1 2 2 3 4 4 5 6 for depths 1..8,
   27 per eight rounds, 3375 in all, plus two calls per round, 2000; the
   results sum to 1000 * 1000 + 999 * 1000 / 2 = 1499500.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

#define ROUNDS 1000

static char trace[32];
static int len;
static long notes;
static volatile int sink;
static int values[4];

static void
note (char c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = c;
  trace[len] = '\0';
  notes++;
}

static int dive (int, int);

/* A frame without defers (no landing pad) in the dive, at every depth
   N with N % 3 == 2.  */
static __attribute__ ((noipa)) int
plain (int n, int round)
{
  int r = dive (n - 1, round) + 1;

  sink = r;
  return r;
}

/* Frame N of the dive, N % 3 being 0 or 1: a deferred note, in a loop (a
   heap record) when N % 3 == 1; frame 0 panics.  */
static __attribute__ ((noipa)) int
dive (int n, int round)
{
  int r;

  if (n % 3 == 0)
    defer (note, '0' + n);
  else
    for (int i = 0; i < 1; i++)
      defer (note, '0' + n);
  if (n == 0)
    {
      if (round % 5 == 0)
	defer_panicf ("round %d", round);
      defer_panic (&values[round % 4]);
    }
  r = (n - 1) % 3 == 2 ? plain (n - 1, round) : dive (n - 1, round);
  sink = r;
  return r + 1;
}

static void
rescue (int *res, int round)
{
  void *v = defer_recover ();
  char want[16];

  note ('R');
  snprintf (want, sizeof want, "round %d", round);
  if (round % 5 == 0 ? v != NULL && strcmp ((char *) v, want) == 0
      : v == &values[round % 4])
    *res = 1000 + round;
  else
    *res = -1;
}

static __attribute__ ((noipa)) int
guarded (int depth, int round)
{
  int *res = defer_result (int);

  defer (rescue, res, round);
  defer (note, 'g');
  if ((depth - 1) % 3 == 2)
    plain (depth - 1, round);
  else
    dive (depth - 1, round);
  return -2;
}

int
main (void)
{
  long per_depth[9] = { 0 };
  long sum = 0, wrong = 0;
  int i;

  for (i = 0; i < ROUNDS; i++)
    {
      int depth = 1 + (3 * i + i / 8) % 8;
      long a = i * 7L, b = i ^ 0x5a5a, c = -i;
      char want[32];
      int k, wl = 0, r;

      len = 0;
      trace[0] = '\0';
      r = guarded (depth, i);
      for (k = 0; k < depth; k++)
	if (k % 3 != 2)
	  want[wl++] = '0' + k;
      want[wl++] = 'g';
      want[wl++] = 'R';
      want[wl] = '\0';
      if (strcmp (trace, want) != 0 || r != 1000 + i || a != i * 7L
	  || b != (i ^ 0x5a5a) || c != -i)
	{
	  if (wrong++ < 5)
	    printf ("round %d depth %d: ran %s (want %s), result %d\n", i,
		    depth, trace, want, r);
	}
      per_depth[depth]++;
      sum += r;
    }
  printf ("depths:");
  for (i = 1; i <= 8; i++)
    printf (" %ld", per_depth[i]);
  printf ("\nnotes %ld, results %ld, wrong %ld\n", notes, sum, wrong);
  /* No panic is left over.  */
  printf ("recover after: %s\n", defer_recover () ? "a value" : "NULL");
  return 0;
}

/* { dg-output "^depths: 125 125 125 125 125 125 125 125\n" } */
/* { dg-output "notes 5375, results 1499500, wrong 0\n" } */
/* { dg-output "recover after: NULL\n\$" } */
