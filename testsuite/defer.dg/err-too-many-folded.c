/* After the direct call's error about too many arguments, the front end still builds (and folds) the call of the arguments it converted; the argument it never finished must not reach the gimplifier (it was a crash hidden behind "confused by earlier errors").  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

#include <defer.h>

void
f (void)
{
  defer (__builtin_abs, (__int128) 1, ({ 1; })); /* { dg-error "too many arguments to function '__builtin_abs'" } */
  defer (__builtin_abs, 1, 2); /* { dg-error "too many arguments to function '__builtin_abs'" } */
}
