/* __int128 and unsigned __int128 arguments keep all 128 bits.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void
t_i128 (__int128 v)
{
  __int128 want = -(((__int128) 1 << 100) + 7);
  if (v != want)
    abort ();
  printf ("int128 ok\n");
}

static void
t_u128 (unsigned __int128 v)
{
  unsigned long long hi = (unsigned long long) (v >> 64);
  unsigned long long lo = (unsigned long long) v;
  printf ("uint128 %016llx%016llx\n", hi, lo);
}

/* Five 128-bit arguments: the last ones go on the stack.  */
static void
t_many (__int128 a, __int128 b, __int128 c, __int128 d, unsigned __int128 e)
{
  if (a != 1 || b != -2 || c != ((__int128) 3 << 64) || d != 4)
    abort ();
  t_u128 (e);
}

static void
f (void)
{
  __int128 s = -(((__int128) 1 << 100) + 7);
  unsigned __int128 u = ((unsigned __int128) 0x0123456789abcdefULL << 64)
			| 0xfedcba9876543210ULL;
  defer (t_i128, s);
  defer (t_u128, u);
  defer (t_many, 1, -2, (__int128) 3 << 64, 4, u + 1);
  s = 0;
  u = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^uint128 0123456789abcdeffedcba9876543211\n" } */
/* { dg-output "uint128 0123456789abcdeffedcba9876543210\n" } */
/* { dg-output "int128 ok\n\$" } */
