/* Go's test/fixedbugs/issue48898.go: after nested recovered panics
   (1 recovered; 2 replaced by 3, a deferred call of panic itself,
   recovered), a later panic (4) must run every pending deferred call of
   the frames it unwinds -- the original issue skipped the deferred
   print (x) -- before main's deferred closure recovers it.  Go's print
   and println write to stderr; here, as in the Go twin, the program
   prints on stdout.  Go's function returning [2]int with a local type is
   a function returning a struct.  */
/* { dg-do run } */

#include "go-panic.h"

static void
main_closure (void)
{
  printf ("%d\n", go_int_of (defer_recover ()));
}

struct two { int a[2]; };

static struct two
zero_two (void)
{
  struct two r = { { 0, 0 } };
  return r;
}

static void
closure_1_1 (void)
{
  printf ("closure 1.1: %s\n", go_show (defer_recover ()));
}

static void
closure_1 (void)
{
  defer (closure_1_1);
  defer (defer_panic, GO_INT (3));
  defer_panic (GO_INT (2));
}

static void
closure_2 (void)
{
  printf ("closure 1.2: %s\n", go_show (defer_recover ()));
}

static void
func_1 (void)
{
  defer (closure_1);
  defer (closure_2);
  defer_panic (GO_INT (1));
}

static void
nothing (void)
{
}

static void
func_0 (void)
{
  zero_two ();
  func_1 ();
  defer (nothing);
}

static void
func_2_1 (void)
{
  defer (nothing);
  defer_panic (GO_INT (4));
}

static void
func_2 (int x)
{
  /* In the original issue, this defer was not executed (which is
     incorrect).  */
  defer (printf, "%d", x);
  func_2_1 ();
}

int
main (void)
{
  int x;

  defer (main_closure);
  func_0 ();

  x = 123;
  func_2 (x);
  return 0;
}

/* { dg-output "^closure 1\\.2: 1\nclosure 1\\.1: 3\n1234\n\$" } */
