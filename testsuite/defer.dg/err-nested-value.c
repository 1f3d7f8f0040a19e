/* __defer used as a value inside a nested function is an error too (the front end hands nested functions to the plugin's check only with their parent).  */
/* { dg-do compile } */

#include <defer.h>

int
main (void)
{
  void g (void)
  {
    void (*fp) () = __defer; /* { dg-error "must be (called directly|directly called)" } */
    fp ();
  }
  g ();
  return 0;
}
