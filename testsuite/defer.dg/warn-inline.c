/* -Winline says in the plugin's words why an inline function with records is not inlined (GCC's own reason would be "function not inlinable").  */
/* { dg-do compile } */
/* { dg-options "-O2 -Winline" } */

#include <defer.h>

extern void g (int);

static inline int
looping (int n)
{
  for (int i = 0; i < n; i++)
    defer (g, i); /* { dg-warning "'looping' is never inlined: its heap-allocated defer keeps a record by its frame" } */
  return n;
}

int
h (int n)
{
  return looping (n) + looping (n + 1);
}

/* { dg-bogus "function not inlinable" "" { target *-*-* } 0 } */
