/* Go's test/recover2.go: recovering from run-time errors.  C has no
   run-time checks; here the checks Go's compiler inserts (with calls of
   runtime.goPanicIndex, goPanicSliceAcap, goPanicSliceB, panicdivide) are
   written out as functions without defers that panic with Go's messages,
   and the deferred mustRecover of the caller finds each message.

   Left out: test4 (a failed type assertion), test5 (comparing
   uncomparable interfaces), test6 (an unhashable map key): Go's types
   have no C counterpart.  */
/* { dg-do run } */

#include "go-panic.h"

static unsigned char x[10];

/* x[i]: Go's bounds check.  */
static unsigned char
index_x (int i)
{
  if (i < 0 || i >= (int) sizeof x)
    defer_panicf ("runtime error: index out of range [%d] with length %d",
		  i, (int) sizeof x);
  return x[i];
}

/* x[lo:hi]: Go's slice bounds checks; returns the length.  */
static int
slice_x (int lo, int hi)
{
  if (hi < 0 || hi > (int) sizeof x)
    defer_panicf ("runtime error: slice bounds out of range [:%d] with capacity %d",
		  hi, (int) sizeof x);
  if (lo < 0 || lo > hi)
    defer_panicf ("runtime error: slice bounds out of range [%d:%d]", lo, hi);
  return hi - lo;
}

/* a / b: Go's check for a zero divisor.  */
static int
divide (int a, int b)
{
  if (b == 0)
    defer_panicf ("runtime error: integer divide by zero");
  return a / b;
}

static void
mustRecover (const char *s)
{
  void *v = defer_recover ();
  const char *e;

  if (v == NULL)
    die ("expected panic");
  e = (const char *) v;
  printf ("mustRecover(\"%s\"): %s\n", s, e);
  if (strstr (e, s) == NULL)
    die ("want: %s; have: %s", s, e);
}

static void
test1 (void)
{
  defer (mustRecover, "index");
  printf ("%d\n", index_x (123));
}

static void
test2 (void)
{
  defer (mustRecover, "slice");
  printf ("%d\n", slice_x (5, 15));
}

static void
test3 (void)
{
  volatile int lo = 11;
  volatile int hi = 9;

  defer (mustRecover, "slice");
  printf ("%d\n", slice_x (lo, hi));
}

static void
test7 (void)
{
  volatile int x = 0, y = 0;

  defer (mustRecover, "divide by zero");
  printf ("%d\n", divide (x, y));
}

int
main (void)
{
  test1 ();
  test2 ();
  test3 ();
  test7 ();
  printf ("done\n");
  return 0;
}

/* { dg-output "^mustRecover\\(\"index\"\\): runtime error: index out of range \\\[123\\\] with length 10\nmustRecover\\(\"slice\"\\): runtime error: slice bounds out of range \\\[:15\\\] with capacity 10\nmustRecover\\(\"slice\"\\): runtime error: slice bounds out of range \\\[11:9\\\]\nmustRecover\\(\"divide by zero\"\\): runtime error: integer divide by zero\n" } */
/* { dg-output "done\n\$" } */
