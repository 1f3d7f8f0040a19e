/* (*__defer) (g) is a direct call of the builtin, as (*__builtin_trap) () is for GCC's own builtins: it defers g, it is not a use as a value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void g (void);

void
through_deref (void)
{
  (*__defer) (g); /* { dg-message "open-coded defer" } */
}
