/* __defer with no arguments is an error asking for the function to call.  */
/* { dg-do compile } */

#include <defer.h>

void
f (void)
{
  __defer (); /* { dg-error "function to call" } */
}
