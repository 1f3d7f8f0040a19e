/* -fplugin-arg-defer-dangling=no turns the dangling-argument warning off.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dangling=no" } */

#include <defer.h>

struct s { int a; };
extern void use (struct s *);

void
f (int c)
{
  if (c)
    {
      struct s inner = { 2 };
      defer (use, &inner); /* { dg-bogus "deferred argument" } */
    }
}
