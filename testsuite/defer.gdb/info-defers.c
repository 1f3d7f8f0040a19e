/* gdb's `info defers' (gdb/defer-gdb.py) lists each frame's pending deferred calls, newest first, with their defer lines, functions and arguments: open-coded defers by their bits (a conditional defer not taken is not listed), stack records and heap records made in a loop, across two frames, while a frame runs its deferred calls too.  */
#include <stdio.h>
#include <defer.h>

__attribute__ ((noipa)) void
probe (void)
{
  printf ("probe\n");
}

__attribute__ ((noipa)) void
release (int i)
{
  printf ("release %d\n", i);
}

__attribute__ ((noipa)) void
say (const char *s, long n)
{
  printf ("%s %ld\n", s, n);
}

__attribute__ ((noipa)) int
inner (int n)
{
  int k = n * 2;
  defer (release, 1);
  if (n > 100)
    defer (release, 2);
  defer (say, "inner", k);
  probe ();
  return n;
}

__attribute__ ((noipa)) int
outer (int n)
{
  int total = 0;
  defer (say, "outer", n);
  for (int i = 0; i < 3; i++)
    defer (release, 10 + i);
  total += inner (n);
  return total;
}

int
main (void)
{
  return outer (5) == 5 ? 0 : 1;
}

/* @OPEN@ and @STACK@ are the strategy of inner's defers and of outer's
   first defer under the options (gdb.exp); outer's loop is always heap.  */
/* Nothing is pending when main starts.  */
/* gdb-output: No pending deferred calls\.\n */
/* In probe: inner's two defers that ran (not the conditional one), then outer's four.  */
/* gdb-output: \n#1  inner at [^\n]*info-defers\.c:31\n    defer at [^\n]*info-defers\.c:30: say \("inner", 10\) \[@OPEN@\]\n    defer at [^\n]*info-defers\.c:27: release \(1\) \[@OPEN@\]\n#2  outer at [^\n]*info-defers\.c:42\n    defer at [^\n]*info-defers\.c:41: release \(12\) \[heap\]\n    defer at [^\n]*info-defers\.c:41: release \(11\) \[heap\]\n    defer at [^\n]*info-defers\.c:41: release \(10\) \[heap\]\n    defer at [^\n]*info-defers\.c:39: say \("outer", 5\) \[@STACK@\]\n(?!    ) */
/* In inner's deferred call of say: release (1) is still pending.  The frame's line is gdb's, as in its backtrace: the defer's, or at -O2 the return's, where GCC gives the call that line.  */
/* gdb-output: \n#1  inner at [^\n]*info-defers\.c:3[02]\n    defer at [^\n]*info-defers\.c:27: release \(1\) \[@OPEN@\]\n#2  outer at [^\n]*info-defers\.c:42\n    defer at [^\n]*info-defers\.c:41: release \(12\) \[heap\]\n */
/* In outer's deferred call of release (11): release (10) and say.  */
/* gdb-output: \n#1  outer at [^\n]*info-defers\.c:41\n    defer at [^\n]*info-defers\.c:41: release \(10\) \[heap\]\n    defer at [^\n]*info-defers\.c:39: say \("outer", 5\) \[@STACK@\]\n(?!    ) */
/* gdb-output: exited normally */
