/* Go's test/recover1.go: recover during recursive panics.  A panic raised
   and recovered inside a deferred call leaves the panic that runs the
   call going on (test1); a deferred call recovers one panic and raises
   another, recovered by a call it deferred (test2, test3); recover
   called by defer itself: a no-op when the panic runs it, a recover when
   the deferred function's own exit runs it while the panic runs that
   function (test5, test6), and a no-op for a newer panic's defers one
   level too high (test7).  */
/* { dg-do run } */

#include "go-panic.h"

static void mustNotRecover (void);

static void
mustRecover (void *x)
{
  void *v;

  mustNotRecover ();		/* because it's not a defer call */
  v = defer_recover ();
  printf ("mustRecover(%s): %s\n", go_show (x), go_show (v));
  if (v == NULL)
    die ("missing recover");	/* panic is useless here */
  if (v != x)
    die ("wrong value %s %s", go_show (v), go_show (x));

  /* The value should be gone now regardless.  */
  v = defer_recover ();
  printf ("mustRecover(%s) again: %s\n", go_show (x), go_show (v));
  if (v != NULL)
    die ("recover didn't recover");
}

static void
mustNotRecover (void)
{
  void *v = defer_recover ();
  printf ("mustNotRecover: %s\n", go_show (v));
  if (v != NULL)
    die ("spurious recover");
}

static void
test1_closure (void)
{
  printf ("test1 closure\n");
  defer (mustRecover, GO_INT (2));
  defer_panic (GO_INT (2));
}

static void
test1 (void)
{
  printf ("test1\n");
  /* Easy nested recursive panic.  */
  defer (mustRecover, GO_INT (1));
  defer (test1_closure);
  defer_panic (GO_INT (1));
}

static void
test2_closure (void)
{
  void *v = defer_recover ();
  printf ("test2 closure: %s\n", go_show (v));
  if (v == NULL || go_int_of (v) != 2)
    die ("wrong value %s 2", go_show (v));
  defer (mustRecover, GO_INT (3));
  defer_panic (GO_INT (3));
}

static void
test2 (void)
{
  printf ("test2\n");
  /* Sequential panic.  */
  defer (mustNotRecover);
  defer (test2_closure);
  defer_panic (GO_INT (2));
}

static void
test3_closure (void)
{
  printf ("test3 closure: %s\n", go_show (defer_recover ()));
  defer (mustRecover, GO_INT (3));
  defer_panic (GO_INT (3));
}

static void
test3 (void)
{
  printf ("test3\n");
  /* Sequential panic - like test2 but less picky.  */
  defer (mustNotRecover);
  defer (test3_closure);
  defer_panic (GO_INT (2));
}

static void
test4_closure (void)
{
  printf ("test4 closure: %s\n", go_show (defer_recover ()));
}

static void
test4 (void)
{
  printf ("test4\n");
  /* Single panic.  */
  defer (mustNotRecover);
  defer (test4_closure);
  defer_panic (GO_INT (4));
}

static void
test5_closure (void)
{
  printf ("test5 closure\n");
  defer (defer_recover);
}

static void
test5 (void)
{
  printf ("test5\n");
  /* Single panic but recover called via defer.  */
  defer (mustNotRecover);
  defer (test5_closure);
  defer_panic (GO_INT (5));
}

static void
test6_closure (void)
{
  printf ("test6 closure\n");
  defer (defer_recover);	/* like a normal call from this func; runs because mustRecover stops the panic */
  defer (mustRecover, GO_INT (3));
  defer_panic (GO_INT (3));
}

static void
test6 (void)
{
  printf ("test6\n");
  /* Sequential panic.  Like test3, but changed recover to defer (same
     change as test4 -> test5).  */
  defer (mustNotRecover);
  defer (test6_closure);
  defer_panic (GO_INT (2));
}

static void
test7_closure (void)
{
  printf ("test7 closure\n");
  defer (mustRecover, GO_INT (3));
  defer (defer_recover);	/* now a no-op, unlike in test6. */
  defer_panic (GO_INT (3));
}

static void
test7 (void)
{
  printf ("test7\n");
  /* Like test6, but swapped defer order.  The recover in "defer recover()"
     is now a no-op, because it runs called from panic, not from the func,
     and therefore cannot see the panic of 2.  (Alternately, it cannot see
     the panic of 2 because there is an active panic of 3.  And it cannot
     see the panic of 3 because it is at the wrong level (too high on the
     stack).)  */
  defer (mustRecover, GO_INT (2));
  defer (test7_closure);
  defer_panic (GO_INT (2));
}

int
main (void)
{
  test1 ();
  test2 ();
  test3 ();
  test4 ();
  test5 ();
  test6 ();
  test7 ();
  return 0;
}

/* { dg-output "^test1\ntest1 closure\nmustNotRecover: nil\nmustRecover\\(2\\): 2\n" } */
/* { dg-output "mustRecover\\(2\\) again: nil\nmustNotRecover: nil\nmustRecover\\(1\\): 1\nmustRecover\\(1\\) again: nil\n" } */
/* { dg-output "test2\ntest2 closure: 2\nmustNotRecover: nil\nmustRecover\\(3\\): 3\n" } */
/* { dg-output "mustRecover\\(3\\) again: nil\nmustNotRecover: nil\ntest3\ntest3 closure: 2\n" } */
/* { dg-output "mustNotRecover: nil\nmustRecover\\(3\\): 3\nmustRecover\\(3\\) again: nil\nmustNotRecover: nil\n" } */
/* { dg-output "test4\ntest4 closure: 4\nmustNotRecover: nil\ntest5\n" } */
/* { dg-output "test5 closure\nmustNotRecover: nil\ntest6\ntest6 closure\n" } */
/* { dg-output "mustNotRecover: nil\nmustRecover\\(3\\): 3\nmustRecover\\(3\\) again: nil\nmustNotRecover: nil\n" } */
/* { dg-output "test7\ntest7 closure\nmustNotRecover: nil\nmustRecover\\(3\\): 3\n" } */
/* { dg-output "mustRecover\\(3\\) again: nil\nmustNotRecover: nil\nmustRecover\\(2\\): 2\nmustRecover\\(2\\) again: nil\n\$" } */
