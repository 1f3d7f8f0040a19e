/* __defer has no value: using it is the C front end's void value error.  */
/* { dg-do compile } */

#include <defer.h>

extern void g (void);

int
f (void)
{
  int x = __defer (g); /* { dg-error "void value not ignored" } */
  return x;
}
