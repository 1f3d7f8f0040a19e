/* Go's test/recover5.go: recover takes no arguments, and a call with
   arguments is a compile-time error, as any call of defer_recover with
   arguments is in C; the plugin's rewriting of defer_recover's calls
   leaves such calls to the front end's diagnostic.  */
/* { dg-do compile } */

#include <defer.h>

void
f (void)
{
  (void) defer_recover ();		/* OK */
  (void) defer_recover (1);		/* { dg-error "too many arguments" } */
  (void) defer_recover (1, 2);		/* { dg-error "too many arguments" } */
}
