/* main's implicit return 0 counts as a return: 2 explicit + 1 implicit returns x 6 defers = 18, stack records.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

int
main (int argc, char **argv)
{
  (void) argv;
  __defer (release, 1); /* { dg-message "stack-allocated defer" } */
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
  if (argc > 5)
    return 1;
  __defer (release, 3); /* { dg-message "stack-allocated defer" } */
  __defer (release, 4); /* { dg-message "stack-allocated defer" } */
  if (argc > 3)
    return 2;
  __defer (release, 5); /* { dg-message "stack-allocated defer" } */
  __defer (release, 6); /* { dg-message "stack-allocated defer" } */
}
