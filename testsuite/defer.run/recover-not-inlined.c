/* defer_recover in a function that the deferred function calls does not recover, even when the deferred function is small and static: a deferred call that a panic makes is never inlined into the landing pad (then the helper would look called by the deferred function's caller, as if the deferred function called defer_recover).  Go: indirect 0, rec boom.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
rec (void)
{
  void *v = defer_recover ();
  printf ("rec %s\n", v ? (char *) v : "nil");
}

static int __attribute__ ((noinline))
inner (void)
{
  return defer_recover () != 0;
}

static void
indirect (void)
{
  printf ("indirect %d\n", inner ());
}

static void
g (void)
{
  defer (indirect);
  defer_panic ((void *) "boom");
}

int
main (void)
{
  defer (rec);
  g ();
  return 0;
}

/* { dg-output "^indirect 0\nrec boom\n" } */
