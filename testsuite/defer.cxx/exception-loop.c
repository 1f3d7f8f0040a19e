/* A C++ exception thrown through C frames with defers, 1000 times: a C
   frame (open-coded or stack records) above a C++ frame with a
   destructor and a catch (...) that rethrows, above a C frame with heap
   records, above the C++ throw.  Every round runs every deferred call
   once, defer_recover returns NULL in them (the exception is not a
   panic), and main's catch gets the exception thrown that round.  Some
   rounds add deferred calls that panic while the exception runs them:
   every tenth a deferred call that panics and recovers its own panic
   inside; every seventh (k % 7 == 3) one whose panic escapes into the
   frame's landing pad, where the next deferred call recovers it, after
   which the exception goes on (README: a recovered panic that
   interrupted a C++ exception lets it go on).  Expected output by hand:
   each round one catch, destructor, rethrow, outer deferred call and
   recover that returns NULL, two inner deferred calls; 100 rounds with
   k % 10 == 5; 143 with k % 7 == 3 (3, 10, ..., 997).  */
/* { dg-require-effective-target cxx } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

extern void cxx_throw (int);
extern void cxx_middle (int);

static int token;
static long inner_deferred, outer_deferred, recover_null;
static long nested_recovered, escaped_recovered, wrong;

static void
inner_note (int i)
{
  inner_deferred++;
  if (defer_recover () != NULL)
    wrong++;
  (void) i;
}

static void
rescue_nested (void)
{
  if (defer_recover () == &token)
    nested_recovered++;
  else
    wrong++;
}

/* A deferred call that panics and recovers inside.  */
static void
nested (int k)
{
  defer (rescue_nested);
  defer_panic (&token);
  (void) k;
}

/* A deferred call whose panic escapes into c_inner's landing pad.  */
static void
escaping (int k)
{
  defer_panicf ("escaping %d", k);
}

static void
catch_escaped (int k)
{
  void *v = defer_recover ();
  char want[32];

  snprintf (want, sizeof want, "escaping %d", k);
  if (v != NULL && strcmp ((const char *) v, want) == 0)
    escaped_recovered++;
  else
    wrong++;
}

void
c_inner (int k)
{
  for (int i = 0; i < 2; i++)
    defer (inner_note, i);
  if (k % 7 == 3)
    {
      defer (catch_escaped, k);
      defer (escaping, k);
    }
  if (k % 10 == 5)
    defer (nested, k);
  cxx_throw (k);
}

static void
outer_note (void)
{
  outer_deferred++;
}

static void
try_recover (void)
{
  if (defer_recover () == NULL)
    recover_null++;
}

int
c_outer (int k)
{
  defer (outer_note);
  defer (try_recover);
  cxx_middle (k);
  return 1;
}

void
c_report (void)
{
  printf ("C: %ld inner, %ld outer deferred calls, %ld recovers NULL\n",
	  inner_deferred, outer_deferred, recover_null);
  printf ("C: %ld nested panics recovered, %ld escaped panics recovered, "
	  "%ld wrong\n", nested_recovered, escaped_recovered, wrong);
  printf ("recover after: %s\n", defer_recover () ? "a value" : "NULL");
}

/* { dg-output "^C\\+\\+: 1000 caught, 0 wrong, 1000 destructors, 1000 rethrown, 0 uncaught\n" } */
/* { dg-output "C: 2000 inner, 1000 outer deferred calls, 1000 recovers NULL\n" } */
/* { dg-output "C: 100 nested panics recovered, 143 escaped panics recovered, 0 wrong\n" } */
/* { dg-output "recover after: NULL\n\$" } */
