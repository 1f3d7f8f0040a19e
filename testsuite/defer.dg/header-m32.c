/* defer.h under -m32 says that the runtime is x86-64 only.  */
/* { dg-do compile } */
/* { dg-require-effective-target m32 } */
/* { dg-options "-m32" } */
/* { dg-error "defer supports only x86-64 with 64-bit pointers .not -m32 or -mx32." "" { target *-*-* } 0 } */

#include <defer.h>

int x;
