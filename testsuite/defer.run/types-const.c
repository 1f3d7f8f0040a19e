/* const- and volatile-qualified arguments and parameters: values are read once, at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct pair
{
  int a, b;
};

static void t_cint (const int v) { printf ("const int %d\n", v); }
static void t_cpair (const struct pair p) { printf ("const pair %d %d\n", p.a, p.b); }
static void t_cstr (const char *const s) { printf ("const str %s\n", s); }
static void t_int (int v) { printf ("int %d\n", v); }

static const struct pair global_pair = { 3, 4 };

static void
f (void)
{
  const int ci = 5;
  volatile int vi = 6;
  const char *const cs = "constant";
  defer (t_cint, ci);
  defer (t_cpair, global_pair);
  defer (t_cstr, cs);
  defer (t_int, vi);
  defer (t_cint, vi);
  vi = 7;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^const int 6\n" } */
/* { dg-output "int 6\n" } */
/* { dg-output "const str constant\n" } */
/* { dg-output "const pair 3 4\n" } */
/* { dg-output "const int 5\n\$" } */
