/* Without debug information, the traceback still names every function,
   static ones included, from the executable's .symtab, and shows the
   executable's path instead of a file and line.  The runtime's own frames
   keep theirs: libdefer.a is built with -g.  */
/* { dg-do run } */
/* { dg-options "-O2" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*defer_panicf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/runtime/panic\\.c:\[0-9\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-nodebug\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-nodebug\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-nodebug\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-nodebug\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-nodebug\\.exe \\+0x\[0-9a-f\]+\n" } */
