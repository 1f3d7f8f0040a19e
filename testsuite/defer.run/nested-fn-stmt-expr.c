/* A nested function defined in a statement expression (the "lambda" macro idiom) may defer: its defers run at its own exits.  */
/* { dg-do run } */
/* The idiom takes the nested functions' addresses: trampolines.  */
/* { dg-prune-output "requires executable stack" } */

#include <stdio.h>
#include <defer.h>

#define lambda(ret, body) ({ ret __fn__ body __fn__; })

static void
say (const char *what, int x)
{
  printf ("%s %d\n", what, x);
}

int
main (void)
{
  int (*inc) (int) = lambda (int, (int x) { defer (say, "inc", x); return x + 1; });
  int (*twice) (int) = ({ int t (int x) { defer (say, "twice", x); return 2 * x; } t; });
  printf ("%d\n", inc (1));
  printf ("%d\n", twice (5));
  return 0;
}

/* { dg-output "^inc 1\n2\ntwice 5\n10\n\$" } */
