/* Under -fnon-call-exceptions a statement that may trap may throw, and
   its landing pad would read the chain: a load through a pointer between
   two defers ends their run of pushes (defers 0-4 and 5-9 of
   through_pointer), where a store to a global does not (one run of 10 in
   global).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fnon-call-exceptions -fplugin-arg-defer-dump=details" } */

#include <defer.h>

extern void g (int);
extern int x;

#define D5(n) defer (g, n); defer (g, n + 1); defer (g, n + 2); \
  defer (g, n + 3); defer (g, n + 4);

void
through_pointer (int *p)
{
  D5 (0)
  int v = *p;
  D5 (v)
}

void
global (int a)
{
  D5 (0)
  x = a;
  D5 (a)
}

/* { dg-final { scan-tree-dump "through_pointer: defer 0 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "through_pointer: defer 5 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "global: defer 0 starts a run of 10 pushes" "defer" } } */
/* { dg-final { scan-tree-dump-times "starts a run of" 3 "defer" } } */
