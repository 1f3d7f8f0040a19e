/* main's implicit return 0 counts as a return: 2 explicit + 1 implicit returns x 5 defers = 15, open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

int
main (int argc, char **argv)
{
  (void) argv;
  __defer (release, 1); /* { dg-message "open-coded defer" } */
  __defer (release, 2); /* { dg-message "open-coded defer" } */
  if (argc > 5)
    return 1;
  __defer (release, 3); /* { dg-message "open-coded defer" } */
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  if (argc > 3)
    return 2;
  __defer (release, 5); /* { dg-message "open-coded defer" } */
}
