/* Panics unwind functions with defers built with -fno-asynchronous-unwind-tables or __attribute__ ((optimize)), and recover works from a deferred function (rescue) of such a unit: their unwind tables and landing pads are there whatever the unit's options.  */
/* { dg-do run } */
/* { dg-additional-options "-fno-asynchronous-unwind-tables" } */

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
  void *v = defer_recover ();
  printf ("recovered: %s\n", v ? (char *) v : "NULL");
}

__attribute__ ((noinline, optimize ("O0"))) static int
at_o0 (int x)
{
  defer (say, "at_o0: deferred");
  if (x)
    defer_panicf ("from at_o0 %d", x);
  return x;
}

__attribute__ ((noinline, optimize ("O3"))) static int
at_o3 (int x)
{
  defer (say, "at_o3: deferred");
  return at_o0 (x) + 1;
}

static int
outer (int x)
{
  defer (rescue);
  return at_o3 (x);
}

int
main (void)
{
  outer (0);
  outer (5);
  return 0;
}

/* { dg-output "^at_o0: deferred\nat_o3: deferred\nrecovered: NULL\n" } */
/* { dg-output "at_o0: deferred\nat_o3: deferred\nrecovered: from at_o0 5\n" } */
