/* Deferred printf gets the default argument promotions (float to double, char and short to int), at the defer.  */
/* { dg-do run } */

#include <stdbool.h>
#include <stdio.h>
#include <defer.h>

static void
f (void)
{
  int i = 7;
  float fl = 1.5f;
  const char *s = "str";
  char c = 'z';
  short sh = -12;
  unsigned char uc = 200;
  bool b = true;
  long double ld = 2.5L;
  int (*pf) (const char *, ...) = printf;
  defer (printf, "%d %f %s\n", i, fl, s);
  defer (printf, "%c %d %d %d\n", c, sh, uc, b);
  defer (printf, "%Lg %g\n", ld, fl);
  defer (printf, "no arguments\n");
  defer (pf, "through a pointer %d\n", i);
  i = 0;
  fl = 0;
  s = "changed";
  c = 'a';
  sh = 0;
  uc = 0;
  b = false;
  ld = 0;
  pf = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^through a pointer 7\n" } */
/* { dg-output "no arguments\n" } */
/* { dg-output "2\\.5 1\\.5\n" } */
/* { dg-output "z -12 200 1\n" } */
/* { dg-output "7 1\\.500000 str\n\$" } */
