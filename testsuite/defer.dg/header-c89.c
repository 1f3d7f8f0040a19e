/* defer.h in strict C89 says what it needs (variadic macros: C99, or GNU C89).  */
/* { dg-do compile } */
/* { dg-options "-std=c89" } */
/* { dg-error "defer.h needs C99 or later .it uses variadic macros.: compile with -std=c99 or a later standard, or -std=gnu89" "" { target *-*-* } 0 } */

#include <defer.h>

int x;
