/* -fplugin-arg-defer-dump writes the defer pass's dump; an open-coded function's lowered IL has a deferbits variable.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */

#include <defer.h>

extern void release (int);
extern void work (void);

void
f (int x)
{
  __defer (release, x);
  work ();
}

/* { dg-final { scan-tree-dump "deferbits" "defer" } } */
