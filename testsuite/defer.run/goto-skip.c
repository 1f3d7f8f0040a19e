/* A forward goto that jumps over a defer leaves it unexecuted: its call does not run.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
f (int skip)
{
  printf ("f %d\n", skip);
  defer (say, "always");
  if (skip)
    goto later;
  defer (say, "only without the jump");
later:
  say ("body");
}

int
main (void)
{
  f (0);
  f (1);
  return 0;
}

/* { dg-output "^f 0\nbody\nonly without the jump\nalways\n" } */
/* { dg-output "f 1\nbody\nalways\n\$" } */
