/* Locations of the lowering: each deferred call has its defer line, the exit code around it the return's line where it is written at the return (open-coded) and the closing brace where it is shared (records); none of it has the function's first line. Unwind=no: the landing pad is tested by lines-landing.c.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump=lineno -fplugin-arg-defer-unwind=no" } */

#include <defer.h>

extern void g (int);
extern void g2 (int);
extern int h (int);

int
open_coded (int n)
{
  defer (g, 1);
  if (h (n))
    return 1;
  return 2;
}

int
records (int n)
{
  for (int i = 0; i < n; i++)
    defer (g2, i);
  if (h (n))
    return 3;
  return 4;
}

/* open_coded: the call at its defer line (once per exit), the bit tests
   at each return's line.  */
/* { dg-final { scan-tree-dump-times "lines-exit.c:14:3\\\] g \\(1\\);" 2 "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:16:12\\\] deferbit\[.0-9\]* = __deferbits & 1;" "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:17:10\\\] deferbit\[.0-9\]* = __deferbits & 1;" "defer" } } */
/* records: each return's store and jump at its line, the shared exit
   at the closing brace (line 28), the call at its defer line.  */
/* { dg-final { scan-tree-dump "lines-exit.c:26:12\\\] goto <D\[.0-9\]*>;" "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:27:10\\\] goto <D\[.0-9\]*>;" "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:28:1\\\] defer_rec\[.0-9\]* = __defer_return \\(" "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:28:1\\\] return defer_ret" "defer" } } */
/* { dg-final { scan-tree-dump "lines-exit.c:24:5\\\] g2 \\(defer_val" "defer" } } */
/* No exit code at a function's first line, 12 and 21, which the entry
   code has.  */
/* { dg-final { scan-tree-dump-not "lines-exit.c:12:\[0-9\]*\\\] \[^\n\]*(deferbit\[.0-9\]* = __deferbits|g \\()" "defer" } } */
/* { dg-final { scan-tree-dump-not "lines-exit.c:21:\[0-9\]*\\\] \[^\n\]*(__defer_return|g2 \\()" "defer" } } */
