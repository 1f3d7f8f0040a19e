/* Go's test/fixedbugs/issue4066.go: the named result set in an endless
   loop just before a call that panics (val = 2) is what the function
   returns once its deferred closure recovers: the store is not kept in a
   register across the call.  Go's terr{} is the address of a struct
   terr; the type assertion x.(terr) is a comparison.  */
/* { dg-do run } */

#include "go-panic.h"

struct terr
{
  char unused;
};

static struct terr terr;

static void
foo_closure (void)
{
  void *x = defer_recover ();
  if (x != NULL && x != &terr)
    die ("interface conversion: not main.terr");	/* _ = x.(terr) */
}

static void
foo1 (void)
{
  defer_panic (&terr);
}

static int
foo (void)
{
  int *val = defer_result (int);

  *val = 0;
  defer (foo_closure);
  for (;;)
    {
      *val = 2;
      foo1 ();
    }
  die ("unreachable");
}

int
main (void)
{
  int n = foo ();

  printf ("foo() = %d\n", n);
  if (n != 2)
    die ("wrong return value %d", n);
  return 0;
}

/* { dg-output "^foo\\(\\) = 2\n\$" } */
