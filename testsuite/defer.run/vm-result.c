/* defer_result of a pointer-to-array type, variably modified, in a nested function; casts to and sizes of variably modified types in deferred arguments, evaluated at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int arr[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };

static void
show (int n, int (*a)[n])
{
  printf ("%d: %d\n", n, (*a)[n - 1]);
}

static void
size (unsigned long s)
{
  printf ("size %lu\n", s);
}

static void
set (int (**r)[], int (*v)[])
{
  *r = v;
}

static void
outer (int n)
{
  int (*pick (void))[n]
  {
    int (**r)[n] = defer_result (int (*)[n]);
    defer (set, r, (int (*)[]) &arr[1]);
    defer (show, n, (int (*)[n]) arr);
    defer (size, sizeof (int[n]));
    for (int i = 0; i < 2; i++)
      defer (size, sizeof (char[n + i]));
    return 0;
  }
  int (*p)[n] = pick ();
  printf ("%d\n", (*p)[n - 1]);
}

int
main (void)
{
  outer (4);
  return 0;
}

/* { dg-output "^size 5\nsize 4\nsize 16\n4: 3\n4\n\$" } */
