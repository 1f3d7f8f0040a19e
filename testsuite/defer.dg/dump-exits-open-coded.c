/* An open-coded function writes its exit at each return, unless the return leaves a block whose cleanup must run before the deferred calls: that return jumps to its level's shared exit. Unwind=no: no landing pad, whose exit code would count too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump=details -fplugin-arg-defer-unwind=no" } */

#include <defer.h>

extern void g (int);
extern int h (int);
extern void done (int *);

void
f (int n)
{
  defer (g, 1);
  if (h (n))
    return;			/* in place */
  int c __attribute__ ((cleanup (done))) = n;
  if (h (n + 1))
    return;			/* in place: c's block ends with f */
  {
    int x __attribute__ ((cleanup (done))) = 3;
    if (h (x))
      return;			/* x's cleanup first: the shared exit */
  }
  {
    int y = 4;
    if (h (y))
      return;			/* in place: y has no cleanup */
  }
  h (0);
}

/* { dg-final { scan-tree-dump "defer 0 at line 14: open-coded" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 16: exit in place\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 19: exit in place\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 23: shared exit 2\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 28: exit in place\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 31: exit in place\n" "defer" } } */
/* { dg-final { scan-tree-dump-times "shared exit at spine level 2\n" 1 "defer" } } */
/* Four exits in place and one shared: five bit tests.  */
/* { dg-final { scan-tree-dump-times "deferbit\[.0-9\]* = __deferbits & 1;" 5 "defer" } } */
