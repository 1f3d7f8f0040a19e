/* Go's src/runtime/defer_test.go: TestAbortedPanic (a panic raised by a
   deferred call replaces the one running it, which is aborted: recovering
   the new one ends both, and a later recover finds nothing),
   TestRecoverMatching (recover in a call deferred by a deferred function
   does not recover, even though a deferred function calls it directly);
   and the panics of TestCallersAbortedPanic2 (callers_test.go): the same
   replacement across nested frames.  The stack checks of the latter
   (runtime.Callers) are left out.  t.Fatal is die.  */
/* { dg-do run } */

#include "go-panic.h"

struct T
{
  const char *name;
};

#define Fatal(t, fmt, ...) die ("%s: " fmt, (t)->name, ##__VA_ARGS__)

static void
TestAbortedPanic_1 (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestAbortedPanic closure 1: %s\n", go_show (r));
  if (r != NULL)
    Fatal (t, "wanted nil recover, got %s", go_show (r));
}

static void
TestAbortedPanic_2 (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestAbortedPanic closure 2: %s\n", go_show (r));
  if (!go_is_str (r, "panic2"))
    Fatal (t, "wanted %s, got %s", "panic2", go_show (r));
}

static void
TestAbortedPanic_3 (void)
{
  printf ("TestAbortedPanic closure 3\n");
  defer_panicf ("panic2");
}

static void
TestAbortedPanic (struct T *t)
{
  defer (TestAbortedPanic_1, t);
  defer (TestAbortedPanic_2, t);
  defer (TestAbortedPanic_3);
  defer_panicf ("panic1");
}

static void
TestRecoverMatching_1 (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestRecoverMatching closure 1: %s\n", go_show (r));
  if (!go_is_str (r, "panic1"))
    Fatal (t, "wanted %s, got %s", "panic1", go_show (r));
}

static void
TestRecoverMatching_2_1 (struct T *t)
{
  /* Shouldn't succeed, even though it is called directly from a defer
     function, since this defer function was not directly called by the
     panic.  */
  void *r = defer_recover ();
  printf ("TestRecoverMatching closure 2.1: %s\n", go_show (r));
  if (r != NULL)
    Fatal (t, "wanted nil recover, got %s", go_show (r));
}

static void
TestRecoverMatching_2 (struct T *t)
{
  printf ("TestRecoverMatching closure 2\n");
  defer (TestRecoverMatching_2_1, t);
}

static void
TestRecoverMatching (struct T *t)
{
  defer (TestRecoverMatching_1, t);
  defer (TestRecoverMatching_2, t);
  defer_panicf ("panic1");
}

static void
TestCallersAbortedPanic2_1 (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestCallersAbortedPanic2 closure 1: %s\n", go_show (r));
  if (r != NULL)
    Fatal (t, "should be no panic remaining to recover");
}

static void
TestCallersAbortedPanic2_2 (void)
{
  printf ("TestCallersAbortedPanic2 closure 2\n");
}

static void
TestCallersAbortedPanic2_3_1 (struct T *t)
{
  void *r = defer_recover ();
  printf ("TestCallersAbortedPanic2 closure 3.1: %s\n", go_show (r));
  if (!go_is_str (r, "panic2"))
    Fatal (t, "got %s, wanted %s", go_show (r), "panic2");
}

static void
TestCallersAbortedPanic2_3_2_1 (void)
{
  /* Again, panic2 aborts/replaces panic1.  */
  printf ("TestCallersAbortedPanic2 closure 3.2.1\n");
  defer_panicf ("panic2");
}

static void
TestCallersAbortedPanic2_3_2 (void)
{
  defer (TestCallersAbortedPanic2_3_2_1);
  defer_panicf ("panic1");
}

static void
TestCallersAbortedPanic2_3 (struct T *t)
{
  defer (TestCallersAbortedPanic2_3_1, t);
  TestCallersAbortedPanic2_3_2 ();
}

static void
TestCallersAbortedPanic2 (struct T *t)
{
  defer (TestCallersAbortedPanic2_1, t);
  defer (TestCallersAbortedPanic2_2);
  TestCallersAbortedPanic2_3 (t);
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
  run ("TestAbortedPanic", TestAbortedPanic);
  run ("TestRecoverMatching", TestRecoverMatching);
  run ("TestCallersAbortedPanic2", TestCallersAbortedPanic2);
  return 0;
}

/* { dg-output "^TestAbortedPanic closure 3\nTestAbortedPanic closure 2: \"panic2\"\nTestAbortedPanic closure 1: nil\nTestAbortedPanic passed\n" } */
/* { dg-output "TestRecoverMatching closure 2\nTestRecoverMatching closure 2\\.1: nil\nTestRecoverMatching closure 1: \"panic1\"\nTestRecoverMatching passed\n" } */
/* { dg-output "TestCallersAbortedPanic2 closure 3\\.2\\.1\nTestCallersAbortedPanic2 closure 3\\.1: \"panic2\"\nTestCallersAbortedPanic2 closure 2\nTestCallersAbortedPanic2 closure 1: nil\n" } */
/* { dg-output "TestCallersAbortedPanic2 passed\n\$" } */
