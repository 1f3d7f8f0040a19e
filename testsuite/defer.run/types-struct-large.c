/* Structs larger than 16 bytes, with arrays and nested structs inside, are passed by value, copied at the defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

struct big
{
  long a[4];
  int n;
};

struct named
{
  char name[32];
  struct { short x, y; } pos;
  double weight;
};

static void
t_big (struct big v)
{
  printf ("big %ld %ld %ld %ld %d\n", v.a[0], v.a[1], v.a[2], v.a[3], v.n);
}

static void
t_named (struct named v)
{
  printf ("named %s %d %d %g\n", v.name, v.pos.x, v.pos.y, v.weight);
}

/* Large structs mixed with scalars in registers and on the stack.  */
static void
t_mixed (int i, struct big b, double d, struct named n, char c)
{
  printf ("mixed %d %ld %g %s %c\n", i, b.a[3], d, n.name, c);
}

static void
f (void)
{
  struct big b = { { 10, 20, 30, 40 }, 5 };
  struct named n;
  memset (&n, 0, sizeof n);
  strcpy (n.name, "widget");
  n.pos.x = -1;
  n.pos.y = 2;
  n.weight = 0.5;
  defer (t_big, b);
  defer (t_named, n);
  defer (t_mixed, 1, b, 2.5, n, 'k');
  b.a[0] = b.a[3] = 0;
  b.n = 0;
  strcpy (n.name, "gone");
  n.pos.y = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^mixed 1 40 2\\.5 widget k\n" } */
/* { dg-output "named widget -1 2 0\\.5\n" } */
/* { dg-output "big 10 20 30 40 5\n\$" } */
