/* Arguments are evaluated at the defer statement: later changes are not seen (Go blog rule 1).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
show (const char *what, int i, double d, const char *s)
{
  printf ("%s %d %g %s\n", what, i, d, s);
}

/* The Go blog's a(): defer fmt.Println(i) prints 0.  */
static void
a (void)
{
  int i = 0;
  defer (printf, "%d\n", i);
  i++;
  return;
}

static void
b (void)
{
  int i = 1;
  double d = 2.5;
  const char *s = "old";
  defer (show, "first", i, d, s);
  i = 10;
  d = 20.5;
  s = "new";
  defer (show, "second", i, d, s);
  i = 100;
  d = 200.5;
  s = "newest";
  printf ("body %d %g %s\n", i, d, s);
}

int
main (void)
{
  a ();
  b ();
  return 0;
}

/* { dg-output "^0\n" } */
/* { dg-output "body 100 200\\.5 newest\n" } */
/* { dg-output "second 10 20\\.5 new\n" } */
/* { dg-output "first 1 2\\.5 old\n\$" } */
