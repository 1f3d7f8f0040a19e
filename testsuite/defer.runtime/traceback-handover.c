/* The traceback of a panic that the runtime's unwinder hands to GCC's
   midway, at a frame whose CFA is a DWARF expression (realigned: a local
   aligned to 64 bytes beside a variable-length array): every frame once,
   in order, the runtime's and the handover's own frames left out.  The
   deferred calls below and above that frame run first, newest first.  */
/* { dg-do run } */
/* { dg-options "-O2 -g" } */
/* { dg-shouldfail "unrecovered panic" } */

#include <defer.h>
#include <stdio.h>

static volatile int sink;

static void
say (const char *what)
{
  printf ("%s\n", what);
}

static __attribute__ ((noipa)) void
leaf (int n)
{
  defer (say, "leaf's defer");
  if (n >= 0)
    defer_panicf ("leaf %d", n);
  sink = n;
}

static __attribute__ ((noipa)) void
fill (char *a, char *b, int n)
{
  a[0] = b[0] = (char) n;
}

static __attribute__ ((noipa)) void
realigned (int n)
{
  char buf[64] __attribute__ ((aligned (64)));
  char vla[n + 1];

  fill (buf, vla, n);
  leaf (vla[0]);
  sink = buf[0] + vla[n];
}

static __attribute__ ((noipa)) void
outer (int n)
{
  defer (say, "outer's defer");
  realigned (n);
  sink = n;
}

int
main (void)
{
  outer (3);
  sink = 0;
  return 0;
}

/* { dg-output "leaf's defer\n" } */
/* { dg-output "outer's defer\n" } */
/* { dg-output "panic: leaf 3\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "defer_panicf\\(\\.\\.\\.\\)\n\t\[^\n\]+/runtime/panic\\.c:\[0-9\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-handover\\.c:26 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "realigned\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-handover\\.c:43 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "outer\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-handover\\.c:51 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-handover\\.c:58 \\+0x\[0-9a-f\]+\n" } */
