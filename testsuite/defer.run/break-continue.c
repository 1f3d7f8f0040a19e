/* break and continue in a loop next to defers (none inside it), and break out of a switch after a defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
say_int (int n)
{
  printf ("i %d\n", n);
}

static void
f (int limit)
{
  int i;
  defer (say, "before loop");
  for (i = 0; i < 10; i++)
    {
      if (i == 1)
	continue;
      if (i == limit)
	break;
      say_int (i);
    }
  defer (say_int, i);
  say ("f end");
}

static void
g (int k)
{
  switch (k)
    {
    case 1:
      defer (say, "g case 1");
      if (k == 1)
	break;
      say ("not reached");
    }
  say ("g end");
}

int
main (void)
{
  f (3);
  g (1);
  g (2);
  return 0;
}

/* { dg-output "^i 0\ni 2\nf end\ni 3\nbefore loop\n" } */
/* { dg-output "g end\ng case 1\n" } */
/* { dg-output "g end\n\$" } */
