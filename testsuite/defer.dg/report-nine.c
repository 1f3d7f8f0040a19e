/* Nine defers are one too many for open coding: every defer of the function gets a stack record.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
/* Until records land (issue 3) they are also a sorry.  */
/* { dg-prune-output "sorry, unimplemented" } */

#include <defer.h>

extern void release (int);

int
f (int x)
{
  __defer (release, 1); /* { dg-note "stack-allocated defer" } */
  __defer (release, 2); /* { dg-note "stack-allocated defer" } */
  __defer (release, 3); /* { dg-note "stack-allocated defer" } */
  __defer (release, 4); /* { dg-note "stack-allocated defer" } */
  __defer (release, 5); /* { dg-note "stack-allocated defer" } */
  __defer (release, 6); /* { dg-note "stack-allocated defer" } */
  __defer (release, 7); /* { dg-note "stack-allocated defer" } */
  __defer (release, 8); /* { dg-note "stack-allocated defer" } */
  __defer (release, 9); /* { dg-note "stack-allocated defer" } */
  return x;
}
