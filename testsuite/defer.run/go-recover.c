/* Go's test/recover.go: recover returns the panic's value only when called
   directly by a deferred function that the panic runs -- not from a
   function that one calls (doubleRecover, mustNotRecover from mustRecover,
   withoutRecoverRecursive), not when it is itself the deferred call
   (test2), but yes when the deferred function defers it (test4); it
   returns nil once the panic is recovered; a recovered frame runs its
   other deferred calls (test7) and returns its named result (test5,
   test8); deferred functions with huge frames (test6, test14) and with
   receivers of every size (test9-test14, Go's method values: here the
   method's function and its receiver by value) recover; a deferred call
   that itself panics and recovers inside before recovering the outer
   panic (test111).

   Left out: the reflect tests (test9reflect1 ... test14reflect2, test15,
   test16); Go's wrappers for interface methods have no C counterpart, so
   the methods are deferred as plain functions through pointers.
   C evaluates arguments in no fixed order: mustRecover's three recovers,
   which Go evaluates left to right, are made one by one.  */
/* { dg-do run } */

#include <stdint.h>
#include <stdarg.h>
#include "go-panic.h"

static void
mustRecoverBody (void *v1, void *v2, void *v3, void *x)
{
  void *v;

  printf ("mustRecoverBody(%s): %s %s %s\n", go_show (x), go_show (v1),
	  go_show (v2), go_show (v3));
  v = v1;
  if (v != NULL)
    die ("spurious recover %s", go_show (v));
  v = v2;
  if (v == NULL)
    die ("missing recover %d", go_int_of (x));
  if (v != x)
    die ("wrong value %s %s", go_show (v), go_show (x));

  /* The value should be gone now regardless.  */
  v = v3;
  if (v != NULL)
    die ("recover didn't recover");
}

static void *
doubleRecover (void)
{
  return defer_recover ();
}

static void
mustRecover (void *x)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  mustRecoverBody (v1, v2, v3, x);
}

static void
mustNotRecover (void)
{
  void *v = defer_recover ();
  printf ("mustNotRecover: %s\n", go_show (v));
  if (v != NULL)
    die ("spurious recover %s", go_show (v));
}

static void
withoutRecover (void)
{
  printf ("withoutRecover\n");
  mustNotRecover ();		/* because it's a sub-call */
}

static void
withoutRecoverRecursive (int n)
{
  printf ("withoutRecoverRecursive(%d)\n", n);
  if (n == 0)
    withoutRecoverRecursive (1);
  else
    {
      void *v = defer_recover ();
      printf ("withoutRecoverRecursive: %s\n", go_show (v));
      if (v != NULL)
	die ("spurious recover (recursive) %s", go_show (v));
    }
}

static void
test1 (void)
{
  printf ("test1\n");
  defer (mustNotRecover);		/* because mustRecover will squelch it */
  defer (mustRecover, GO_INT (1));	/* because of panic below */
  defer (withoutRecover);		/* should be no-op, leaving for mustRecover to find */
  defer (withoutRecoverRecursive, 0);	/* ditto */
  defer_panic (GO_INT (1));
}

/* test1WithClosures' closures.  */
static void
test1WithClosures_1 (void)
{
  void *v = defer_recover ();
  printf ("closure 1: %s\n", go_show (v));
  if (v != NULL)
    die ("spurious recover in closure");
}

static void
test1WithClosures_2 (void *x)
{
  void *v;

  mustNotRecover ();
  v = defer_recover ();
  printf ("closure 2(%s): %s\n", go_show (x), go_show (v));
  if (v == NULL)
    die ("missing recover %d", go_int_of (x));
  if (v != x)
    die ("wrong value %s %s", go_show (v), go_show (x));
}

static void
test1WithClosures_3 (void)
{
  printf ("closure 3\n");
  mustNotRecover ();
}

static void
test1WithClosures (void)
{
  printf ("test1WithClosures\n");
  defer (test1WithClosures_1);
  defer (test1WithClosures_2, GO_INT (1));
  defer (test1WithClosures_3);
  defer_panic (GO_INT (1));
}

