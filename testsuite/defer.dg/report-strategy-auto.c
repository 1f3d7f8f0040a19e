/* -fplugin-arg-defer-strategy=auto is the default choice: open coding where Go's rules allow.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report -fplugin-arg-defer-strategy=auto" } */

#include <defer.h>

extern void release (int);

void
g (int c)
{
  __defer (release, 0); /* { dg-message "open-coded defer" } */
  if (c)
    __defer (release, 1); /* { dg-message "open-coded defer" } */
}
