/* Without unwinding (unwind=no), an open-coded function has no landing pad and may be inlined, always_inline included.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-defer-unwind=no" } */

#include <defer.h>

extern void g (int);

static inline __attribute__ ((always_inline)) int
open_coded (int n)
{
  defer (g, n); /* { dg-bogus "always_inline" } */
  return n;
}

int
h (int n)
{
  return open_coded (n) + 1;
}

/* { dg-final { scan-assembler-not "call\[ \t\]+open_coded" } } */
/* { dg-final { scan-assembler "call\[ \t\]+g" } } */