static void
test2 (void)
{
  printf ("test2\n");
  /* Recover only sees the panic argument if it is called from a deferred
     call.  It does not see the panic when called from a call within a
     deferred call (too late) nor does it see the panic when it *is* the
     deferred call (too early).  */
  defer (mustRecover, GO_INT (2));
  defer (defer_recover);	/* should be no-op */
  defer_panic (GO_INT (2));
}

static void
test3_closure (void)
{
  printf ("test3 closure: %s\n", go_show (defer_recover ()));	/* should squelch */
}

static void
test3 (void)
{
  printf ("test3\n");
  defer (mustNotRecover);
  defer (test3_closure);
  defer_panic (GO_INT (3));
}

static void
test4_closure (void)
{
  printf ("test4 closure\n");
  defer (defer_recover);	/* should squelch */
}

static void
test4 (void)
{
  printf ("test4\n");
  /* Equivalent to test3 but using defer to make the call.  */
  defer (mustNotRecover);
  defer (test4_closure);
  defer_panic (GO_INT (4));
}

/* try's and try1's first closure: the named result X.  */
static void
try_recover (void **x)
{
  void *v = defer_recover ();
  if (v != NULL)
    *x = v;
}

/* Check that closures can set output arguments.
   Run g().  If it panics, return x; else return deflt.  */
static void *
try (void (*g) (void), void *deflt)
{
  void **x = defer_result (void *);
  (void) x;
  defer (try_recover, defer_result (void *));
  defer (g);
  return deflt;
}

static void *
try1 (void (*g) (void), void *deflt)
{
  void **x = defer_result (void *);
  defer (try_recover, x);
  defer (g);
  *x = deflt;
  return *x;
}

static void
panic5 (void)
{
  defer_panic (GO_INT (5));
}

static void
nop (void)
{
}

static char hi[] = "hi";

static void
test5 (void)
{
  void *v, *s;

  printf ("test5\n");
  v = try (panic5, GO_INT (55));
  printf ("try panic: %d\n", go_int_of (v));
  if (v != GO_INT (5))
    die ("wrong value %s 5", go_show (v));

  s = try (nop, hi);
  printf ("try no panic: %s\n", go_show (s));
  if (!go_is_str (s, "hi"))
    die ("wrong value %s hi", go_show (s));

  v = try1 (panic5, GO_INT (55));
  printf ("try1 panic: %d\n", go_int_of (v));
  if (v != GO_INT (5))
    die ("try1 wrong value %s 5", go_show (v));

  s = try1 (nop, hi);
  printf ("try1 no panic: %s\n", go_show (s));
  if (!go_is_str (s, "hi"))
    die ("try1 wrong value %s hi", go_show (s));
}

/* When a deferred big call starts, it must first create yet another stack
   segment to hold the giant frame for x.  Make sure that doesn't confuse
   recover.  */
static void
big (int mustRecover)
{
  volatile long x[100000];
  void *v;

  x[0] = 1;
  x[99999] = 1;
  (void) x[0];
  v = defer_recover ();
  printf ("big(%s): %s\n", mustRecover ? "true" : "false", go_show (v));
  if (mustRecover)
    {
      if (v == NULL)
	die ("missing big recover");
    }
  else
    {
      if (v != NULL)
	die ("spurious big recover");
    }
}

static void
test6 (void)
{
  printf ("test6\n");
  defer (big, 0);
  defer (big, 1);
  defer_panic (GO_INT (6));
}

static void
test6WithClosures_1 (void)
{
  volatile long x[100000];
  void *v;

  x[0] = 1;
  x[99999] = 1;
  (void) x[0];
  v = defer_recover ();
  printf ("big closure 1: %s\n", go_show (v));
  if (v != NULL)
    die ("spurious big closure recover");
}

static void
test6WithClosures_2 (void)
{
  volatile long x[100000];
  void *v;

  x[0] = 1;
  x[99999] = 1;
  (void) x[0];
  v = defer_recover ();
  printf ("big closure 2: %s\n", go_show (v));
  if (v == NULL)
    die ("missing big closure recover");
}

static void
test6WithClosures (void)
{
  printf ("test6WithClosures\n");
  defer (test6WithClosures_1);
  defer (test6WithClosures_2);
  defer_panicf ("%s", "6WithClosures");
}

/* test7's closures: OK is the captured variable.  */
static int ok;

static void
set_ok (void)
{
  ok = 1;
}

