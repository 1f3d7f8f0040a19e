/* Compressed debug sections (-gz) are not inflated: the traceback names
   the functions, from .symtab, and shows the executable's path instead of
   a file and line, as without debug information.  */
/* { dg-do run } */
/* { dg-options "-O1 -g -gz" } */
/* { dg-shouldfail "unrecovered panic" } */

#include "traceback.h"

/* { dg-output "panic: leaf 2\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "(\[^\n\]*\n)*leaf\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-compressed\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-compressed\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-compressed\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "walk\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-compressed\\.exe \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t/\[^\n\]+/traceback-compressed\\.exe \\+0x\[0-9a-f\]+\n" } */
