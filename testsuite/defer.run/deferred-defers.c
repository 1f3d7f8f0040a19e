/* A deferred function may itself use defer, and a defer's argument may call a function that uses defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
say_int (int n)
{
  printf ("int %d\n", n);
}

static void
inner (int n)
{
  defer (say_int, n * 100);
  printf ("inner %d\n", n);
}

static int
value (int n)
{
  defer (say, "value deferred");
  printf ("value %d\n", n);
  return n;
}

static void
outer (void)
{
  defer (inner, 1);
  defer (say_int, value (2));
  say ("outer body");
}

int
main (void)
{
  outer ();
  say ("done");
  return 0;
}

/* { dg-output "^value 2\nvalue deferred\nouter body\n" } */
/* { dg-output "int 2\ninner 1\nint 100\ndone\n\$" } */
