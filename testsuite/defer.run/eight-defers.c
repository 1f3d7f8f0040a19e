/* Exactly eight unconditional defers (the open-coded maximum) all run, newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static int order[8];
static int n;

static void
say (int i)
{
  printf ("deferred %d\n", i);
}

static void
record (int i)
{
  order[n++] = i;
}

/* Falls off its end: no return statement.  */
static void
f (void)
{
  defer (say, 1);
  defer (say, 2);
  defer (say, 3);
  defer (say, 4);
  defer (say, 5);
  defer (say, 6);
  defer (say, 7);
  defer (say, 8);
  printf ("body\n");
}

/* One return statement: 1 x 8 = 8.  */
static int
g (int x)
{
  defer (record, 1);
  defer (record, 2);
  defer (record, 3);
  defer (record, 4);
  defer (record, 5);
  defer (record, 6);
  defer (record, 7);
  defer (record, 8);
  return x + 1;
}

int
main (void)
{
  int i;
  f ();
  if (g (41) != 42 || n != 8)
    abort ();
  for (i = 0; i < 8; i++)
    if (order[i] != 8 - i)
      abort ();
  printf ("g ok\n");
  return 0;
}

/* { dg-output "^body\n" } */
/* { dg-output "deferred 8\ndeferred 7\ndeferred 6\ndeferred 5\n" } */
/* { dg-output "deferred 4\ndeferred 3\ndeferred 2\ndeferred 1\n" } */
/* { dg-output "g ok\n\$" } */
