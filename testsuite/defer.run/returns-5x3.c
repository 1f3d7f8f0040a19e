/* Five returns times three defers (15, still open-coded): all five return paths run the right defers.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static int
g (int path)
{
  defer (say, "e1");
  if (path == 0)
    return 100;
  defer (say, "e2");
  if (path == 1)
    return 101;
  if (path == 2)
    return 102;
  defer (say, "e3");
  if (path == 3)
    return 103;
  return 104;
}

int
main (void)
{
  int path;
  for (path = 0; path < 5; path++)
    printf ("path %d returned %d\n", path, g (path));
  return 0;
}

/* { dg-output "^e1\npath 0 returned 100\n" } */
/* { dg-output "e2\ne1\npath 1 returned 101\n" } */
/* { dg-output "e2\ne1\npath 2 returned 102\n" } */
/* { dg-output "e3\ne2\ne1\npath 3 returned 103\n" } */
/* { dg-output "e3\ne2\ne1\npath 4 returned 104\n\$" } */
