/* Go's src/runtime/defer_test.go: TestUnconditionalPanic (a function
   whose only exit is a panic keeps its open-coded exit code),
   TestOpenAndNonOpenDefers and TestNonOpenAndOpenDefers (a record defer
   in a loop and an open-coded defer in a callee both run and recover,
   in either order), TestConditionalDefers (conditional open-coded defers
   run under a panic in the right order), TestDisappearingDefer (a defer
   removed as dead code), TestNonSSAableArgs (large arguments evaluated
   once, at the defer statement), TestDeferForFuncWithNoExit (a function
   that ends in an infinite loop: its deferred closure runs under the
   panic, seeing the latest value of a local it points to).  The closures
   get their captured variables by pointer or as globals; t.Fatal is
   die.  */
/* { dg-do run } */

#include <stdint.h>
#include "go-panic.h"

struct T
{
  const char *name;
};

#define Fatal(t, fmt, ...) die ("%s: " fmt, (t)->name, ##__VA_ARGS__)

/* Make sure open-coded defer exit code is not lost, even when there is an
   unconditional panic (hence no return from the function).  */
static void
TestUnconditionalPanic_closure (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestUnconditionalPanic: %s\n", (const char *) r);
  if (!go_is_str (r, "testUnconditional"))
    Fatal (t, "expected unconditional panic");
}

static void
TestUnconditionalPanic (struct T *t)
{
  defer (TestUnconditionalPanic_closure, t);
  defer_panicf ("testUnconditional");
}

static volatile int glob = 3;

static void
TestOpenAndNonOpenDefers_closure (struct T *t, int n)
{
  void *r = defer_recover ();
  printf ("TestOpenAndNonOpenDefers closure(%d): %s\n", n, (const char *) r);
  if (!go_is_str (r, "testNonOpenDefer"))
    Fatal (t, "expected testNonOpen panic");
}

static void testOpen (struct T *t, int arg);

/* Test an open-coded defer and non-open-coded defer - make sure both
   defers run and call recover().  */
static void
TestOpenAndNonOpenDefers (struct T *t)
{
  for (;;)
    {
      /* Non-open defer because in a loop.  */
      defer (TestOpenAndNonOpenDefers_closure, t, 3);
      if (glob > 2)
	break;
    }
  testOpen (t, 47);
  defer_panicf ("testNonOpenDefer");
}

static void
testOpen_closure (struct T *t, int n)
{
  void *r = defer_recover ();
  printf ("testOpen closure(%d): %s\n", n, (const char *) r);
  if (!go_is_str (r, "testOpenDefer"))
    Fatal (t, "expected testOpen panic");
}

__attribute__ ((noinline)) static void
testOpen (struct T *t, int arg)
{
  defer (testOpen_closure, t, 4);
  if (arg > 2)
    defer_panicf ("testOpenDefer");
}

static void
TestNonOpenAndOpenDefers_closure (struct T *t, int n)
{
  void *r = defer_recover ();
  printf ("TestNonOpenAndOpenDefers closure(%d): %s\n", n, (const char *) r);
  if (!go_is_str (r, "testNonOpenDefer"))
    Fatal (t, "expected testNonOpen panic");
}

/* Test a non-open-coded defer and an open-coded defer - make sure both
   defers run and call recover().  */
static void
TestNonOpenAndOpenDefers (struct T *t)
{
  testOpen (t, 47);
  for (;;)
    {
      /* Non-open defer because in a loop.  */
      defer (TestNonOpenAndOpenDefers_closure, t, 3);
      if (glob > 2)
	break;
    }
  defer_panicf ("testNonOpenDefer");
}

static int list[10];
static int list_len;

static void
TestConditionalDefers_closure (struct T *t)
{
  void *r = defer_recover ();
  int i;

  printf ("TestConditionalDefers: %s, list [", (const char *) r);
  for (i = 0; i < list_len; i++)
    printf ("%s%d", i ? " " : "", list[i]);
  printf ("]\n");
  if (!go_is_str (r, "testConditional"))
    Fatal (t, "expected panic");
  if (list_len != 3 || list[0] != 4 || list[1] != 2 || list[2] != 1)
    Fatal (t, "wanted [4 2 1]");
}

static void testConditionalDefers (int n);

/* Make sure that conditional open-coded defers are activated correctly
   and run in the correct order.  */
static void
TestConditionalDefers (struct T *t)
{
  list_len = 0;
  defer (TestConditionalDefers_closure, t);
  testConditionalDefers (8);
}

static void
doappend (int i)
{
  list[list_len++] = i;
}

static void
testConditionalDefers (int n)
{
  defer (doappend, 1);
  if (n > 5)
    {
      defer (doappend, 2);
      if (n > 8)
	defer (doappend, 3);
      else
	defer (doappend, 4);
    }
  defer_panicf ("testConditional");
}

static void
TestDisappearingDefer_closure (struct T *t)
{
  Fatal (t, "Defer shouldn't run");
}

/* Test that there is no compile-time or run-time error if an open-coded
   defer call is removed by constant propagation and dead-code
   elimination.  */
static void
TestDisappearingDefer (struct T *t)
{
  static const char goos[] = "linux";

  switch (goos[0])
    {
    case 'i':			/* "invalidOS" */
      defer (TestDisappearingDefer_closure, t);
    }
}

typedef struct { unsigned char b[128]; } nonSSAable;

typedef struct { int64_t x, y, z, w, p, q; } bigStruct;

typedef struct { bigStruct element; } containsBigStruct;

static int globint1, globint2, globint3;

static nonSSAable
mknonSSAable (void)
{
  nonSSAable n = { { 0, 0, 0, 0, 5 } };
  globint1++;
  return n;
}

