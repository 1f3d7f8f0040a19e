/* Correct uses of defer: no diagnostic at all in editor mode, even with every warning on.  */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct pair
{
  int a, b;
};

static void
show_pair (struct pair p)
{
  printf ("%d %d\n", p.a, p.b);
}

static void
set_int (int *r, int v)
{
  *r = v;
}

static void
nothing (void)
{
}

int
f (int x)
{
  struct pair p = { x, x + 1 };
  char *s = malloc (16);
  if (!s)
    return -1;
  defer (free, s);
  defer (show_pair, p);
  defer (printf, "%d %s\n", x, "done");
  defer (nothing);
  defer (set_int, defer_result (int), 42);
  return x;
}
