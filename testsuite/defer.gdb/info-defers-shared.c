/* In a function with more than 16 record defers, the defers that make the same call share one call in the exit code, yet `info defers' still lists each pending record with its own defer line and argument.  */
#include <stdio.h>
#include <defer.h>

__attribute__ ((noinline)) void
release (int i)
{
  printf ("release %d\n", i);
}

__attribute__ ((noinline)) int
big (int v)
{
  defer (release, v + 0);
  defer (release, v + 1);
  defer (release, v + 2);
  defer (release, v + 3);
  defer (release, v + 4);
  defer (release, v + 5);
  defer (release, v + 6);
  defer (release, v + 7);
  defer (release, v + 8);
  defer (release, v + 9);
  defer (release, v + 10);
  defer (release, v + 11);
  defer (release, v + 12);
  defer (release, v + 13);
  defer (release, v + 14);
  defer (release, v + 15);
  defer (release, v + 16);
  defer (release, v + 17);
  return v;
}

int
main (void)
{
  return big (100) == 100 ? 0 : 1;
}

/* In the first deferred call, release (117): the 17 older ones pending, newest first, each at its own line.  */
/* gdb-output: \n#1  big at [^\n]*\n    defer at [^\n]*info-defers-shared\.c:30: release \(116\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:29: release \(115\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:28: release \(114\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:27: release \(113\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:26: release \(112\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:25: release \(111\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:24: release \(110\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:23: release \(109\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:22: release \(108\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:21: release \(107\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:20: release \(106\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:19: release \(105\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:18: release \(104\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:17: release \(103\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:16: release \(102\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:15: release \(101\) \[@STACK@\]\n    defer at [^\n]*info-defers-shared\.c:14: release \(100\) \[@STACK@\]\n(?!    ) */
/* In the last, release (100): nothing of big's left.  */
/* gdb-output: No pending deferred calls\.\n */
/* gdb-output: exited normally */
