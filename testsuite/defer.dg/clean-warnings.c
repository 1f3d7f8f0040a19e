/* Valid uses of defer draw no warning under -O2 -Wall -Wextra (no maybe-uninitialized slots, no unused temporaries).  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Wextra" } */

#include <stdio.h>
#include <defer.h>

struct pair
{
  int a, b;
};

extern void release (int);
extern void release_pair (struct pair);
extern int work (int);

static void
add (int *r, int k)
{
  *r += k;
}

int
f (int c, int x)
{
  struct pair p = { x, x + 1 };
  int *r = defer_result (int);
  if (c & 1)
    defer (release, x); /* { dg-bogus "uninitialized" } */
  if (c & 2)
    defer (release_pair, p); /* { dg-bogus "uninitialized" } */
  if (c & 4)
    defer (printf, "%d %g\n", x, 1.5); /* { dg-bogus "uninitialized" } */
  defer (add, r, 1); /* { dg-bogus "warning" } */
  if (work (x))
    goto out;
  if (c & 8)
    defer (release, x + 2); /* { dg-bogus "uninitialized" } */
out:
  return work (c);
}
