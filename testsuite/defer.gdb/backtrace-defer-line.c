/* A backtrace taken inside a deferred call shows the function whose exit runs it at the defer statement's line, under every strategy.  */
#include <stdio.h>
#include <defer.h>

__attribute__ ((noinline)) void
release (int i)
{
  printf ("release %d\n", i);
}

__attribute__ ((noinline)) int
work (int n)
{
  defer (release, 1);
  defer (release, 2);
  if (n > 3)
    return n;
  return 0;
}

int
main (void)
{
  return work (5) == 5 ? 0 : 1;
}

/* The newest defer runs first: its line, 15; then the older one's, 14.  */
/* gdb-output: #1 [^\n]*work [^\n]* at [^\n]*backtrace-defer-line.c:15\n */
/* gdb-output: #1 [^\n]*work [^\n]* at [^\n]*backtrace-defer-line.c:14\n */
/* gdb-output: exited normally */