static void
test7_func (void)
{
  /* Should panic, then call mustRecover 7, which stops the panic.  Then
     should keep processing ordinary defers earlier than that one before
     returning.  This test checks that the defer func on the next line
     actually runs.  */
  defer (set_ok);
  defer (mustRecover, GO_INT (7));
  defer_panic (GO_INT (7));
}

static void
test7 (void)
{
  printf ("test7\n");
  ok = 0;
  test7_func ();
  printf ("test7 ok: %s\n", ok ? "true" : "false");
  if (!ok)
    die ("did not run ok func");
}

/* Go's varargs(s *int, a ...int): N ints follow.  */
static void
varargs (int *s, int n, ...)
{
  va_list ap;

  *s = 0;
  va_start (ap, n);
  while (n-- > 0)
    *s += va_arg (ap, int);
  va_end (ap);
  if (defer_recover () != NULL)
    *s += 100;
}

static int
test8a (void)
{
  defer (varargs, defer_result (int), 3, 1, 2, 3);
  defer_panic (GO_INT (0));
}

static int
test8b (void)
{
  int *r = defer_result (int);
  defer (varargs, r, 3, 4, 5, 6);
  return *r;
}

static void
test8 (void)
{
  int a, b;

  printf ("test8\n");
  a = test8a ();
  b = test8b ();
  printf ("test8a %d test8b %d\n", a, b);
  if (a != 106 || b != 15)
    die ("wrong value");
}

/* The methods M of Go's types T1 ... T6, each deferred through a pointer
   with its receiver (Go's i.M () of an interface I).  */

/* Pointer receiver.  */
struct T1 { char unused; };

static void
T1_M (struct T1 *t)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  (void) t;
  mustRecoverBody (v1, v2, v3, GO_INT (9));
}

static void (*volatile T1_M_p) (struct T1 *) = T1_M;

static void
test9 (void)
{
  static struct T1 t1;

  printf ("test9\n");
  defer (T1_M_p, &t1);
  defer_panic (GO_INT (9));
}

/* Word-sized value receiver.  */
typedef uintptr_t T2;

static void
T2_M (T2 t)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  (void) t;
  mustRecoverBody (v1, v2, v3, GO_INT (10));
}

static void (*volatile T2_M_p) (T2) = T2_M;

static void
test10 (void)
{
  printf ("test10\n");
  defer (T2_M_p, (T2) 0);
  defer_panic (GO_INT (10));
}

/* Tiny receiver (an empty struct: GNU C's, of size 0).  */
struct T3 { };

static void
T3_M (struct T3 t)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  (void) t;
  mustRecoverBody (v1, v2, v3, GO_INT (11));
}

static void (*volatile T3_M_p) (struct T3) = T3_M;

static void
test11 (void)
{
  struct T3 t3 = { };

  printf ("test11\n");
  defer (T3_M_p, t3);
  defer_panic (GO_INT (11));
}

static void badstate (void);

static void
T3deeper_M (struct T3 t)
{
  void *v1, *v2, *v3;

  (void) t;
  badstate ();			/* difference from T3 */
  v1 = doubleRecover ();
  v2 = defer_recover ();
  v3 = defer_recover ();
  mustRecoverBody (v1, v2, v3, GO_INT (111));
}

static void (*volatile T3deeper_M_p) (struct T3) = T3deeper_M;

static void
test111 (void)
{
  struct T3 t3 = { };

  printf ("test111\n");
  defer (T3deeper_M_p, t3);
  defer_panic (GO_INT (111));
}

static void
Tiny_M (struct T3 t)
{
  (void) t;
  defer_panic (GO_INT (112));
}

static void (*volatile Tiny_M_p) (struct T3) = Tiny_M;

static void
badstate_closure (void)
{
  printf ("badstate: %s\n", go_show (defer_recover ()));
}

/* A deferred function (T3deeper_M, run by panic 111) calls a function
   that panics (112) and recovers its own panic.  */
static void
badstate (void)
{
  struct T3 t3 = { };

  defer (badstate_closure);
  Tiny_M_p (t3);
}

/* Large receiver.  */
struct T4 { const char *s[2]; size_t len[2]; };

static void
T4_M (struct T4 t)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  (void) t;
  mustRecoverBody (v1, v2, v3, GO_INT (12));
}

