/* traceback.h's frames at -O2: main in .text.startup, its own sequence
   of the line table, and the return address of leaf's call of the
   noreturn defer_panicf past leaf's last instruction (the traceback looks
   up the byte before it).  */
/* { dg-do run } */
/* { dg-options "-O2 -g" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* The first frame is the runtime's function that raised the panic, as
   Go's first is panic (): none of the runtime's frames below it.  */
/* { dg-output "defer_panicf\\(\\.\\.\\.\\)\n\t\[^\n\]+/runtime/panic\\.c:\[0-9\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:23 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:32 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:39 \\+0x\[0-9a-f\]+\n" } */
