/* Go's test/fixedbugs/issue40629.go: the first deferred call's argument
   points at main's stack array x; the later deferred calls, run by a
   fault's panic in a function without a reachable return, use a lot of
   stack and start a thread that does too; x is intact when the first
   one recovers and checks it.  The fault (*g = 0, g nil) is a nil check
   that panics, as Go's fault handler would: C has no fault that
   unwinds.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdint.h>
#include "go-panic.h"

#define N 40

static void
check_closure (long (*p)[N])
{
  int i, j;

  defer_recover ();
  for (i = 0; i < N; i++)
    if ((*p)[i] != 0x999)
      {
	for (j = 0; j < N; j++)
	  printf ("p[%d]=0x%lx\n", j, (*p)[j]);
	die ("corrupted stack variable");
      }
  printf ("x is intact\n");
}

static void
useStack (int n)
{
  volatile char pad[32];

  pad[0] = 0;
  if (n == 0)
    return;
  useStack (n - 1 + pad[0]);
}

static void *
goroutine (void *arg)
{
  useStack (1000);
  return arg;
}

static void
thread_closure (void)
{
  pthread_t th;

  if (pthread_create (&th, NULL, goroutine, NULL) != 0)
    die ("pthread_create");
  pthread_join (th, NULL);
}

static void
stack_closure (void)
{
  useStack (1000);
}

static int64_t *volatile g;

/* *P = V: Go's nil check.  */
static void
store (volatile int64_t *p, int64_t v)
{
  if (p == NULL)
    defer_panicf ("runtime error: invalid memory address or nil pointer dereference");
  *p = v;
}

int
main (void)
{
  long x[N];			/* stack-allocated memory */
  int i;

  for (i = 0; i < N; i++)
    x[i] = 0x999;

  /* This defer checks to see if x is uncorrupted.  */
  defer (check_closure, &x);

  /* This defer starts a new goroutine, which will (hopefully) overwrite x
     on the garbage stack.  */
  defer (thread_closure);

  /* This defer causes a stack copy.  The old stack is now garbage.  */
  defer (stack_closure);

  /* Trigger a segfault.  */
  store (g, 0);

  /* Make the return statement unreachable.  */
  for (;;)
    {
    }
}

/* { dg-output "^x is intact\n\$" } */
