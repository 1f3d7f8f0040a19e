/* Nine defers are one too many for open coding: every defer of the function gets a stack record.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

int
f (int x)
{
  __defer (release, 1); /* { dg-message "stack-allocated defer" } */
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
  __defer (release, 3); /* { dg-message "stack-allocated defer" } */
  __defer (release, 4); /* { dg-message "stack-allocated defer" } */
  __defer (release, 5); /* { dg-message "stack-allocated defer" } */
  __defer (release, 6); /* { dg-message "stack-allocated defer" } */
  __defer (release, 7); /* { dg-message "stack-allocated defer" } */
  __defer (release, 8); /* { dg-message "stack-allocated defer" } */
  __defer (release, 9); /* { dg-message "stack-allocated defer" } */
  return x;
}
