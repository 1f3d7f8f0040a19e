/* defer_result with small and large (memory-returned) struct results: deferred calls change fields.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

struct small
{
  int a, b;
};

struct big
{
  long a[6];
  char tag;
};

static void
bump_small (struct small *r)
{
  r->b += 100;
}

static void
bump_big (struct big *r)
{
  r->a[5] = r->a[0] * 10;
  r->tag = 'B';
}

static struct small
make_small (int a)
{
  struct small s = { a, a + 1 };
  defer (bump_small, defer_result (struct small));
  return s;
}

static struct big
make_big (long x)
{
  struct big b = { { x, 0, 0, 0, 0, 0 }, 'a' };
  defer (bump_big, defer_result (struct big));
  return b;
}

int
main (void)
{
  struct small s = make_small (1);
  struct big b;
  printf ("small %d %d\n", s.a, s.b);
  b = make_big (7);
  printf ("big %ld %ld %c\n", b.a[0], b.a[5], b.tag);
  b = make_big (b.a[5]);
  printf ("big %ld %ld %c\n", b.a[0], b.a[5], b.tag);
  return 0;
}

/* { dg-output "^small 1 102\n" } */
/* { dg-output "big 7 70 B\n" } */
/* { dg-output "big 70 700 B\n\$" } */
