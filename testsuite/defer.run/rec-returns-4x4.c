/* Four returns times four defers (16 > 15: stack records): each return path runs the defers reached.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static int
f (int path)
{
  defer (say, "d1");
  if (path == 0)
    return 10;
  defer (say, "d2");
  if (path == 1)
    return 11;
  defer (say, "d3");
  if (path == 2)
    return 12;
  defer (say, "d4");
  return 13;
}

int
main (void)
{
  int path;
  for (path = 0; path < 4; path++)
    printf ("path %d returned %d\n", path, f (path));
  return 0;
}

/* { dg-output "^d1\npath 0 returned 10\n" } */
/* { dg-output "d2\nd1\npath 1 returned 11\n" } */
/* { dg-output "d3\nd2\nd1\npath 2 returned 12\n" } */
/* { dg-output "d4\nd3\nd2\nd1\npath 3 returned 13\n\$" } */
