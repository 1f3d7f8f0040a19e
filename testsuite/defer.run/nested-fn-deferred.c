/* A parent defers a GCC nested function, which sees the parent's locals as they are at the parent's exit.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int
parent (void)
{
  int x = 1;
  void show (void)
  {
    printf ("x at exit %d\n", x);
  }
  void show_arg (int v)
  {
    printf ("x at defer %d, at exit %d\n", v, x);
  }
  void bump (int *r)
  {
    *r += x;
  }
  defer (show);
  defer (show_arg, x);
  defer (bump, defer_result (int));
  x = 5;
  return 10;
}

int
main (void)
{
  printf ("parent returned %d\n", parent ());
  return 0;
}

/* { dg-output "^x at defer 1, at exit 5\nx at exit 5\nparent returned 15\n\$" } */
