/* A deferred printf is format-checked like the direct call under -Wformat (and -Wall does not crash the compiler).  */
/* { dg-do compile } */
/* { dg-options "-Wall" } */

#include <stdio.h>
#include <defer.h>

void
f (int x, const char *s)
{
  __defer (printf, "%d %s\n", x, s);
  __defer (printf, "%d\n", s); /* { dg-warning "format" } */
}
