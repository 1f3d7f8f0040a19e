/* Forward gotos, and a backward goto with no defer between its label and itself, make no loop: open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
forward (int skip)
{
  if (skip)
    goto later;
  __defer (release, 1); /* { dg-message "open-coded defer" } */
later:
  __defer (release, 2); /* { dg-message "open-coded defer" } */
}

void
backward_before (int n)
{
  __defer (release, 0); /* { dg-message "open-coded defer" } */
again:
  if (--n > 0)
    goto again;
  __defer (release, 1); /* { dg-message "open-coded defer" } */
}
