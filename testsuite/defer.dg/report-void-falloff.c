/* Falling off the end of a void function is not a return statement: 3 returns x 5 defers stays open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
f (int path)
{
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  if (path == 0)
    return;
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  if (path == 1)
    return;
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  if (path == 2)
    return;
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  __defer (release, 5); /* { dg-message "open-coded defer" } */
}
