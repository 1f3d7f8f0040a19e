/* A panic through C++ frames with destructors and catch (...) blocks
   that rethrow (one, or two nested at odd depths), between C frames
   with defers above and below: the C frames' deferred calls, the
   destructors and the handlers run in the order of the frames, newest
   first, and the C frame at the top recovers; the C++ runtime is left
   holding no caught exception and counting none uncaught
   (std::uncaught_exceptions (): each rethrow counted the panic again,
   the recover counts it back), and its own throws work.  Then 500 rounds
   at depths 0 to 3 of the C frames at the bottom, and a panic recovered
   in a destructor that a C++ exception's unwinding runs, which leaves
   that exception counted, once.
   Expected output by hand: per round depth + 7 events (the bottom
   frames' deferred calls, the handler, two destructors, c_mid's and
   c_top's deferred calls, the recover), and one more at odd depths (the
   inner handler), 125 rounds of each depth:
   125 * (1 + 2 + 3) + 7 * 500 + 125 * 2 = 4500.  */
/* { dg-require-effective-target cxx } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

extern void cxx_outer (int);
extern void cxx_rethrow (int);
extern int cxx_clean (void);

extern int cxx_throw_over_recovery (void);

static int quiet;
static long events;

void
note_event (const char *what)
{
  events++;
  if (!quiet)
    printf ("%s\n", what);
}

void
note_uncaught (const char *where, int n)
{
  printf ("%s: %d uncaught\n", where, n);
}

void
c_bottom (int depth)
{
  defer (note_event, "c_bottom deferred");
  if (depth == 0)
    defer_panicf ("through C++ rethrow");
  c_bottom (depth - 1);
  events += 1000;		/* never: no frame returns */
}

void
c_mid (int depth)
{
  defer (note_event, "c_mid deferred");
  cxx_rethrow (depth);
  events += 1000;
}

static void
rescue (int *res)
{
  void *v = defer_recover ();

  note_event ("recovered");
  if (v != NULL && strcmp ((const char *) v, "through C++ rethrow") == 0)
    *res = 1;
}

static __attribute__ ((noipa)) int
c_top (int depth)
{
  int *res = defer_result (int);

  defer (rescue, res);
  defer (note_event, "c_top deferred");
  cxx_outer (depth);
  return 0;
}

/* c_recover_rethrown returns 1 when the panic that c_bottom (0) raises
   through cxx_rethrow's catch (...) reaches it and it recovers.  */
int
c_recover_rethrown (void)
{
  int *res = defer_result (int);

  defer (rescue, res);
  c_mid (0);
  return 0;
}

int
main (void)
{
  long ok = 0;
  int i;

  printf ("c_top: %d\n", c_top (1));
  printf ("C++ runtime clean: %d\n", cxx_clean ());
  quiet = 1;
  events = 0;
  for (i = 0; i < 500; i++)
    ok += c_top (i % 4);
  printf ("500 rounds: %ld recovered, %ld events, C++ runtime clean: %d\n",
	  ok, events, cxx_clean ());
  quiet = 0;
  printf ("C++ exception caught: %d\n", cxx_throw_over_recovery ());
  printf ("C++ runtime clean: %d\n", cxx_clean ());
  return 0;
}

/* { dg-output "^c_bottom deferred\nc_bottom deferred\ninner catch \\(\\.\\.\\.\\) rethrows\n" } */
/* { dg-output "catch \\(\\.\\.\\.\\) rethrows\n" } */
/* { dg-output "~Object rethrow\nc_mid deferred\n~Object outer\nc_top deferred\n" } */
/* { dg-output "recovered\nc_top: 1\nC\\+\\+ runtime clean: 1\n" } */
/* { dg-output "500 rounds: 500 recovered, 4500 events, C\\+\\+ runtime clean: 1\n" } */
/* { dg-output "before the panic, in a destructor: 1 uncaught\n" } */
/* { dg-output "c_bottom deferred\ncatch \\(\\.\\.\\.\\) rethrows\n" } */
/* { dg-output "~Object rethrow\nc_mid deferred\nrecovered\n" } */
/* { dg-output "recovered, in the destructor: 1 uncaught\n" } */
/* { dg-output "in the catch of the C\\+\\+ exception: 0 uncaught\n" } */
/* { dg-output "C\\+\\+ exception caught: 1\nC\\+\\+ runtime clean: 1\n\$" } */
