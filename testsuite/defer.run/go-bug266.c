/* Go's test/fixedbugs/bug266.go: a function whose only exit is a panic,
   recovered by its deferred closure, returns its zero result -- not what
   an earlier call left on the stack (g's 12345): a function with defers
   starts with a zero result.  */
/* { dg-do run } */

#include "go-panic.h"

static void
squelch (void)
{
  defer_recover ();
}

static int
f (void)
{
  defer (squelch);
  defer_panicf ("oops");
}

__attribute__ ((noinline)) static int
g (void)
{
  volatile int x = 12345;
  return x;
}

int
main (void)
{
  int x;

  g ();				/* leave 12345 on stack */
  x = f ();
  printf ("f() = %d\n", x);
  if (x != 0)
    die ("%d", x);
  return 0;
}

/* { dg-output "^f\\(\\) = 0\n\$" } */
