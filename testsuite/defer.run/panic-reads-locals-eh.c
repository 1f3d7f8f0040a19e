/* With -fexceptions, the scopes' cleanups run when an exception leaves them: the ends of the variables' lives must not, or the landing pad's deferred call reads a variable whose storage went to another (GCC reused acc's slot: show 0).  */
/* { dg-do run } */
/* { dg-additional-options "-fexceptions" } */

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
