/* A nested function's defers are counted for the nested function alone: 8 + 1 defers are all open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
parent (void)
{
  void inner (int x)
  {
    __defer (release, x); /* { dg-message "open-coded defer" } */
  }
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  __defer (release, 5); /* { dg-message "open-coded defer" } */
  __defer (release, 6); /* { dg-message "open-coded defer" } */
  __defer (release, 7); /* { dg-message "open-coded defer" } */
  __defer (release, 8); /* { dg-message "open-coded defer" } */
  inner (9);
}
