/* The report note of a defer written with the defer macro is on the user's line, not in defer.h.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
/* { dg-prune-output "in expansion of macro" } */

#include <defer.h>

extern void release (int);

void
f (int x)
{
  defer (release, x); /* { dg-message "open-coded defer" } */
}
