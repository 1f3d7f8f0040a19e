/* A function with loops but no defer inside them stays open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);
extern void work (int);

void
f (int n)
{
  int i;
  __defer (release, 0); /* { dg-message "open-coded defer" } */
  for (i = 0; i < n; i++)
    work (i);
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  while (n-- > 0)
    work (n);
}
