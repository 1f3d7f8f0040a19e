/* An old-style (unprototyped) callee gets the default argument promotions, as in the direct call.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void old_style ();

static void
f (void)
{
  float fl = 1.5f;
  char c = 'c';
  short s = -4;
  defer (old_style, fl, c, s);
  fl = 0;
  c = 0;
  s = 0;
}

static void
old_style (d, i, j)
     double d;
     int i;
     int j;
{
  printf ("old %g %c %d\n", d, i, j);
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^old 1\\.5 c -4\n\$" } */
