/* Too few arguments for the deferred function is the direct call's error.  */
/* { dg-do compile } */

#include <defer.h>

extern void two (int, int);

void
f (void (*fp) (int))
{
  __defer (two, 1); /* { dg-error "too few arguments to function" } */
  __defer (fp); /* { dg-error "too few arguments to function" } */
}
