/* A call in tail position (return g (), or a last call) runs before the defers: it is not a tail call any more.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static int __attribute__ ((noinline))
callee (int x)
{
  printf ("callee %d\n", x);
  return x + 1;
}

static int
returns_call (int x)
{
  defer (say, "deferred after callee");
  return callee (x);
}

static void
last_call (void)
{
  defer (say, "deferred after last call");
  callee (7);
}

static int
recursive_tail (int n)
{
  defer (printf, "unwind %d\n", n);
  if (n == 0)
    return 0;
  return recursive_tail (n - 1);
}

int
main (void)
{
  printf ("returned %d\n", returns_call (1));
  last_call ();
  printf ("recursive returned %d\n", recursive_tail (2));
  return 0;
}

/* { dg-output "^callee 1\ndeferred after callee\nreturned 2\n" } */
/* { dg-output "callee 7\ndeferred after last call\n" } */
/* { dg-output "unwind 0\nunwind 1\nunwind 2\nrecursive returned 0\n\$" } */
