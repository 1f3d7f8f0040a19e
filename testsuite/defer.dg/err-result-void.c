/* defer_result in a function returning void is an error: there is no result.  */
/* { dg-do compile } */

#include <defer.h>

void
f (void)
{
  int *r = __defer_result ((int *) 0); /* { dg-error "returning void" } */
  (void) r;
}
