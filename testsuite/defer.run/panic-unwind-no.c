/* With -fplugin-arg-defer-unwind=no, a panic passes the unit's functions without running their defers: here it is unrecovered, and no deferred call runs before the process ends.  */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-defer-unwind=no" } */
/* { dg-shouldfail "unrecovered panic" } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
rescue (void)
{
  defer_recover ();
  say ("recovered");
}

static void
f (void)
{
  defer (say, "f: deferred");
  say ("before");
  defer_panicf ("passes");
}

int
main (void)
{
  defer (rescue);
  f ();
  return 0;
}

/* { dg-output "^before\npanic: passes\n" } */
