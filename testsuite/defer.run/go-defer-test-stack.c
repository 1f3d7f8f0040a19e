/* Go's src/runtime/stack_test.go: TestPanicUseStack (a deferred call run
   by a panic recovers it, then uses 100 KB of stack and panics again, and
   so on three deep: each recover finds its own panic), TestDeferPtrs (a
   deferred call's pointer argument to a local, the stack grown after),
   TestDeferPtrsGoexit and TestDeferPtrsPanic (in a new thread each time,
   at 100 depths, a deferred call with a 4 KB argument and a pointer to a
   local, run by Goexit -- pthread_exit here -- or by a panic that an
   earlier deferred call recovers).  Go's own TestDeferPtrsPanic starts
   testDeferPtrsGoexit by mistake; here it starts testDeferPtrsPanic, as
   meant.  Goroutines are threads, a channel of capacity 1 is the value
   pthread_join returns.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdint.h>
#include "go-panic.h"

/* Use about n KB of stack and call f.  */
static void
useStackAndCall (int n, void (*f) (void))
{
  volatile unsigned char b[1024];	/* makes frame about 1KB */

  if (n == 0)
    {
      f ();
      return;
    }
  b[99] = 0;
  useStackAndCall (n - 1 + b[99], f);
}

static void
TestPanicUseStack_3 (void)
{
  printf ("TestPanicUseStack closure 3: %s\n", go_show (defer_recover ()));
}

static void
TestPanicUseStack_panic3 (void)
{
  defer (TestPanicUseStack_3);
  defer_panic (GO_INT (3));
}

static void
TestPanicUseStack_2 (void)
{
  printf ("TestPanicUseStack closure 2: %s\n", go_show (defer_recover ()));
  useStackAndCall (200, TestPanicUseStack_panic3);
}

static void
TestPanicUseStack_panic2 (void)
{
  defer (TestPanicUseStack_2);
  defer_panic (GO_INT (2));
}

static void
TestPanicUseStack_1 (void)
{
  printf ("TestPanicUseStack closure 1: %s\n", go_show (defer_recover ()));
  useStackAndCall (100, TestPanicUseStack_panic2);
}

/* TestPanicUseStack checks that a chain of Panic structs on the stack are
   updated correctly if the stack grows during the deferred execution that
   happens as a result of the panic.  */
static void
TestPanicUseStack (void)
{
  defer (TestPanicUseStack_1);
  defer_panic (GO_INT (1));
}

static void
set (int *p, int x)
{
  *p = x;
}

static void
nop (void)
{
}

static void
growStack (int *n)
{
  (void) n;
  useStackAndCall (1000, nop);
}

static void
TestDeferPtrs_closure (int *y)
{
  printf ("TestDeferPtrs: y = %d\n", *y);
  if (*y != 42)
    die ("defer's stack references were not adjusted appropriately");
}

static void
TestDeferPtrs (void)
{
  int y = 0;

  defer (TestDeferPtrs_closure, &y);
  defer (set, &y, 42);
  growStack (NULL);
}

typedef struct { unsigned char b[4 * 1024]; } bigBuf;

static void
setBig (int *p, int x, bigBuf b)
{
  (void) b;
  *p = x;
}

/* The channel c: the value the thread leaves for main.  */
struct chan
{
  int value;
  int sent;
};

static void
goexit (void)
{
  pthread_exit (NULL);
}

static void
testDeferPtrsGoexit_closure (struct chan *c, int *y)
{
  c->value = *y;
  c->sent = 1;
}

struct args
{
  struct chan *c;
  int i;
};

static void *
testDeferPtrsGoexit (void *arg)
{
  struct args *a = arg;
  int y = 0;
  bigBuf zero;

  memset (&zero, 0, sizeof zero);
  defer (testDeferPtrsGoexit_closure, a->c, &y);
  defer (setBig, &y, 42, zero);
  useStackAndCall (a->i, goexit);
  return NULL;
}

static void
testDeferPtrsPanic_closure (struct chan *c, int *y)
{
  if (defer_recover () == NULL)
    {
      c->value = -1;
      c->sent = 1;
      return;
    }
  c->value = *y;
  c->sent = 1;
}

static void
panic1 (void)
{
  defer_panic (GO_INT (1));
}

static void *
testDeferPtrsPanic (void *arg)
{
  struct args *a = arg;
  int y = 0;
  bigBuf zero;

  memset (&zero, 0, sizeof zero);
  defer (testDeferPtrsPanic_closure, a->c, &y);
  defer (setBig, &y, 42, zero);
  useStackAndCall (a->i, panic1);
  return NULL;
}

static void
run_threads (const char *name, void *(*fn) (void *))
{
  int i;

  for (i = 0; i < 100; i++)
    {
      struct chan c = { 0, 0 };
      struct args a = { &c, i };
      pthread_t th;

      if (pthread_create (&th, NULL, fn, &a) != 0)
	die ("pthread_create");
      pthread_join (th, NULL);
      if (!c.sent || c.value != 42)
	die ("defer's stack references were not adjusted appropriately (i=%d n=%d)",
	     i, c.value);
    }
  printf ("%s: 100 goroutines\n", name);
}

int
main (void)
{
  TestPanicUseStack ();
  printf ("TestPanicUseStack passed\n");
  TestDeferPtrs ();
  printf ("TestDeferPtrs passed\n");
  run_threads ("TestDeferPtrsGoexit", testDeferPtrsGoexit);
  printf ("TestDeferPtrsGoexit passed\n");
  run_threads ("TestDeferPtrsPanic", testDeferPtrsPanic);
  printf ("TestDeferPtrsPanic passed\n");
  return 0;
}

/* { dg-output "^TestPanicUseStack closure 1: 1\nTestPanicUseStack closure 2: 2\nTestPanicUseStack closure 3: 3\nTestPanicUseStack passed\n" } */
/* { dg-output "TestDeferPtrs: y = 42\nTestDeferPtrs passed\nTestDeferPtrsGoexit: 100 goroutines\nTestDeferPtrsGoexit passed\n" } */
/* { dg-output "TestDeferPtrsPanic: 100 goroutines\nTestDeferPtrsPanic passed\n\$" } */
