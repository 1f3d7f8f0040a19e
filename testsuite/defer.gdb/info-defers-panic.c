/* gdb's `info defers' while a panic runs the deferred calls: the bits of an open-coded frame are the runtime's then, and a record function's chain holds the landing pad's marker; only the calls not yet started are listed, in both frames.  */
#include <stdio.h>
#include <defer.h>

__attribute__ ((noipa)) void
release (int i)
{
  printf ("release %d\n", i);
}

__attribute__ ((noipa)) void
rescue (void)
{
  printf ("rescue %s\n", (char *) defer_recover ());
}

__attribute__ ((noipa)) void
fail (int n)
{
  defer (release, 1);
  defer (release, 2);
  defer (release, 3);
  if (n)
    defer_panic ("boom");
}

__attribute__ ((noipa)) void
top (int n)
{
  defer (rescue);
  defer (release, 20);
  fail (n);
}

int
main (void)
{
  top (1);
  return 0;
}

/* In fail's deferred call of release (2), after release (3) ran.  */
/* gdb-output: \n#1  fail at [^\n]*info-defers-panic\.c:21\n    defer at [^\n]*info-defers-panic\.c:20: release \(1\) \[@OPEN@\]\n#2  top at [^\n]*info-defers-panic\.c:32\n    defer at [^\n]*info-defers-panic\.c:31: release \(20\) \[@OPEN@\]\n    defer at [^\n]*info-defers-panic\.c:30: rescue \(\) \[@OPEN@\]\n(?!    ) */
/* In top's deferred call of release (20): fail is gone, rescue is left.  */
/* gdb-output: \n#1  top at [^\n]*info-defers-panic\.c:31\n    defer at [^\n]*info-defers-panic\.c:30: rescue \(\) \[@OPEN@\]\n(?!    ) */
/* gdb-output: rescue boom\n */
/* gdb-output: exited normally */
