/* An array argument decays to a pointer at the defer: the deferred call sees the array's contents at exit.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

static void
show3 (const int *a)
{
  printf ("%d %d %d\n", a[0], a[1], a[2]);
}

static void
f (void)
{
  int a[3] = { 1, 2, 3 };
  char buf[16] = "hello";
  defer (show3, a);
  defer (puts, buf);
  a[1] = 20;
  strcpy (buf, "bye");
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^bye\n1 20 3\n\$" } */
