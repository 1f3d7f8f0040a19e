/* Go's test/fixedbugs/issue5856.go: a panic runs f's deferred call g,
   which ends the program with exit (0) (os.Exit) before the panic goes
   further; main's "deferred function not run" is never reached.  Go's
   check of g's caller's line (runtime.Caller) is left out.  */
/* { dg-do run } */

#include "go-panic.h"

static volatile int x = 1;

static void
g (void)
{
  printf ("g: exit(0)\n");
  exit (0);
}

static void
f (void)
{
  if (x == 0)
    return;
  defer (g);
  defer_panicf ("panic");
}

int
main (void)
{
  f ();
  defer_panicf ("deferred function not run");
}

/* { dg-output "^g: exit\\(0\\)\n\$" } */
