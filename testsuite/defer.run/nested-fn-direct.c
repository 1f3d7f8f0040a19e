/* A deferred GCC nested function is called directly with its static chain, under every strategy and in landing pads: no trampoline, so the link needs no executable stack (--fatal-warnings turns ld's note into an error), and the nested functions read and write the parent's locals as they are when the deferred calls run.  */
/* { dg-do run } */
/* { dg-additional-options "-Wl,--fatal-warnings" } */

#include <stdio.h>
#include <defer.h>

static int
parent (int n)
{
  int x = 1;
  int sum = 0;
  void add (int k)
  {
    sum += k * x;
    x++;
  }
  void show (const char *what)
  {
    printf ("%s: x %d sum %d\n", what, x, sum);
  }
  void result (int *r)
  {
    *r = sum;
  }
  defer (result, defer_result (int));
  defer (show, "last");
  for (int i = 0; i < n; i++)
    defer (add, i);
  defer (add, 100);
  x = 10;
  return -1;
}

/* A nested function defers its sibling and its own nested function:
   the calls need the chain to the parent's frame, loaded from the
   nested function's own.  */
static int
grandparent (void)
{
  int level = 0;
  void bump (void)
  {
    level += 1;
  }
  int child (void)
  {
    int mine = 5;
    void inner (void)
    {
      mine += level;
      level *= 10;
    }
    defer (bump);
    defer (inner);
    level = 3;
    return mine;
  }
  int r = child ();
  printf ("child returned %d, level %d\n", r, level);
  return level;
}

/* A panic runs the deferred nested functions from the landing pad, and
   one of them recovers.  */
static int
panicking (int n)
{
  int seen = 0;
  void count (int k)
  {
    seen += k;
  }
  void stop (void)
  {
    void *v = defer_recover ();
    printf ("recovered %s, seen %d\n", v ? (char *) v : "nil", seen);
  }
  defer (stop);
  for (int i = 1; i <= n; i++)
    defer (count, i);
  defer (count, 1000);
  seen = -1;
  if (n)
    defer_panic ((void *) "boom");
  return seen;
}

int
main (void)
{
  printf ("parent %d\n", parent (3));
  printf ("grandparent %d\n", grandparent ());
  printf ("panicking %d\n", panicking (3));
  printf ("panicking %d\n", panicking (0));
  return 0;
}

/* x is 10 when the calls start: add (100) adds 1000, add (2) 22,
   add (1) 12, add (0) 0.  */
/* { dg-output "^last: x 14 sum 1034\nparent 1034\n" } */
/* child's result is 5 before its deferred calls run; inner: level 30;
   bump: 31.  */
/* { dg-output "child returned 5, level 31\ngrandparent 31\n" } */
/* { dg-output "recovered boom, seen 1005\npanicking 0\n" } */
/* { dg-output "recovered nil, seen 999\npanicking -1\n\$" } */
