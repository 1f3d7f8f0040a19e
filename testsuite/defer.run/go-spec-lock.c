/* The Go spec's lock example: unlocking happens before the surrounding function returns, on every path.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct lock
{
  int held;
};

static void
lock (struct lock *l)
{
  l->held = 1;
  printf ("lock\n");
}

static void
unlock (struct lock *l)
{
  l->held = 0;
  printf ("unlock\n");
}

static int
critical (struct lock *l, int v)
{
  lock (l);
  defer (unlock, l);
  printf ("held %d\n", l->held);
  if (v < 0)
    return -1;
  return v * 2;
}

int
main (void)
{
  struct lock l = { 0 };
  int r = critical (&l, 3);
  printf ("returned %d held %d\n", r, l.held);
  r = critical (&l, -1);
  printf ("returned %d held %d\n", r, l.held);
  return 0;
}

/* { dg-output "^lock\nheld 1\nunlock\nreturned 6 held 0\n" } */
/* { dg-output "lock\nheld 1\nunlock\nreturned -1 held 0\n\$" } */
