/* Panics through frames with arguments on the stack, with GCC's default
   code for them on x86-64 (arguments pushed, DW_CFA_GNU_args_size at
   calls in frames with a landing pad): every frame's deferred call sees
   its arguments, the struct passed by value among them, and the
   recovering frame returns its result.  The program and its expected
   output: panic-stack-args.h.  */
/* { dg-do run } */

#include "panic-stack-args.h"

/* { dg-output "^nine 0: 3 11 13 101 102\nnine 1: 2 6 12 13 101\n" } */
/* { dg-output "nine 2: 1 5 11 12 13\nouter deferred: 11 12 13 14 15, r 6\n" } */
/* { dg-output "rescue: recovered\nresult 160\n" } */
/* { dg-output "nine 0: 7 11 21 22 23\nouter deferred: 21 22 23 24 25, r 12\n" } */
/* { dg-output "rescue: recovered\nresult 320\n" } */
/* { dg-output "loop: 300 recovered, 1197 deferred calls of nine, 0 wrong\n\$" } */
