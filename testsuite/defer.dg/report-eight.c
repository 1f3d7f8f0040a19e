/* Eight defers, the most open coding allows, are all open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

int
f (int x)
{
  __defer (release, 1); /* { dg-note "open-coded defer" } */
  __defer (release, 2); /* { dg-note "open-coded defer" } */
  __defer (release, 3); /* { dg-note "open-coded defer" } */
  __defer (release, 4); /* { dg-note "open-coded defer" } */
  __defer (release, 5); /* { dg-note "open-coded defer" } */
  __defer (release, 6); /* { dg-note "open-coded defer" } */
  __defer (release, 7); /* { dg-note "open-coded defer" } */
  __defer (release, 8); /* { dg-note "open-coded defer" } */
  return x;
}
