/* Eight defers, the most open coding allows, are all open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

int
f (int x)
{
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  __defer (release, 5); /* { dg-message "open-coded defer" } */
  __defer (release, 6); /* { dg-message "open-coded defer" } */
  __defer (release, 7); /* { dg-message "open-coded defer" } */
  __defer (release, 8); /* { dg-message "open-coded defer" } */
  return x;
}
