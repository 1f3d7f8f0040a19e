/* Callee-saved registers across a recovered panic: a caller's values in
   rbx, rbp and r12-r15 survive its callee's recovered panic, and every
   frame on the way (with values of its own in those registers, with a
   variable-length array or alloca, with a realigned stack, with a DRAP
   register and CFA expressions) sees its own values in its landing pad.
   The program and its expected output: panic-callee-saved.h.  */
/* { dg-do run } */

#include "panic-callee-saved.h"

/* { dg-output "^x: R 42\ncx: cR 42\npx: R 42\nvx: vR 42\nax: aR 42\n" } */
/* { dg-output "lx: lR 42\ndx: dR 42\ncpcx: ccR 42\ncvaldx: dlavcR 42\n" } */
/* { dg-output "dlavcpx: cvaldR 42\nppdppx: dR 42\ncdcdcx: cdcdcR 42\n" } */
/* { dg-output "lvlvx: vlvlR 42\napdpcx: cdaR 42\nwrong 0\n\$" } */
