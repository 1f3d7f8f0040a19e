/* Defers in main run when main returns, before the process exits with main's status.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

int
main (int argc, char **argv)
{
  (void) argv;
  defer (say, "main deferred 1");
  defer (say, "main deferred 2");
  if (argc < 1)
    return 1;
  say ("main body");
  return 0;
}

/* { dg-output "^main body\nmain deferred 2\nmain deferred 1\n\$" } */
