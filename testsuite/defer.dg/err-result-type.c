/* defer_result of a type other than the function's result type is an error.  */
/* { dg-do compile } */

#include <defer.h>

int
f (void)
{
  long *r = __defer_result ((long *) 0); /* { dg-error "defer_result" } */
  (void) r;
  return 0;
}
