/* Misuse written with the defer and defer_result macros is reported on the user's line, not in defer.h.  */
/* { dg-do compile } */
/* { dg-prune-output "in expansion of macro" } */

#include <defer.h>

extern void two (int, int);

void
f (void)
{
  defer (two, 1, 2, 3); /* { dg-error "too many arguments to function" } */
}

void
g (void)
{
  int *r = defer_result (int); /* { dg-error "returning void" } */
  (void) r;
}
