/* -fplugin-arg-defer-report notes "open-coded defer" at a defer of a simple function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
f (int x)
{
  __defer (release, x); /* { dg-message "open-coded defer" } */
}