static void (*volatile T4_M_p) (struct T4) = T4_M;

static void
test12 (void)
{
  struct T4 t4 = { { "", "" }, { 0, 0 } };

  printf ("test12\n");
  defer (T4_M_p, t4);
  defer_panic (GO_INT (12));
}

/* Enormous receiver.  */
struct T5 { unsigned char b[8192]; };

static void
T5_M (struct T5 t)
{
  void *v1 = doubleRecover ();
  void *v2 = defer_recover ();
  void *v3 = defer_recover ();
  (void) t;
  mustRecoverBody (v1, v2, v3, GO_INT (13));
}

static void (*volatile T5_M_p) (struct T5) = T5_M;

static void
test13 (void)
{
  struct T5 t5;

  printf ("test13\n");
  memset (&t5, 0, sizeof t5);
  defer (T5_M_p, t5);
  defer_panic (GO_INT (13));
}

/* Enormous receiver and enormous frame.  */
struct T6 { unsigned char b[8192]; };

static unsigned char global;

static void
T6_M (struct T6 t)
{
  volatile unsigned char x[8192];
  void *v1, *v2, *v3;
  size_t i;

  (void) t;
  memset ((void *) x, 0, sizeof x);
  x[0] = 1;
  x[1] = 2;
  for (i = 0; i < sizeof x; i++)
    global += x[i];
  v1 = doubleRecover ();
  v2 = defer_recover ();
  v3 = defer_recover ();
  mustRecoverBody (v1, v2, v3, GO_INT (14));
}

static void (*volatile T6_M_p) (struct T6) = T6_M;

static void
test14 (void)
{
  struct T6 t6;

  printf ("test14\n");
  memset (&t6, 0, sizeof t6);
  defer (T6_M_p, t6);
  defer_panic (GO_INT (14));
}

int
main (void)
{
  test1 ();
  test1WithClosures ();
  test2 ();
  test3 ();
  test4 ();
  test5 ();
  test6 ();
  test6WithClosures ();
  test7 ();
  test8 ();
  test9 ();
  test10 ();
  test11 ();
  test111 ();
  test12 ();
  test13 ();
  test14 ();
  printf ("global %d\n", global);
  return 0;
}

/* { dg-output "^test1\nwithoutRecoverRecursive\\(0\\)\nwithoutRecoverRecursive\\(1\\)\nwithoutRecoverRecursive: nil\n" } */
/* { dg-output "withoutRecover\nmustNotRecover: nil\nmustRecoverBody\\(1\\): nil 1 nil\nmustNotRecover: nil\n" } */
/* { dg-output "test1WithClosures\nclosure 3\nmustNotRecover: nil\nmustNotRecover: nil\n" } */
/* { dg-output "closure 2\\(1\\): 1\nclosure 1: nil\ntest2\nmustRecoverBody\\(2\\): nil 2 nil\n" } */
/* { dg-output "test3\ntest3 closure: 3\nmustNotRecover: nil\ntest4\n" } */
/* { dg-output "test4 closure\nmustNotRecover: nil\ntest5\ntry panic: 5\n" } */
/* { dg-output "try no panic: \"hi\"\ntry1 panic: 5\ntry1 no panic: \"hi\"\ntest6\n" } */
/* { dg-output "big\\(true\\): 6\nbig\\(false\\): nil\ntest6WithClosures\nbig closure 2: \"6WithClosures\"\n" } */
/* { dg-output "big closure 1: nil\ntest7\nmustRecoverBody\\(7\\): nil 7 nil\ntest7 ok: true\n" } */
/* { dg-output "test8\ntest8a 106 test8b 15\ntest9\nmustRecoverBody\\(9\\): nil 9 nil\n" } */
/* { dg-output "test10\nmustRecoverBody\\(10\\): nil 10 nil\ntest11\nmustRecoverBody\\(11\\): nil 11 nil\n" } */
/* { dg-output "test111\nbadstate: 112\nmustRecoverBody\\(111\\): nil 111 nil\ntest12\n" } */
/* { dg-output "mustRecoverBody\\(12\\): nil 12 nil\ntest13\nmustRecoverBody\\(13\\): nil 13 nil\ntest14\n" } */
/* { dg-output "mustRecoverBody\\(14\\): nil 14 nil\nglobal 3\n\$" } */
