/* traceback.h's frames from a 64-bit DWARF 5 line table (8-byte lengths
   and .debug_line_str offsets).  */
/* { dg-do run } */
/* { dg-options "-O3 -g -gdwarf64" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:23 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:32 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:39 \\+0x\[0-9a-f\]+\n" } */
