/* defer.h compiles under -std=gnu89, whose variadic macros it uses.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu89 -Wall -Wextra -Werror" } */

#include <defer.h>

extern void release (int);

int
f (int x)
{
  defer (release, x);
  return x;
}

/* The defer became the call at the function's exit.  */
/* { dg-final { scan-assembler "call\[ \t\]+release" } } */
