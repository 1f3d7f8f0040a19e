/* A defer of something that is not a function or function pointer is the C front end's error.  */
/* { dg-do compile } */

#include <defer.h>

struct s
{
  int a;
};

void
f (int x, struct s st, char *p)
{
  __defer (x, 1); /* { dg-error "is not a function or function pointer" } */
  __defer (42); /* { dg-error "is not a function or function pointer" } */
  __defer (st); /* { dg-error "is not a function or function pointer" } */
  __defer (p, 0); /* { dg-error "is not a function or function pointer" } */
}
