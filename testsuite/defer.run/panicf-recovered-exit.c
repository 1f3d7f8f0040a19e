/* A recovered defer_panicf's string is the runtime's: the thread's and the process's exit free it once (a double free ended the process with status 134), and its recoverer may read it until another defer_panicf panic ends.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static char *last;

static void
rec (void)
{
  last = defer_recover ();
}

static void
f (int i)
{
  defer (rec);
  defer_panicf ("boom %d", i);
}

int
main (void)
{
  f (1);
  printf ("%s\n", last);
  f (2);
  printf ("%s\n", last);
  return 0;
}

/* { dg-output "^boom 1\nboom 2\n" } */
