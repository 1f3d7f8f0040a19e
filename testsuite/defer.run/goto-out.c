/* A goto out of nested blocks is not an exit: the defers of those blocks run at the function's return.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static int
f (int k)
{
  int r = 0;
  defer (say, "outer");
  {
    defer (say, "block 1");
    {
      defer (say, "block 2");
      if (k == 1)
	goto out;
      say ("inner end");
    }
    if (k == 2)
      goto done;
    say ("block 1 end");
  }
out:
  say ("at out");
  r = 1;
done:
  say ("at done");
  return r;
}

int
main (void)
{
  int k;
  for (k = 0; k < 3; k++)
    printf ("k %d returned %d\n", k, f (k));
  return 0;
}

/* { dg-output "^inner end\nblock 1 end\nat out\nat done\n" } */
/* { dg-output "block 2\nblock 1\nouter\nk 0 returned 1\n" } */
/* { dg-output "at out\nat done\n" } */
/* { dg-output "block 2\nblock 1\nouter\nk 1 returned 1\n" } */
/* { dg-output "inner end\nat done\n" } */
/* { dg-output "block 2\nblock 1\nouter\nk 2 returned 0\n\$" } */
