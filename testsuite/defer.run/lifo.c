/* Deferred calls run last-in first-out, after the body, as the function returns.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
f (void)
{
  defer (say, "first deferred");
  defer (say, "second deferred");
  defer (say, "third deferred");
  say ("body");
}

int
main (void)
{
  say ("before");
  f ();
  say ("after");
  return 0;
}

/* { dg-output "^before\n" } */
/* { dg-output "body\n" } */
/* { dg-output "third deferred\n" } */
/* { dg-output "second deferred\n" } */
/* { dg-output "first deferred\n" } */
/* { dg-output "after\n\$" } */
