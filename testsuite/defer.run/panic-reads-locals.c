/* A deferred call that a panic runs reads the function's own variables through pointers the defer statement took, as a normal return's would: the variables are alive in the landing pad, with and without -fexceptions (here without; panic-reads-locals-eh.c with).  The fuzzer's reproducer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
show (unsigned *p)
{
  printf ("show %u\n", *p);
}

static void
rec (void)
{
  void *v = defer_recover ();
  printf ("rec %s\n", v ? (char *) v : "nil");
}

static void
f (unsigned a)
{
  unsigned acc = a ^ 7u;
  defer (show, &acc);
  if (a)
    defer_panic ((void *) "boom");
}

int
main (void)
{
  defer (rec);
  f (1);
  return 0;
}

/* { dg-output "^show 6\nrec boom\n" } */
