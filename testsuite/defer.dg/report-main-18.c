/* main's implicit return 0 counts as a return: 2 explicit + 1 implicit returns x 6 defers = 18, stack records.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
/* Until records land (issue 3) they are also a sorry.  */
/* { dg-prune-output "sorry, unimplemented" } */

#include <defer.h>

extern void release (int);

int
main (int argc, char **argv)
{
  (void) argv;
  __defer (release, 1); /* { dg-note "stack-allocated defer" } */
  __defer (release, 2); /* { dg-note "stack-allocated defer" } */
  if (argc > 5)
    return 1;
  __defer (release, 3); /* { dg-note "stack-allocated defer" } */
  __defer (release, 4); /* { dg-note "stack-allocated defer" } */
  if (argc > 3)
    return 2;
  __defer (release, 5); /* { dg-note "stack-allocated defer" } */
  __defer (release, 6); /* { dg-note "stack-allocated defer" } */
}
