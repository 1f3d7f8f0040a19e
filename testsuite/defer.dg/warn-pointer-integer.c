/* Pointer/integer mismatches warn exactly as in the direct call (and the program still compiles).  */
/* { dg-do compile } */

#include <defer.h>

extern void take_int (int);
extern void take_ptr (int *);
extern void take_long_ptr (long *);

void
f (int *p, int i)
{
  __defer (take_int, p); /* { dg-warning "makes integer from pointer without a cast" } */
  __defer (take_ptr, i); /* { dg-warning "makes pointer from integer without a cast" } */
  __defer (take_long_ptr, p); /* { dg-warning "incompatible pointer type" } */
}
