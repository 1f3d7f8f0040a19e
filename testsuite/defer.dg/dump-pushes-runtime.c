/* A function with 17 record sites, one more than the most whose pushes
   are written inline: each stack record is pushed by __defer_proc_stack
   (Go's deferprocStack), the heap record taken by __defer_proc alone;
   no inline push (no __defer_chain_reach, no spare taken), and still one
   exit loop.  */
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
  D (8) D (9) D (10) D (11) D (12) D (13) D (14) D (15)
  for (int i = 0; i < n; i++)
    defer (g, i);
  return 0;
}

/* { dg-final { scan-tree-dump "function f: 17 defers, 17 returns" "defer" } } */
/* { dg-final { scan-tree-dump "defer 15 at line 20: stack-allocated" "defer" } } */
/* { dg-final { scan-tree-dump "defer 16 at line 22: heap-allocated" "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_proc_stack \\(" 16 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_proc \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-not "__defer_chain_reach" "defer" } } */
/* { dg-final { scan-tree-dump-not "spare" "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_return \\(" 1 "defer" } } */
