/* The strategy is chosen per function: nine defers in one function do not affect another's one.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
one (void)
{
  __defer (release, 0); /* { dg-message "open-coded defer" } */
}

void
nine (void)
{
  __defer (release, 1); /* { dg-message "stack-allocated defer" } */
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
  __defer (release, 3); /* { dg-message "stack-allocated defer" } */
  __defer (release, 4); /* { dg-message "stack-allocated defer" } */
  __defer (release, 5); /* { dg-message "stack-allocated defer" } */
  __defer (release, 6); /* { dg-message "stack-allocated defer" } */
  __defer (release, 7); /* { dg-message "stack-allocated defer" } */
  __defer (release, 8); /* { dg-message "stack-allocated defer" } */
  __defer (release, 9); /* { dg-message "stack-allocated defer" } */
}

void
another_one (void)
{
  __defer (release, 10); /* { dg-message "open-coded defer" } */
}
