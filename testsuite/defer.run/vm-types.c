/* Variably modified types that have a constant size work in deferred calls: pointers to variable-length arrays as arguments, in the deferred function's type and in a nested function's parameters.  */
/* { dg-do run } */
/* Deferring the nested function takes its address: a trampoline.  */
/* { dg-prune-output "requires executable stack" } */

#include <stdio.h>
#include <defer.h>

static void
show (int n, int (*a)[n])
{
  printf ("%d: %d %d\n", n, (*a)[0], (*a)[n - 1]);
}

static void
g (int n)
{
  int a[n];
  for (int i = 0; i < n; i++)
    a[i] = i * 10;
  void (*fp) (int, int (*)[n]) = show;
  int (*p)[n] = &a;
  defer (show, n, &a);
  defer (fp, n, p);
  a[n - 1] = -1;
}

static void
h (int n)
{
  char b[n];
  void nested (int m, char (*q)[n])
  {
    printf ("nested %d %zu\n", m, sizeof *q);
  }
  for (int i = 0; i < 2; i++)
    defer (nested, i, &b);
}

int
main (void)
{
  g (3);
  h (5);
  return 0;
}

/* { dg-output "^3: 0 -1\n3: 0 -1\nnested 1 5\nnested 0 5\n\$" } */
