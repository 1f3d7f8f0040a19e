/* The end of an exit loop: a function with a loop's defers (heap records)
   ends its loop inline when the chain's top slot is a shallower frame's
   and the top is within __DEFER_SPARE_TRIM (256) slots, 8192 bytes, of
   the reach; else it calls __defer_return, which drops dead frames' slots
   and trims the spares.  Its heap pushes never load the reach: the one
   load of it is the exit's.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-defer-dump" } */

#include <defer.h>

extern void g (int);

void
f (int n)
{
  for (int i = 0; i < n; i++)
    defer (g, i);
}

/* { dg-final { scan-tree-dump "function f: 1 defers" "defer" } } */
/* { dg-final { scan-tree-dump "defer 0 at line 18: heap-allocated" "defer" } } */
/* { dg-final { scan-tree-dump-times "= __defer_thread.reach;" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "if \\(defer_slot_frame\[.0-9\]* > defer_frame\[.0-9\]*\\)" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "defer_slot\[.0-9\]* = defer_top\[.0-9\]* \\+ 8192;" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "if \\(defer_slot\[.0-9\]* >= defer_reach\[.0-9\]*\\)" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "= __defer_return \\(" 1 "defer" } } */
