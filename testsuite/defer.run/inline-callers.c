/* A static inline function with a defer behaves the same wherever it is called (and possibly inlined).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int depth;

static void
leave (const char *who)
{
  depth--;
  printf ("leave %s depth %d\n", who, depth);
}

static inline int
guarded (const char *who, int v)
{
  depth++;
  defer (leave, who);
  printf ("in %s depth %d\n", who, depth);
  return v + depth;
}

int
main (void)
{
  int a = guarded ("first", 10);
  int b = guarded ("second", 20);
  printf ("a %d b %d depth %d\n", a, b, depth);
  return 0;
}

/* { dg-output "^in first depth 1\nleave first depth 0\n" } */
/* { dg-output "in second depth 1\nleave second depth 0\n" } */
/* { dg-output "a 11 b 21 depth 0\n\$" } */
