/* Go's test/fixedbugs/issue43835.go: when evaluating the operands of an
   assignment to the named result (f) or of the return statement (g, h)
   panics, the result is never assigned: once the deferred closure
   recovers, the functions return zero results (false).  The nil
   dereference *p is a nil check that panics, as Go's fault handler
   would; the operands are evaluated left to right, as Go's are.  Go's h
   (results named _) is g with a named result type in C: both are kept.  */
/* { dg-do run } */

#include <stdbool.h>
#include "go-panic.h"

static void
squelch (void)
{
  defer_recover ();
}

/* *P: Go's nil check.  */
static int
deref (int *p)
{
  if (p == NULL)
    defer_panicf ("runtime error: invalid memory address or nil pointer dereference");
  return *p;
}

static int *volatile nilp;

static bool
f (void)
{
  bool *bad = defer_result (bool);
  bool t1;
  int t2;

  defer (squelch);
  /* bad, _ = true, *p  */
  t1 = true;
  t2 = deref (nilp);
  *bad = t1;
  (void) t2;
  return *bad;
}

struct bool_int
{
  bool b;
  int i;
};

static struct bool_int
g (void)
{
  defer (squelch);
  return (struct bool_int) { true, deref (nilp) };
}

typedef struct bool_int h_result;	/* (_ bool, _ int) */

static h_result
h (void)
{
  defer (squelch);
  return (h_result) { true, deref (nilp) };
}

int
main (void)
{
  if (f ())
    die ("FAIL f");
  if (g ().b)
    die ("FAIL g");
  if (h ().b)
    die ("FAIL h");
  printf ("f, g, h returned false\n");
  return 0;
}

/* { dg-output "^f, g, h returned false\n\$" } */
