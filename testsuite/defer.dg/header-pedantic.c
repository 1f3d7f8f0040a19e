/* defer.h compiles without a diagnostic under -std=c99 -pedantic -Werror, and under GNU C89 (whose variadic macros it uses).  */
/* { dg-do compile } */
/* { dg-options "-std=c99 -pedantic -Wall -Wextra -Werror" } */

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
