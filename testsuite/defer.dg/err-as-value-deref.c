/* Calling through (*__defer) uses __defer as a value: an error, like any other non-direct use.  */
/* { dg-do compile } */

#include <defer.h>

extern void g (void);

void
through_pointer (void)
{
  (*__defer) (g); /* { dg-error "must be (called directly|directly called)" } */
}
