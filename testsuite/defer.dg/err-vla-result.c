/* A function whose result has a variable size cannot have defers (its pending result needs a constant size), and a call that returns such a result cannot be deferred: located errors.  */
/* { dg-do compile } */

#include <defer.h>

void p (int);

void
g (int n)
{
  struct S { int a[n]; };
  struct S mk (void)
  {
    struct S s;
    s.a[0] = n;
    defer (p, 1); /* { dg-error "'defer' in 'mk', whose result type 'struct S' has a variable size" } */
    return s;
  }
  struct S mk2 (void)
  {
    struct S *r = defer_result (struct S); /* { dg-error "'defer_result' in 'mk2', whose result type 'struct S' has a variable size" } */
    return *r;
  }
  defer (mk); /* { dg-error "cannot defer a call of 'mk', whose result type 'struct S' has a variable size" } */
  mk2 ();
}
