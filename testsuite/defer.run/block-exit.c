/* A defer inside a block runs when the function returns, not when the block ends (Go semantics).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
f (int c)
{
  say ("start");
  {
    defer (say, "deferred in block");
    say ("in block");
  }
  say ("after block");
  if (c)
    {
      defer (say, "deferred in if");
    }
  else
    {
      defer (say, "deferred in else");
    }
  say ("end");
}

int
main (void)
{
  f (1);
  f (0);
  return 0;
}

/* { dg-output "^start\nin block\nafter block\nend\n" } */
/* { dg-output "deferred in if\ndeferred in block\n" } */
/* { dg-output "start\nin block\nafter block\nend\n" } */
/* { dg-output "deferred in else\ndeferred in block\n\$" } */
