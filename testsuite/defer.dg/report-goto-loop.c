/* A defer between a label and a later goto to it is in a loop: heap-allocated; the others get stack records.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
f (int n)
{
  __defer (release, -1); /* { dg-message "stack-allocated defer" } */
again:
  __defer (release, n); /* { dg-message "heap-allocated defer" } */
  if (--n > 0)
    goto again;
  __defer (release, -2); /* { dg-message "stack-allocated defer" } */
}
