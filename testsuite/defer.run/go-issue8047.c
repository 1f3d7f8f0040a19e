/* Go's test/fixedbugs/issue8047.go: a deferred nil function, deferred
   before deep recursion, panics at main's exit and main's earlier
   deferred closure recovers it.  */
/* { dg-do run } */

#include "go-panic.h"

static void
stackit (int n)
{
  if (n == 0)
    return;
  stackit (n - 1);
}

static void
main_closure (void)
{
  /* Catch & ignore panic from nil defer below.  */
  void *err = defer_recover ();
  if (err == NULL)
    die ("defer of nil func didn't panic");
  printf ("recovered the nil func's panic\n");
}

int
main (void)
{
  defer (main_closure);
  defer ((void (*) (void)) 0);
  stackit (1000);
  printf ("stackit(1000) returned\n");
  return 0;
}

/* { dg-output "^stackit\\(1000\\) returned\nrecovered the nil func's panic\n\$" } */
