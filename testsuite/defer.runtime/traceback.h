/* The program of the traceback-*.c tests: main calls walk, a static
   function that calls itself twice and then leaf, another static
   function, which panics.  Each test builds it with its own options and
   matches the traceback, whose frames must name these functions and,
   with debug information, this file and the line of each frame's call:

     leaf      line 23 (the defer_panicf)
     walk      line 32 (the call of leaf), then twice line 30 (of walk)
     main      line 39 (the call of walk)

   The functions are noipa, so that none is inlined or cloned under
   another name at any level, and a store follows each call, so that no
   call is a tail call.  */

#include <defer.h>

static volatile int sink;

static __attribute__ ((noipa)) void
leaf (int n)
{
  sink = n;
  defer_panicf ("leaf %d", n);
}

static __attribute__ ((noipa)) void
walk (int n)
{
  if (n > 0)
    walk (n - 1);
  else
    leaf (sink + 2);
  sink = n;
}

int
main (void)
{
  walk (2);
  sink = 0;
  return 0;
}
