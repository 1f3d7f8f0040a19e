/* A switch that enters past a defer does not execute it; falling through into a defer does.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
f (int k)
{
  printf ("f %d\n", k);
  switch (k)
    {
    case 0:
      defer (say, "deferred at case 0");
      /* Fall through.  */
    case 1:
      defer (say, "deferred at case 1");
      {
	say ("body");
	break;
      }
    default:
      say ("default");
    }
}

int
main (void)
{
  f (0);
  f (1);
  f (2);
  return 0;
}

/* { dg-output "^f 0\nbody\ndeferred at case 1\ndeferred at case 0\n" } */
/* { dg-output "f 1\nbody\ndeferred at case 1\n" } */
/* { dg-output "f 2\ndefault\n\$" } */
