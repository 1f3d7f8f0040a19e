/* Returns times defers of exactly 15 (3 x 5 and 5 x 3) is still open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

/* Three returns, five defers.  */
int
three_by_five (int path)
{
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  if (path == 0)
    return 10;
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  if (path == 1)
    return 11;
  __defer (release, 5); /* { dg-message "open-coded defer" } */
  return 12;
}

/* Five returns, three defers.  */
int
five_by_three (int path)
{
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  if (path == 0)
    return 100;
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  if (path == 1)
    return 101;
  if (path == 2)
    return 102;
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  if (path == 3)
    return 103;
  return 104;
}
