/* In a loop with continue and break, only the iterations that reach the defer add a call.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (int i)
{
  printf ("deferred %d\n", i);
}

static void
f (void)
{
  int i;
  for (i = 0; i < 10; i++)
    {
      if (i % 2)
	continue;
      if (i == 6)
	break;
      defer (say, i);
    }
  printf ("loop ended at %d\n", i);
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^loop ended at 6\ndeferred 4\ndeferred 2\ndeferred 0\n\$" } */
