/* Go's test/fixedbugs/issue8047b.go: a deferred nil function run by a
   panic panics in turn; that panic replaces the first (which is aborted),
   and recovering it ends both: main completes normally.  The recovered
   value is the nil call's panic, not the first one's (1).  */
/* { dg-do run } */

#include "go-panic.h"

static void
main_closure (void)
{
  /* This recover recovers the panic caused by the nil defer func g().
     The original panic(1) was already aborted/replaced by this new panic,
     so when this recover is done, the program completes normally.  */
  void *v = defer_recover ();
  printf ("recovered a nil func panic: %s\n",
	  v != NULL && v != GO_INT (1) ? "true" : "false");
}

static void (*volatile g_init) (void);

static void
f (void)
{
  void (*g) (void) = g_init;
  defer (g);
  defer_panic (GO_INT (1));
}

int
main (void)
{
  defer (main_closure);
  f ();
  return 0;
}

/* { dg-output "^recovered a nil func panic: true\n\$" } */
