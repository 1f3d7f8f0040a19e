/* A function with 16 record sites, the most whose pushes are written
   inline: 15 stack pushes with __defer_chain_reach as their slow path,
   and a heap push that takes its slot's spare inline, __defer_proc as
   its slow path; the runtime's __defer_proc_stack is not called.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */

#include <defer.h>

extern void g (int);
extern int h (int);

#define D(k) defer (g, k); if (h (k)) return k;

int
f (int n)
{
  D (0) D (1) D (2) D (3) D (4) D (5) D (6) D (7)
  D (8) D (9) D (10) D (11) D (12) D (13) D (14)
  for (int i = 0; i < n; i++)
    defer (g, i);
  return 0;
}

/* { dg-final { scan-tree-dump "function f: 16 defers, 16 returns" "defer" } } */
/* { dg-final { scan-tree-dump "defer 14 at line 19: stack-allocated" "defer" } } */
/* { dg-final { scan-tree-dump "defer 15 at line 21: heap-allocated" "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_chain_reach \\(" 15 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_proc \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump "spare" "defer" } } */
/* { dg-final { scan-tree-dump-not "__defer_proc_stack" "defer" } } */
