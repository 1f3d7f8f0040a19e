/* -fplugin-arg-defer-strategy=heap forces heap records on an open-codable function: same calls, same order, same result.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-defer-strategy=heap" } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
incr (int *r)
{
  ++*r;
}

static int
f (int c)
{
  defer (say, "first");
  if (c)
    defer (say, "conditional");
  defer (incr, defer_result (int));
  return 41;
}

int
main (void)
{
  printf ("%d\n", f (1));
  printf ("%d\n", f (0));
  return 0;
}

/* { dg-output "^conditional\nfirst\n42\nfirst\n42\n\$" } */
