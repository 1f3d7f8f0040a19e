/* A return runs the deferred calls after the cleanups of the blocks it leaves, and before those of the blocks that end with the function, under every strategy; a function-level VLA is alive during the deferred calls.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
done (const char **p)
{
  printf ("cleanup %s\n", *p);
}

static void
f (int k)
{
  printf ("f (%d)\n", k);
  defer (say, "deferred 1");
  if (k == 0)
    return;
  const char *c __attribute__ ((cleanup (done))) = "c";
  defer (say, "deferred 2");
  if (k == 1)
    return;
  {
    const char *x __attribute__ ((cleanup (done))) = "x";
    if (k == 2)
      return;
  }
  {
    int n = k;
    char vla[n + 1];
    vla[n] = 0;
    if (k == 3)
      return;
  }
  say ("end");
}

static void
g (int n)
{
  char buf[n];
  snprintf (buf, n, "vla of %d", n);
  defer (say, buf);
  if (n > 10)
    return;
  say ("short");
}

int
main (void)
{
  for (int k = 0; k < 5; k++)
    f (k);
  g (9);
  g (12);
  return 0;
}

/* { dg-output "f \\(0\\)\ndeferred 1\n" } */
/* { dg-output "f \\(1\\)\ndeferred 2\ndeferred 1\ncleanup c\n" } */
/* { dg-output "f \\(2\\)\ncleanup x\ndeferred 2\ndeferred 1\ncleanup c\n" } */
/* x's block ends before the tests of k == 3 and k == 4.  */
/* { dg-output "f \\(3\\)\ncleanup x\ndeferred 2\ndeferred 1\ncleanup c\n" } */
/* { dg-output "f \\(4\\)\ncleanup x\nend\ndeferred 2\ndeferred 1\ncleanup c\n" } */
/* { dg-output "short\nvla of 9\nvla of 12\n" } */
