/* The traceback of a panic in a shared library: the library's frames,
   static functions included, are named from the library's .symtab and
   located by its line table (-g), the program's (no -g) are named from
   the executable's and show its path.  The file is both: the library,
   libtraceback-shared.so, under TRACEBACK_LIBRARY, and the program.  */
/* { dg-do run } */
/* { dg-options "-O1" } */
/* { dg-shared-library "-DTRACEBACK_LIBRARY -O2 -g" } */
/* { dg-shouldfail "unrecovered panic" } */

#include <defer.h>

void traceback_library_entry (int n);

static volatile int sink;

#ifdef TRACEBACK_LIBRARY

static __attribute__ ((noipa)) void
library_leaf (int n)
{
  defer_panicf ("in the library: %d", n);
}

void
traceback_library_entry (int n)
{
  library_leaf (n * 2);
  sink = n;
}

#else

static __attribute__ ((noipa)) void
program_caller (int n)
{
  traceback_library_entry (n + 1);
  sink = n;
}

int
main (void)
{
  program_caller (1);
  sink = 0;
  return 0;
}

#endif

/* { dg-output "panic: in the library: 4\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*library_leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-shared\\.c:22 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "traceback_library_entry\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-shared\\.c:28 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "program_caller\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-shared\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-shared\\.exe \\+0x\[0-9a-f\]+\n" } */
