/* defer_recover called directly by a deferred GCC nested function recovers, as a Go deferred closure's does: the plugin rewrites the calls in nested functions too.  Go: nf boom, rec <nil>.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
rec (void)
{
  void *v = defer_recover ();
  printf ("rec %s\n", v ? (char *) v : "nil");
}

static void
g (void)
{
  void nf (void)
  {
    void *v = defer_recover ();
    printf ("nf %s\n", v ? (char *) v : "nil");
  }
  defer (nf);
  defer_panic ((void *) "boom");
}

int
main (void)
{
  defer (rec);
  g ();
  printf ("after g\n");
  return 0;
}

/* { dg-output "^nf boom\nafter g\nrec nil\n" } */
