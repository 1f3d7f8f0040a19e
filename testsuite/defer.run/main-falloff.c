/* Defers in a main that falls off its end (the implicit return 0) run, and the exit status stays 0.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

int
main (void)
{
  defer (say, "main deferred");
  say ("main body");
}

/* { dg-output "^main body\nmain deferred\n\$" } */
