/* Zero cost at -O2: one unconditional open-coded defer leaves no deferbits in the optimized code, without unwinding (with it, only the landing pad gets the bits, as a constant on each path into it: see bench/zero-cost.sh for the hot path).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fdump-tree-optimized -fplugin-arg-defer-unwind=no" } */

#include <defer.h>

extern void release (int);
extern void work (void);

void
f (int x)
{
  __defer (release, x);
  work ();
}

int
g (int *p)
{
  __defer (release, *p);
  work ();
  return *p + 1;
}

/* { dg-final { scan-tree-dump-not "deferbits" "optimized" } } */
