/* traceback.h's frames with -gdwarf-2, whose line table the assembler
   writes as version 3 (no maximum_operations_per_instruction), in one
   .debug_line with the runtime's version 5 tables.  */
/* { dg-do run } */
/* { dg-options "-Os -gdwarf-2" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:23 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:32 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:39 \\+0x\[0-9a-f\]+\n" } */
