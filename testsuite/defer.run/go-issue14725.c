/* Go's test/fixedbugs/issue14725.go: a deferred closure that recovers and
   sets the named result x = 1 makes the function return 1, whether the
   defer is in a loop (f1, a heap record), x's address escapes (f2, f3),
   or the function returns normally (f3 (false): Go's bare return, here
   return *x, which stores x into itself before the deferred call runs).
   Go's panic (nil) is defer_panic (NULL), whose value (Go 1.21's
   PanicNilError, nil in Go 1.19) nobody looks at.  */
/* { dg-do run } */

#include <stdbool.h>
#include "go-panic.h"

static void
recover_set (int *x)
{
  defer_recover ();
  *x = 1;
}

static volatile bool forever = true;

static int
f1 (void)
{
  int *x = defer_result (int);

  while (forever)
    {
      defer (recover_set, x);
      defer_panic (NULL);
    }
  return *x;
}

static int *volatile sink;

static int
f2 (void)
{
  int *x = defer_result (int);

  sink = x;
  defer (recover_set, x);
  defer_panic (NULL);
}

static int
f3 (bool b)
{
  int *x = defer_result (int);

  sink = x;
  defer (recover_set, x);
  if (b)
    defer_panic (NULL);
  return *x;
}

int
main (void)
{
  int x;

  if ((x = f1 ()) != 1)
    die ("f1 returned %d, wanted 1", x);
  if ((x = f2 ()) != 1)
    die ("f2 returned %d, wanted 1", x);
  if ((x = f3 (true)) != 1)
    die ("f3(true) returned %d, wanted 1", x);
  if ((x = f3 (false)) != 1)
    die ("f3(false) returned %d, wanted 1", x);
  printf ("f1, f2, f3(true), f3(false) returned 1\n");
  return 0;
}

/* { dg-output "^f1, f2, f3\\(true\\), f3\\(false\\) returned 1\n\$" } */
