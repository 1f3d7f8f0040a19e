/* A function with records has one exit per spine level that a return needs, whatever its number of returns: each return stores its result and jumps there, after the cleanups of the blocks it leaves. Unwind=no: no landing pad, whose exit code would count too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump=details -fplugin-arg-defer-strategy=stack -fplugin-arg-defer-unwind=no" } */

#include <defer.h>

extern void g (int);
extern int h (int);
extern void done (int *);

void
f (int n)
{
  defer (g, 1);
  if (h (n))
    return;			/* before c: the outer level's exit */
  int c __attribute__ ((cleanup (done))) = n;
  defer (g, 2);
  if (h (n + 1))
    return;			/* inside c's scope, which ends with f */
  {
    int x __attribute__ ((cleanup (done))) = 3;
    if (h (x))
      return;			/* leaves x's block: x's cleanup first */
  }
  {
    int y = 4;
    if (h (y))
      return;
  }
  h (0);
}				/* falling off the end: c's level */

int
many (int n)
{
  defer (g, 1);
  defer (g, 2);
  switch (h (n))
    {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    case 4: return 14;
    case 5: return 15;
    case 6: return 16;
    case 7: return 17;
    case 8: return 18;
    case 9: return 19;
    case 10: return 20;
    case 11: return 21;
    case 12: return 22;
    case 13: return 23;
    case 14: return 24;
    case 15: return 25;
    case 16: return 26;
    case 17: return 27;
    case 18: return 28;
    case 19: return 29;
    }
  return -1;
}

/* f: two levels, the return before c's declaration at the outer one,
   every other at c's.  */
/* { dg-final { scan-tree-dump "return at line 16: shared exit 1\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 20: shared exit 2\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 24: shared exit 2\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 29: shared exit 2\n" "defer" } } */
/* { dg-final { scan-tree-dump "return at line 32: shared exit 2\n" "defer" } } */
/* many: 21 returns, all at one level (its body declares nothing: the
   outer bind's); it ends with a return, so none is added.  */
/* { dg-final { scan-tree-dump "function many: 2 defers, 21 returns" "defer" } } */
/* { dg-final { scan-tree-dump-times "return at line \[0-9\]+: shared exit 0\n" 21 "defer" } } */
/* Three exits in all (f's two, many's one), each one pop loop and one
   return.  */
/* { dg-final { scan-tree-dump-times "shared exit at spine level" 3 "defer" } } */
/* { dg-final { scan-tree-dump-times "= __defer_return \\(" 3 "defer" } } */
/* { dg-final { scan-tree-dump-times "  return defer_ret" 1 "defer" } } */
/* { dg-final { scan-tree-dump-times "  return;" 2 "defer" } } */
