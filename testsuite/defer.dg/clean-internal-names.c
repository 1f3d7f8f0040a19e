/* An error that prints an expression holding a resolved builtin call shows the builtin's own name, never the plugin's internal function.  */
/* { dg-do compile } */

#include <defer.h>

void g (void);

int
f (void)
{
  __defer_result ((int *) 0) (1); /* { dg-error "called object '\\(int \\*\\)__defer_result\\(\\)' is not a function" } */
  (__defer (g)) (); /* { dg-error "called object '__defer\\(0, &g\\)' is not a function" } */
  return 0;
}

/* { dg-bogus "__defer\\.(stmt|result)" "" { target *-*-* } 0 } */
