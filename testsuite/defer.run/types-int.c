/* Integer arguments of every width and signedness keep their value, sign and zero extension.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void t_char (char v) { printf ("char %c\n", v); }
static void t_schar (signed char v) { printf ("schar %d\n", v); }
static void t_uchar (unsigned char v) { printf ("uchar %u\n", v); }
static void t_short (short v) { printf ("short %d\n", v); }
static void t_ushort (unsigned short v) { printf ("ushort %u\n", v); }
static void t_int (int v) { printf ("int %d\n", v); }
static void t_uint (unsigned v) { printf ("uint %u\n", v); }
static void t_long (long v) { printf ("long %ld\n", v); }
static void t_ulong (unsigned long v) { printf ("ulong %lu\n", v); }
static void t_llong (long long v) { printf ("llong %lld\n", v); }
static void t_ullong (unsigned long long v) { printf ("ullong %llu\n", v); }

static void
small_ints (void)
{
  char c = 'x';
  signed char sc = -128;
  unsigned char uc = 255;
  short s = -32768;
  unsigned short us = 65535;
  defer (t_char, c);
  defer (t_schar, sc);
  defer (t_uchar, uc);
  defer (t_short, s);
  defer (t_ushort, us);
  c = 'y';
  sc = 1;
  uc = 2;
  s = 3;
  us = 4;
}

static void
big_ints (void)
{
  int i = -2147483647 - 1;
  unsigned u = 4294967295u;
  long l = -9000000000L;
  unsigned long ul = 18446744073709551615UL;
  long long ll = -1099511627776LL;
  unsigned long long ull = 12345678901234567890ULL;
  defer (t_int, i);
  defer (t_uint, u);
  defer (t_long, l);
  defer (t_ulong, ul);
  defer (t_llong, ll);
  defer (t_ullong, ull);
  i = u = l = ul = ll = ull = 0;
}

int
main (void)
{
  small_ints ();
  big_ints ();
  return 0;
}

/* { dg-output "^ushort 65535\nshort -32768\nuchar 255\nschar -128\nchar x\n" } */
/* { dg-output "ullong 12345678901234567890\nllong -1099511627776\n" } */
/* { dg-output "ulong 18446744073709551615\nlong -9000000000\n" } */
/* { dg-output "uint 4294967295\nint -2147483648\n\$" } */
