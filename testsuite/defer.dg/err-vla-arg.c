/* An argument whose size is known only at run time (a struct with a variable-length array member) cannot be stored for the exit: a located error, not a crash.  */
/* { dg-do compile } */

#include <stdio.h>
#include <defer.h>

void take (int n, ...);

void
g (int n)
{
  struct S { int a[n]; } s;
  s.a[0] = 1;
  defer (printf, "%d\n", s); /* { dg-error "cannot defer argument 2 of type 'struct S', whose size is variable" } */
  defer (take, n, s); /* { dg-error "cannot defer argument 2 of type 'struct S'" } */
  defer (take, n, &s); /* a pointer to it is fine */
  defer (take, n, s.a); /* and so is the decayed array */
}
