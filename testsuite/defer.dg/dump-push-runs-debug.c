/* At -O0 and -Og, where a debugger stops at each defer statement and
   lists the records the earlier ones pushed, every stack-record push is
   whole: no runs, and each push tests the chain's room (9 + 9 tests);
   -O1 makes the run (one test).  */
/* { dg-do compile } */
/* { dg-options "-O0 -fplugin-arg-defer-dump=details" } */

#include <defer.h>

extern void g (int);

#define D3(n) defer (g, n); defer (g, n + 1); defer (g, n + 2);

void
nine (void)
{
  D3 (0) D3 (3) D3 (6)
}

void __attribute__ ((optimize ("Og")))
nine_og (void)
{
  D3 (0) D3 (3) D3 (6)
}

void __attribute__ ((optimize ("O1")))
nine_o1 (void)
{
  D3 (0) D3 (3) D3 (6)
}

/* { dg-final { scan-tree-dump-not "nine: defer 0 starts a run" "defer" } } */
/* { dg-final { scan-tree-dump-not "nine_og: defer 0 starts a run" "defer" } } */
/* { dg-final { scan-tree-dump "nine_o1: defer 0 starts a run of 9 pushes" "defer" } } */
/* { dg-final { scan-tree-dump-times "__defer_chain_reach \\(" 19 "defer" } } */
