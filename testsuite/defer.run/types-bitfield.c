/* Bit-field values are read at the defer and converted like any integer argument.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct flags
{
  signed int s : 3;
  unsigned int u : 5;
  unsigned long long big : 40;
};

static void t_int (int v) { printf ("int %d\n", v); }
static void t_ull (unsigned long long v) { printf ("ull %llu\n", v); }

static void
f (void)
{
  struct flags fl;
  fl.s = -1;
  fl.u = 31;
  fl.big = 1099511627775ULL;
  defer (t_int, fl.s);
  defer (t_int, fl.u);
  defer (t_ull, fl.big);
  fl.s = 1;
  fl.u = 2;
  fl.big = 3;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^ull 1099511627775\n" } */
/* { dg-output "int 31\n" } */
/* { dg-output "int -1\n\$" } */
