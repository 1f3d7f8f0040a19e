/* -fplugin-arg-defer-strategy=heap: every defer gets a heap record, in loops or not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report -fplugin-arg-defer-strategy=heap" } */

#include <defer.h>

extern void release (int);

void
f (int n)
{
  int i;
  __defer (release, -1); /* { dg-message "heap-allocated defer" } */
  for (i = 0; i < n; i++)
    __defer (release, i); /* { dg-message "heap-allocated defer" } */
}

void
g (void)
{
  __defer (release, 0); /* { dg-message "heap-allocated defer" } */
}
