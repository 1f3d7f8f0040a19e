/* Three returns times five defers (15, still open-coded): each return path runs the defers executed so far.  */
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
  defer (say, "d2");
  if (path == 0)
    return 10;
  defer (say, "d3");
  defer (say, "d4");
  if (path == 1)
    return 11;
  defer (say, "d5");
  return 12;
}

int
main (void)
{
  int path;
  for (path = 0; path < 3; path++)
    printf ("path %d returned %d\n", path, f (path));
  return 0;
}

/* { dg-output "^d2\nd1\npath 0 returned 10\n" } */
/* { dg-output "d4\nd3\nd2\nd1\npath 1 returned 11\n" } */
/* { dg-output "d5\nd4\nd3\nd2\nd1\npath 2 returned 12\n\$" } */
