/* A deferred null function pointer panics when it would run, not at the defer statement.  */
/* { dg-do run } */
/* { dg-shouldfail "deferred call of a null function pointer" } */

#include <stdio.h>
#include <defer.h>

static void (*volatile nothing) (int);

static void
f (void)
{
  defer (nothing, 1);
  printf ("after the defer\n");
}

int
main (void)
{
  f ();
  printf ("not reached\n");
  return 0;
}

/* { dg-output "^after the defer\n" } */
/* { dg-output "panic: runtime error: \[^\n\]*null function pointer\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
