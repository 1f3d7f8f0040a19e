/* Deferred calls with the mistakes a direct call can have: each must draw the direct call's diagnostics in editor mode.  */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct pair
{
  int a, b;
};

void two (int a, int b);
void take (int *p);
void take_pair (struct pair p);

int
f (int x, struct pair p, void (*fp) (int))
{
  char *s = malloc (4);
  defer (two, 1);
  defer (two, 1, 2, 3);
  defer (take, 1.5);
  defer (take, "text");
  defer (take_pair, x);
  defer (printf, "%s\n", x);
  defer (fp);
  defer (x, 1);
  defer (undeclared_function, 1);
  defer (free, s);
  defer (take_pair, p);
  double *r = defer_result (double);
  return x + (int) *r;
}
