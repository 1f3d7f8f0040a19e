/* Record defers: heap records in a loop, stack records in a function with more than eight defers, recursion, and a longjmp out of frames with records.  */

#include <setjmp.h>
#include <stdio.h>
#include <defer.h>

static jmp_buf env;

static void
say (const char *what, int n)
{
  printf ("%s %d\n", what, n);
}

static int
loop (int n)
{
  defer (say, "loop end", n);
  for (int i = 0; i < n; i++)
    defer (say, "loop", i);
  return n;
}

static void
nine (void)
{
  defer (say, "nine", 1);
  defer (say, "nine", 2);
  defer (say, "nine", 3);
  defer (say, "nine", 4);
  defer (say, "nine", 5);
  defer (say, "nine", 6);
  defer (say, "nine", 7);
  defer (say, "nine", 8);
  defer (say, "nine", 9);
}

static int
depth (int n)
{
  for (int i = 0; i < 2; i++)
    defer (say, "depth", n * 10 + i);
  if (n > 0)
    return depth (n - 1);
  return 0;
}

static void
jump (int n)
{
  for (int i = 0; i < n; i++)
    defer (say, "lost", i);
  longjmp (env, 1);
}

int
main (void)
{
  loop (3);
  nine ();
  depth (1);
  if (setjmp (env) == 0)
    jump (2);
  loop (1);
  return 0;
}

/* { dg-output "^loop 2\nloop 1\nloop 0\nloop end 3\n" } */
/* { dg-output "nine 9\nnine 8\nnine 7\nnine 6\nnine 5\nnine 4\nnine 3\nnine 2\nnine 1\n" } */
/* { dg-output "depth 1\ndepth 0\ndepth 11\ndepth 10\n" } */
/* { dg-output "loop 0\nloop end 1\n\$" } */
