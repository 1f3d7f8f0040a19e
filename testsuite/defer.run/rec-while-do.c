/* Defers in while and do-while loops defer one call per iteration, run newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *what, int n)
{
  printf ("%s %d\n", what, n);
}

static void
with_while (int n)
{
  while (n > 0)
    {
      defer (say, "while", n);
      n--;
    }
}

static void
with_do (int n)
{
  do
    defer (say, "do", n);
  while (--n > 0);
}

int
main (void)
{
  with_while (3);
  with_while (0);
  with_do (2);
  with_do (0);
  return 0;
}

/* { dg-output "^while 1\nwhile 2\nwhile 3\n" } */
/* { dg-output "do 1\ndo 2\n" } */
/* { dg-output "do 0\n\$" } */
