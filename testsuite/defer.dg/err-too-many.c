/* Too many arguments for the deferred function is the direct call's error.  */
/* { dg-do compile } */

#include <defer.h>

extern void two (int, int);
extern void none (void);

void
f (void (*fp) (int))
{
  __defer (two, 1, 2, 3); /* { dg-error "too many arguments to function" } */
  __defer (none, 1); /* { dg-error "too many arguments to function" } */
  __defer (fp, 1, 2); /* { dg-error "too many arguments to function" } */
}
