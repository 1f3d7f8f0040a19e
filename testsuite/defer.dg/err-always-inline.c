/* A function with records is never inlined, so an always_inline one is an error in the plugin's words, not GCC's "function not inlinable"; with unwinding, an open-coded one has a landing pad, and always_inline is ignored with a warning (without, see always-inline-unwind-no.c).  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include <defer.h>

extern void g (int);

static inline __attribute__ ((always_inline)) int
looping (int n)
{
  for (int i = 0; i < n; i++)
    defer (g, i); /* { dg-error "heap-allocated defer in 'looping', which is 'always_inline'" } */
  return n;
}

static inline __attribute__ ((always_inline)) int
open_coded (int n)
{
  defer (g, n); /* { dg-warning "'always_inline' ignored for 'open_coded': its defers need a landing pad" } */
  return n;
}

int
h (int n)
{
  return looping (n) + open_coded (n);
}

/* { dg-bogus "function not inlinable" "" { target *-*-* } 0 } */
