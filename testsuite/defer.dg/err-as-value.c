/* __defer used as a value (cast to a pointer, its address called) instead of being called directly is an error.  */
/* { dg-do compile } */

#include <defer.h>

extern void g (void);

void *
as_pointer (void)
{
  void *p = (void *) __defer; /* { dg-error "must be (called directly|directly called)" } */
  return p;
}

void
through_address (void)
{
  (&__defer) (g); /* { dg-error "must be (called directly|directly called)" } */
}

void
assigned (void)
{
  void (*fp) () = __defer; /* { dg-error "must be (called directly|directly called)" } */
  fp (g);
}
