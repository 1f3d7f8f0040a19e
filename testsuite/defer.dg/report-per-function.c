/* The strategy is chosen per function: nine defers in one function do not affect another's one.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
/* Until records land (issue 3) they are also a sorry.  */
/* { dg-prune-output "sorry, unimplemented" } */

#include <defer.h>

extern void release (int);

void
one (void)
{
  __defer (release, 0); /* { dg-note "open-coded defer" } */
}

void
nine (void)
{
  __defer (release, 1); /* { dg-note "stack-allocated defer" } */
  __defer (release, 2); /* { dg-note "stack-allocated defer" } */
  __defer (release, 3); /* { dg-note "stack-allocated defer" } */
  __defer (release, 4); /* { dg-note "stack-allocated defer" } */
  __defer (release, 5); /* { dg-note "stack-allocated defer" } */
  __defer (release, 6); /* { dg-note "stack-allocated defer" } */
  __defer (release, 7); /* { dg-note "stack-allocated defer" } */
  __defer (release, 8); /* { dg-note "stack-allocated defer" } */
  __defer (release, 9); /* { dg-note "stack-allocated defer" } */
}

void
another_one (void)
{
  __defer (release, 10); /* { dg-note "open-coded defer" } */
}
