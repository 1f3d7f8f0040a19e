/* In a function with more than 16 record defers, a defer whose call is
   the same as an earlier one's (the same known function or type of
   function pointer, equal constants, stored arguments of the same
   types) makes its call in that defer's case of the exit: here 7 kinds
   of call for 20 defers.  A function of 16 record defers shares
   nothing.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump=details" } */

#include <defer.h>

extern void g (int);
extern void h (long);
struct pair { int a, b; };
extern void s_take (struct pair);
extern int step (int);

int
f (int x, void (*fp) (int), struct pair p)
{
  defer (g, x);		/* 0 */
  defer (g, 3);		/* 1 */
  defer (g, x + 1);	/* 2: as 0 */
  defer (g, 3);		/* 3: as 1 */
  defer (g, 4);		/* 4 */
  defer (h, x);		/* 5 */
  defer (fp, x);	/* 6 */
  defer (fp, x + 2);	/* 7: as 6 */
  defer (s_take, p);	/* 8 */
  p.a++;
  defer (s_take, p);	/* 9: as 8 */
  defer (h, x + 1);	/* 10: as 5 */
  defer (g, x + 2);	/* 11: as 0 */
  defer (g, x + 3);	/* 12: as 0 */
  defer (g, x + 4);	/* 13: as 0 */
  defer (fp, 3);	/* 14 */
  defer (fp, 3);	/* 15: as 14 */
  defer (g, 4);		/* 16: as 4 */
  if (step (x))
    return 1;
  defer (g, x + 5);	/* 17: as 0 */
  defer (g, x + 6);	/* 18: as 0 */
  defer (g, x + 7);	/* 19: as 0 */
  return 0;
}

int
f16 (int x)
{
  defer (g, x); defer (g, x); defer (g, x); defer (g, x);
  defer (g, x); defer (g, x); defer (g, x); defer (g, x);
  defer (g, x); defer (g, x); defer (g, x); defer (g, x);
  defer (g, x); defer (g, x); defer (g, x); defer (g, x);
  return 0;
}

/* { dg-final { scan-tree-dump "function f: 20 defers" "defer" } } */
/* { dg-final { scan-tree-dump "function f16: 16 defers" "defer" } } */
/* { dg-final { scan-tree-dump-times "f: defer \[0-9\]+ makes the exit call of defer" 13 "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 2 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 3 makes the exit call of defer 1\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 7 makes the exit call of defer 6\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 9 makes the exit call of defer 8\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 10 makes the exit call of defer 5\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 11 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 12 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 13 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 15 makes the exit call of defer 14\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 16 makes the exit call of defer 4\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 17 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump "f: defer 19 makes the exit call of defer 0\n" "defer" } } */
/* { dg-final { scan-tree-dump-not "defer (1|4|5|6|8|14) makes the exit call" "defer" } } */
/* { dg-final { scan-tree-dump-not "f16: defer \[0-9\]+ makes the exit call" "defer" } } */