__attribute__ ((noinline)) static int64_t
sideeffect (int64_t n)
{
  globint2++;
  return n;
}

static containsBigStruct
sideeffect2 (containsBigStruct in)
{
  globint3++;
  return in;
}

struct saves
{
  struct T *t;
  unsigned char save1;
  int64_t save2, save3, save4;
};

static void
TestNonSSAableArgs_check (struct saves *s)
{
  struct T *t = s->t;

  printf ("TestNonSSAableArgs: %d %d %d %ld %ld %d %ld\n", globint1, s->save1,
	  globint2, (long) s->save2, (long) s->save3, globint3,
	  (long) s->save4);
  if (globint1 != 1)
    Fatal (t, "globint1:  wanted: 1, got %d", globint1);
  if (s->save1 != 5)
    Fatal (t, "save1:  wanted: 5, got %d", s->save1);
  if (globint2 != 1)
    Fatal (t, "globint2:  wanted: 1, got %d", globint2);
  if (s->save2 != 2)
    Fatal (t, "save2:  wanted: 2, got %ld", (long) s->save2);
  if (s->save3 != 4)
    Fatal (t, "save3:  wanted: 4, got %ld", (long) s->save3);
  if (globint3 != 1)
    Fatal (t, "globint3:  wanted: 1, got %d", globint3);
  if (s->save4 != 4)
    Fatal (t, "save1:  wanted: 4, got %ld", (long) s->save4);
}

static void
set_save1 (struct saves *s, nonSSAable n)
{
  s->save1 = n.b[4];
}

static void
set_save2 (struct saves *s, bigStruct b)
{
  s->save2 = b.y;
}

static void
set_save3 (struct saves *s, bigStruct element)
{
  s->save3 = element.z;
}

static void
set_save4 (struct saves *s, bigStruct element)
{
  s->save4 = element.z;
}

/* Test that nonSSAable arguments to defer are handled correctly and only
   evaluated once.  */
static void
TestNonSSAableArgs (struct T *t)
{
  struct saves s = { t, 0, 0, 0, 0 };
  containsBigStruct foo;

  globint1 = 0;
  globint2 = 0;
  globint3 = 0;

  defer (TestNonSSAableArgs_check, &s);

  /* Test function returning a non-SSAable arg.  */
  defer (set_save1, &s, mknonSSAable ());
  /* Test composite literal that is not SSAable.  */
  defer (set_save2, &s, (bigStruct) { 1, 2, 3, 4, 5, sideeffect (6) });

  /* Test struct field reference that is non-SSAable.  */
  memset (&foo, 0, sizeof foo);
  foo.element.z = 4;
  defer (set_save3, &s, foo.element);
  defer (set_save4, &s, sideeffect2 (foo).element);
}

static void
growStackIter (int *p, int n)
{
  int x;

  if (n == 0)
    {
      *p = n + 1;
      return;
    }
  *p = n + 1;
  x = 0;
  growStackIter (&x, n - 1);
  if (x != n)
    die ("stack is corrupted");
}

__attribute__ ((noinline)) static void
doPanic (void)
{
  defer_panicf ("Test panic");
}

static void
TestDeferForFuncWithNoExit_closure (struct T *t, int *cond)
{
  printf ("TestDeferForFuncWithNoExit: cond %d\n", *cond);
  if (*cond != 2)
    Fatal (t, "cond: wanted 2, got %d", *cond);
  if (!go_is_str (defer_recover (), "Test panic"))
    Fatal (t, "Didn't find expected panic");
}

static void
TestDeferForFuncWithNoExit (struct T *t)
{
  int cond = 1;
  int x;

  defer (TestDeferForFuncWithNoExit_closure, t, &cond);
  x = 0;
  growStackIter (&x, 1000);
  cond = 2;
  doPanic ();

  /* This function has no exit/return, since it ends with an infinite
     loop.  */
  for (;;)
    {
    }
}

static void
run (const char *name, void (*f) (struct T *))
{
  struct T t = { name };

  f (&t);
  printf ("%s passed\n", name);
}

int
main (void)
{
  run ("TestUnconditionalPanic", TestUnconditionalPanic);
  run ("TestOpenAndNonOpenDefers", TestOpenAndNonOpenDefers);
  run ("TestNonOpenAndOpenDefers", TestNonOpenAndOpenDefers);
  run ("TestConditionalDefers", TestConditionalDefers);
  run ("TestDisappearingDefer", TestDisappearingDefer);
  run ("TestNonSSAableArgs", TestNonSSAableArgs);
  run ("TestDeferForFuncWithNoExit", TestDeferForFuncWithNoExit);
  return 0;
}

/* { dg-output "^TestUnconditionalPanic: testUnconditional\nTestUnconditionalPanic passed\ntestOpen closure\\(4\\): testOpenDefer\nTestOpenAndNonOpenDefers closure\\(3\\): testNonOpenDefer\n" } */
/* { dg-output "TestOpenAndNonOpenDefers passed\ntestOpen closure\\(4\\): testOpenDefer\nTestNonOpenAndOpenDefers closure\\(3\\): testNonOpenDefer\nTestNonOpenAndOpenDefers passed\n" } */
/* { dg-output "TestConditionalDefers: testConditional, list \\\[4 2 1\\\]\nTestConditionalDefers passed\nTestDisappearingDefer passed\nTestNonSSAableArgs: 1 5 1 2 4 1 4\n" } */
/* { dg-output "TestNonSSAableArgs passed\nTestDeferForFuncWithNoExit: cond 2\nTestDeferForFuncWithNoExit passed\n\$" } */
