/* Go's test/defernil.go: deferring a nil function panics when the
   deferred call would run, at f's return, not at the defer statement
   (Go's issues 8047 and 34926): x = 1 runs first, and the panic is
   recoverable by main's deferred closure.  */
/* { dg-do run } */

#include "go-panic.h"

static int x = 0;

static void
main_closure (void)
{
  void *err = defer_recover ();
  if (err == NULL)
    die ("did not panic");
  printf ("recovered, x = %d\n", x);
  if (x != 1)
    die ("FAIL");
}

static void (*volatile nilf_init) (void);

static void
f (void)
{
  void (*nilf) (void) = nilf_init;
  defer (nilf);
  x = 1;
  printf ("f: deferred nilf, x = 1\n");
}

int
main (void)
{
  defer (main_closure);
  f ();
  return 0;
}

/* { dg-output "^f: deferred nilf, x = 1\nrecovered, x = 1\n\$" } */
