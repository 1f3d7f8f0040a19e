/* panic-callee-saved.c with -fno-omit-frame-pointer: every frame keeps
   rbp as its frame pointer and its CFA rule is rbp-based, as at -O0, at
   every level.  The program and its expected output:
   panic-callee-saved.h.  */
/* { dg-do run } */
/* { dg-additional-options "-fno-omit-frame-pointer" } */

#include "panic-callee-saved.h"

/* { dg-output "^x: R 42\ncx: cR 42\npx: R 42\nvx: vR 42\nax: aR 42\n" } */
/* { dg-output "lx: lR 42\ndx: dR 42\ncpcx: ccR 42\ncvaldx: dlavcR 42\n" } */
/* { dg-output "dlavcpx: cvaldR 42\nppdppx: dR 42\ncdcdcx: cdcdcR 42\n" } */
/* { dg-output "lvlvx: vlvlR 42\napdpcx: cdaR 42\nwrong 0\n\$" } */
