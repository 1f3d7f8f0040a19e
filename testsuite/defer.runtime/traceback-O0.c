/* An unrecovered panic's traceback names every frame's function, static
   ones included, from the executable's .symtab (which dladdr does not
   read), and the file and line of its call from its DWARF 5 line table
   (GCC 12's default): traceback.h's frames at -O0.  */
/* { dg-do run } */
/* { dg-options "-O0 -g" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:23 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:32 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:30 \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback\\.h:39 \\+0x\[0-9a-f\]+\n" } */
