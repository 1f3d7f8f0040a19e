/* The classic f1/f2/f3 result puzzles: a deferred increment of the result, of a copy, and of a value read at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
incr (int *p)
{
  (*p)++;
}

static void
add5 (int *p)
{
  *p = *p + 5;
}

static void
add5_copy (int r)
{
  r = r + 5;
  (void) r;
}

/* Go: func f1() (result int) { defer func() { result++ }(); return 0 }  */
static int
f1 (void)
{
  defer (incr, defer_result (int));
  return 0;
}

/* Go: func f2() (r int) { t := 5; defer func() { t = t + 5 }(); return t }  */
static int
f2 (void)
{
  int t = 5;
  defer (add5, &t);
  return t;
}

/* Go: func f3() (r int) { defer func(r int) { r = r + 5 }(r); return 1 }
   The argument r is the pending result read at the defer: zero.  */
static int
f3 (void)
{
  int *r = defer_result (int);
  defer (add5_copy, *r);
  return 1;
}

int
main (void)
{
  printf ("f1 %d\n", f1 ());
  printf ("f2 %d\n", f2 ());
  printf ("f3 %d\n", f3 ());
  return 0;
}

/* { dg-output "^f1 1\nf2 5\nf3 1\n\$" } */
