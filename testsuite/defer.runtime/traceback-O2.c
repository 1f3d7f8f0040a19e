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
/* { dg-output "(\[^\n\]*\n)*leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:23 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:32 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:39 \\+0x\[0-9a-f\]+\n" } */
