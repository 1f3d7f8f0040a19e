/* Which functions with records pop them straight at their exits (each
   site's record tested newest first, then the loop): those whose every
   site is a stack record pushed inline, into which nothing comes back.
   Not a function with a defer in a loop (heap records), one that calls
   setjmp, or one with more than 16 sites (pushes made by the runtime).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-dump=details" } */

#include <setjmp.h>
#include <defer.h>

extern void g (int);
extern int h (int);
static jmp_buf env;

#define D3(n) defer (g, n); defer (g, n + 1); defer (g, n + 2);

void
nine (void)
{
  D3 (0) D3 (3) D3 (6)
}

void
nine_cond (int c)
{
  D3 (0)
  if (h (c))
    {
      D3 (3)
    }
  D3 (6)
}

void
in_loop (int n)
{
  D3 (0) D3 (3) D3 (6)
  for (int i = 0; i < n; i++)
    defer (g, i);
}

void
with_setjmp (void)
{
  D3 (0) D3 (3) D3 (6)
  if (setjmp (env))
    return;
  h (0);
}

void
seventeen (void)
{
  D3 (0) D3 (3) D3 (6) D3 (9) D3 (12)
  defer (g, 15); defer (g, 16);
}

/* { dg-final { scan-tree-dump-times "records popped straight" 2 "defer" } } */
/* { dg-final { scan-tree-dump "function nine: 9 defers, \[0-9\]+ returns\n(\[^\n\]*\n)*records popped straight\n(\[^\n\]*\n)*function nine_cond:" "defer" } } */
/* { dg-final { scan-tree-dump "function nine_cond: 9 defers, \[0-9\]+ returns\n(\[^\n\]*\n)*records popped straight\n(\[^\n\]*\n)*function in_loop:" "defer" } } */
