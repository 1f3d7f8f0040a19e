/* A deferred setter overrides the returned value; a conditional one only on the path that deferred it.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
set_int (int *p, int v)
{
  *p = v;
}

static int
always (void)
{
  defer (set_int, defer_result (int), 42);
  return 7;
}

/* An error path rewrites the result, as Go code does with a named err.  */
static int
maybe (int fail)
{
  int *r = defer_result (int);
  if (fail)
    defer (set_int, r, -1);
  return 10;
}

/* Two setters: the older one runs last and wins.  */
static int
twice (void)
{
  int *r = defer_result (int);
  defer (set_int, r, 1);
  defer (set_int, r, 2);
  return 3;
}

int
main (void)
{
  printf ("always %d\n", always ());
  printf ("maybe 0 %d\n", maybe (0));
  printf ("maybe 1 %d\n", maybe (1));
  printf ("twice %d\n", twice ());
  return 0;
}

/* { dg-output "^always 42\nmaybe 0 10\nmaybe 1 -1\ntwice 1\n\$" } */
