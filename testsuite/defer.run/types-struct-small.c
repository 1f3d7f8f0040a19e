/* Small structs (1 to 16 bytes, odd sizes) are passed by value, copied at the defer statement.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct c1 { char c; };
struct c3 { char c[3]; };
struct si { short s; char c; };
struct ii { int a, b; };
struct li { long a; int b; };
struct ll { long a, b; };

static void t_c1 (struct c1 v) { printf ("c1 %c\n", v.c); }
static void t_c3 (struct c3 v) { printf ("c3 %c%c%c\n", v.c[0], v.c[1], v.c[2]); }
static void t_si (struct si v) { printf ("si %d %c\n", v.s, v.c); }
static void t_ii (struct ii v) { printf ("ii %d %d\n", v.a, v.b); }
static void t_li (struct li v) { printf ("li %ld %d\n", v.a, v.b); }
static void t_ll (struct ll v) { printf ("ll %ld %ld\n", v.a, v.b); }

static void
f (void)
{
  struct c1 c1 = { 'a' };
  struct c3 c3 = { { 'x', 'y', 'z' } };
  struct si si = { -300, 'q' };
  struct ii ii = { 1, -2 };
  struct li li = { 1L << 40, 7 };
  struct ll ll = { -5, 6 };
  defer (t_c1, c1);
  defer (t_c3, c3);
  defer (t_si, si);
  defer (t_ii, ii);
  defer (t_li, li);
  defer (t_ll, ll);
  c1.c = '?';
  c3.c[1] = '?';
  si.s = 0;
  ii.b = 0;
  li.a = 0;
  ll.b = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^ll -5 6\n" } */
/* { dg-output "li 1099511627776 7\n" } */
/* { dg-output "ii 1 -2\n" } */
/* { dg-output "si -300 q\n" } */
/* { dg-output "c3 xyz\n" } */
/* { dg-output "c1 a\n\$" } */
