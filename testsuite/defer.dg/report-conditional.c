/* Conditions do not change the choice: eight defers each under an if are all open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
f (unsigned mask)
{
  if (mask & 1)
    __defer (release, 0); /* { dg-message "open-coded defer" } */
  if (mask & 2)
    __defer (release, 1); /* { dg-message "open-coded defer" } */
  if (mask & 4)
    __defer (release, 2); /* { dg-message "open-coded defer" } */
  if (mask & 8)
    __defer (release, 3); /* { dg-message "open-coded defer" } */
  if (mask & 16)
    __defer (release, 4); /* { dg-message "open-coded defer" } */
  if (mask & 32)
    __defer (release, 5); /* { dg-message "open-coded defer" } */
  if (mask & 64)
    __defer (release, 6); /* { dg-message "open-coded defer" } */
  if (mask & 128)
    __defer (release, 7); /* { dg-message "open-coded defer" } */
}
