/* Which stack-record pushes make a run, one test of the chain's room and
   one store of its top for all of them: defer statements one after the
   other with nothing between that calls (a call may push, pop or move
   the chain), or is a label.  An assignment, a defer_result, a
   declaration go on with the run; a call of the next defer's argument,
   a call between, a label, a defer in a loop (a heap record), a read of
   the chain itself end it.
   Every function has more than 8 defers (records) and at most 16 (pushes
   inline).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-defer-dump=details" } */

#include <defer.h>

extern void g (int);
extern int h (int);
extern int x;

#define D3(n) defer (g, n); defer (g, n + 1); defer (g, n + 2);

/* One run of 9.  */
void
nine (void)
{
  D3 (0) D3 (3) D3 (6)
}

/* Between the defers an assignment, a load, a declaration and a
   defer_result: one run of 10.  */
int
between (int a)
{
  D3 (10)
  x = a + 1;
  int b = x * 2;
  *defer_result (int) = b;
  D3 (20)
  defer (g, b);
  D3 (30)
  return b;
}

/* A call between defers 2 and 3, and the call that makes defer 7's
   argument: runs of 3 (defers 0-2), 4 (3-6), 3 (7-9).  */
void
calls (void)
{
  D3 (0)
  h (1);
  D3 (3)
  defer (g, 7);
  defer (g, h (8));
  defer (g, 9); defer (g, 10);
}

/* A label between defers 4 and 5 (a jump may come in there), and a
   branch around defer 8: runs of 5 (defers 0-4) and 3 (5-7); 8 and 9
   alone.  */
void
label (int c)
{
  D3 (0) defer (g, 3); defer (g, 4);
  if (h (c))
    goto in;
 in:
  D3 (5)
  if (c)
    defer (g, 8);
  defer (g, 9);
}

/* A loop's defer (defer 5, a heap record) between two runs: runs of 5
   (defers 0-4) and 5 (6-10).  */
void
loop (int n)
{
  D3 (0) defer (g, 3); defer (g, 4);
  for (int i = 0; i < n; i++)
    defer (g, i);
  D3 (5) defer (g, 8); defer (g, 9);
}

/* A read of the chain's top (defer.h's __defer_thread) between defers 4
   and 5: runs of 5 (defers 0-4) and 4 (5-8).  */
extern __thread struct __defer_chain __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

long
reads_chain (void)
{
  D3 (0) defer (g, 3); defer (g, 4);
  long depth = __defer_thread.top - __defer_thread.base;
  D3 (5) defer (g, 8);
  return depth;
}

/* { dg-final { scan-tree-dump "nine: defer 0 starts a run of 9 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "reads_chain: defer 0 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "reads_chain: defer 5 starts a run of 4 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "between: defer 0 starts a run of 10 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "calls: defer 0 starts a run of 3 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "calls: defer 3 starts a run of 4 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "calls: defer 7 starts a run of 3 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "label: defer 0 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "label: defer 5 starts a run of 3 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "loop: defer 0 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump "loop: defer 6 starts a run of 5 pushes" "defer" } } */
/* { dg-final { scan-tree-dump-times "starts a run of" 11 "defer" } } */
/* Each run's room test calls __defer_chain_reach once, and each push
   outside runs once: eleven runs, and label's defers 8 and 9.  */
/* { dg-final { scan-tree-dump-times "__defer_chain_reach \\(" 13 "defer" } } */
