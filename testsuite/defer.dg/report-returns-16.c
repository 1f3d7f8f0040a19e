/* Returns times defers of 16 (4 x 4 and 2 x 8) is over Go's limit of 15: stack records.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

/* Four returns, four defers.  */
int
four_by_four (int path)
{
  __defer (release, 1); /* { dg-message "stack-allocated defer" } */
  if (path == 0)
    return 10;
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
  if (path == 1)
    return 11;
  __defer (release, 3); /* { dg-message "stack-allocated defer" } */
  if (path == 2)
    return 12;
  __defer (release, 4); /* { dg-message "stack-allocated defer" } */
  return 13;
}

/* Two returns, eight defers.  */
int
two_by_eight (int path)
{
  __defer (release, 1); /* { dg-message "stack-allocated defer" } */
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
  __defer (release, 3); /* { dg-message "stack-allocated defer" } */
  __defer (release, 4); /* { dg-message "stack-allocated defer" } */
  if (path)
    return 1;
  __defer (release, 5); /* { dg-message "stack-allocated defer" } */
  __defer (release, 6); /* { dg-message "stack-allocated defer" } */
  __defer (release, 7); /* { dg-message "stack-allocated defer" } */
  __defer (release, 8); /* { dg-message "stack-allocated defer" } */
  return 0;
}
