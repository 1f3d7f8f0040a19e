/* The dump of a function with records: each site's strategy, the frame identity, the inline pushes with the runtime's functions as slow paths, and the exit loop.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump" } */

#include <defer.h>

extern void g (int);

void
f (int n)
{
  defer (g, -1);
  for (int i = 0; i < n; i++)
    defer (g, i);
}

/* The summary line and one line per defer.  */
/* { dg-final { scan-tree-dump "function f: 2 defers, 0 returns" "defer" } } */
/* { dg-final { scan-tree-dump "defer 0 at line 12: stack-allocated" "defer" } } */
/* { dg-final { scan-tree-dump "defer 1 at line 14: heap-allocated \\(in a loop\\)" "defer" } } */
/* The frame is its CFA, announced once at entry (slow path only).  */
/* { dg-final { scan-tree-dump-times "__builtin_dwarf_cfa" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_frame_enter" 1 "defer" } } */
/* One slow path per push (the stack push only makes room there), and
   one per pop in the function's one exit loop, which its landing pad
   shares: the landing pad tells the runtime the frame's sites, runs that
   loop for a panic, and then resumes the panic.  */
/* { dg-final { scan-tree-dump-times "__defer_chain_reach \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_proc \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_return \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_landing_records \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_landing_done \\(" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_resume \\(" 1 "defer" } } */
/* No deferbits: records and open-coded defers never mix.  */
/* { dg-final { scan-tree-dump-not "deferbits" "defer" } } */
