/* A nested function defined inside a statement expression may defer (its defers belong to its own frame), but a defer in a statement expression of the nested function itself is still an error.  */
/* { dg-do compile } */

#include <defer.h>

void p (int);

int
main (void)
{
  int v = ({ int h (int x) { int w = ({ defer (p, x); 1; }); return w; } h (1); }); /* { dg-error "not allowed in a statement expression" } */
  int (*g) (int) = ({ int h2 (int x) { defer (p, x); return 2 * x; } ({ defer (p, 3); h2; }); }); /* { dg-error "not allowed in a statement expression" } */
  return v + g (1);
}
