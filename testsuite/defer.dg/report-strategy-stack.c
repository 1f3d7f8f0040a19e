/* -fplugin-arg-defer-strategy=stack: stack records for defers outside loops, heap records inside them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report -fplugin-arg-defer-strategy=stack" } */

#include <defer.h>

extern void release (int);

void
f (int n)
{
  int i;
  __defer (release, -1); /* { dg-message "stack-allocated defer" } */
  for (i = 0; i < n; i++)
    __defer (release, i); /* { dg-message "heap-allocated defer" } */
}

void
g (void)
{
  __defer (release, 0); /* { dg-message "stack-allocated defer" } */
}
