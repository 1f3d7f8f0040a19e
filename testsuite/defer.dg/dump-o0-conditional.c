/* At -O0 a conditional defer (inside an if) keeps its deferbits test in the optimized code.  */
/* { dg-do compile } */
/* { dg-options "-O0 -fdump-tree-optimized" } */

#include <defer.h>

extern void release (int);
extern void work (void);

void
f (int c)
{
  if (c)
    __defer (release, 1);
  work ();
}

/* { dg-final { scan-tree-dump "deferbits" "optimized" } } */
