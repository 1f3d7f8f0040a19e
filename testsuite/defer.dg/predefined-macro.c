/* The plugin predefines __DEFER__, a positive version number, and defer.h then compiles.  */
/* { dg-do compile } */

#ifndef __DEFER__
#error "__DEFER__ is not defined"
#endif
#if !(__DEFER__ > 0)
#error "__DEFER__ is not a positive number"
#endif

#include <defer.h>

int defer_version = __DEFER__;

/* The value itself: 100 for version 0.1.  */
/* { dg-final { scan-assembler "defer_version:\n\t\.long\t100\n" } } */
