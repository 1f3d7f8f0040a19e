/* A defer inside a statement expression is an error.  */
/* { dg-do compile } */

#include <defer.h>

extern void g (void);

int
f (void)
{
  int v = ({ __defer (g); 0; }); /* { dg-error "statement expression" } */
  return v;
}
