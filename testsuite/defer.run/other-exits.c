/* Ways out of a function other than return run its deferred calls: __builtin_return, and a nested function's goto out to a label of the function around it (the nested function's own defers run; the function around it goes on).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
p (const char *s)
{
  printf ("%s\n", s);
}

static int
forty_two (int x)
{
  return 42 + x;
}

static int
forward (int x)
{
  defer (p, "forward: deferred");
  void *args = __builtin_apply_args ();
  void *result = __builtin_apply ((void (*) ()) forty_two, args, 64);
  __builtin_return (result);
}

static void
outer (int k)
{
  __label__ out;
  defer (p, "outer: deferred");
  void inner (void)
  {
    defer (p, "inner: deferred");
    if (k)
      goto out;
    p ("inner: returns");
  }
  inner ();
  p ("outer: after inner");
  return;
out:
  p ("outer: at out");
}

int
main (void)
{
  printf ("forward (1) = %d\n", forward (1));
  outer (0);
  outer (1);
  return 0;
}

/* { dg-output "^forward: deferred\nforward \\(1\\) = 43\n" } */
/* { dg-output "inner: returns\ninner: deferred\nouter: after inner\nouter: deferred\n" } */
/* { dg-output "inner: deferred\nouter: at out\nouter: deferred\n" } */
