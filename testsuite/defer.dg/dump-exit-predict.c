/* An exit loop that pops records predicts its inline pop taken (a hot
   label): the slow pop is the loop's only way out, and GCC draws no
   prediction from the cold label there, so it guessed the runtime's pop
   the likely one (70%) and laid the call and the pop before it apart.
   The functions whose records are not popped straight get the hot
   label, the heap records of a loop and the 17 stack records that the
   runtime pushes; the 9 popped straight keep GCC's guess, since their
   loop finds the frame's records gone.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-defer-dump=details -fdump-tree-profile_estimate-details" } */

#include <defer.h>

extern void g (int);

void
loop_of_defers (int n)
{
  for (int i = 0; i < n; i++)
    defer (g, i);
}

void
seventeen (void)
{
  defer (g, 1); defer (g, 2); defer (g, 3); defer (g, 4); defer (g, 5);
  defer (g, 6); defer (g, 7); defer (g, 8); defer (g, 9); defer (g, 10);
  defer (g, 11); defer (g, 12); defer (g, 13); defer (g, 14);
  defer (g, 15); defer (g, 16); defer (g, 17);
}

void
nine (void)
{
  defer (g, 1); defer (g, 2); defer (g, 3); defer (g, 4); defer (g, 5);
  defer (g, 6); defer (g, 7); defer (g, 8); defer (g, 9);
}

/* The strategies: a heap record; stack records pushed by the runtime
   (more than 16 sites); stack records popped straight.  */
/* { dg-final { scan-tree-dump "function loop_of_defers: 1 defers," "defer" } } */
/* { dg-final { scan-tree-dump "defer 0 at line 20: heap-allocated" "defer" } } */
/* { dg-final { scan-tree-dump "function seventeen: 17 defers," "defer" } } */
/* { dg-final { scan-tree-dump "function nine: 9 defers," "defer" } } */
/* { dg-final { scan-tree-dump-times "records popped straight" 1 "defer" } } */
/* One hot label each in the first two functions' exit loops, none in the
   third's.  */
/* { dg-final { scan-tree-dump-times "// predicted likely by hot label predictor" 2 "defer" } } */
/* GCC takes it as the branch's prediction, first match, 90%.  */
/* { dg-final { scan-tree-dump-times "hot label heuristics of edge \[0-9\]+->\[0-9\]+: 90.00%" 2 "profile_estimate" } } */
