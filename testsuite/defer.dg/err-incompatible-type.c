/* An argument of an incompatible type (a struct for an int, an int for a struct) is the direct call's error.  */
/* { dg-do compile } */

#include <defer.h>

struct pair
{
  int a, b;
};

extern void take_int (int);
extern void take_pair (struct pair);

void
f (struct pair p, int i)
{
  __defer (take_int, p); /* { dg-error "incompatible type for argument" } */
  __defer (take_pair, i); /* { dg-error "incompatible type for argument" } */
}
