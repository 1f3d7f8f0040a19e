/* 16-byte vector arguments (int, float, double, short, char elements) keep every lane.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

typedef int v4si __attribute__ ((vector_size (16)));
typedef float v4sf __attribute__ ((vector_size (16)));
typedef double v2df __attribute__ ((vector_size (16)));
typedef short v8hi __attribute__ ((vector_size (16)));
typedef signed char v16qi __attribute__ ((vector_size (16)));

static void
t_v4si (v4si v)
{
  printf ("v4si %d %d %d %d\n", v[0], v[1], v[2], v[3]);
}

static void
t_v4sf (v4sf v)
{
  printf ("v4sf %g %g %g %g\n", v[0], v[1], v[2], v[3]);
}

static void
t_v2df (v2df v)
{
  printf ("v2df %g %g\n", v[0], v[1]);
}

static void
t_v8hi (v8hi v)
{
  printf ("v8hi %d %d\n", v[0], v[7]);
}

static void
t_v16qi (v16qi v)
{
  printf ("v16qi %d %d\n", v[0], v[15]);
}

/* More vectors than SSE argument registers: the last ones go on the stack.  */
static void
t_many (v4si a, v4si b, v4si c, v4si d, v4si e, v4si f, v4si g, v4si h,
	v4si i, v4si j)
{
  v4si s = a + b + c + d + e + f + g + h + i + j;
  printf ("sum %d %d %d %d\n", s[0], s[1], s[2], s[3]);
}

static void
f (void)
{
  v4si a = { 1, -2, 3, -4 };
  v4sf b = { 0.5f, 1.5f, -2.5f, 3.5f };
  v2df c = { 1e100, -0.25 };
  v8hi d = { -32768, 0, 0, 0, 0, 0, 0, 32767 };
  v16qi e = { -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 127 };
  v4si one = { 1, 1, 1, 1 };
  defer (t_v4si, a);
  defer (t_v4sf, b);
  defer (t_v2df, c);
  defer (t_v8hi, d);
  defer (t_v16qi, e);
  defer (t_many, one, one, one, one, one, one, one, one, one, a);
  a[0] = 0;
  b[1] = 0;
  c[0] = 0;
  d[7] = 0;
  e[15] = 0;
  one[2] = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^sum 10 7 12 5\n" } */
/* { dg-output "v16qi -128 127\n" } */
/* { dg-output "v8hi -32768 32767\n" } */
/* { dg-output "v2df 1e\\+100 -0\\.25\n" } */
/* { dg-output "v4sf 0\\.5 1\\.5 -2\\.5 3\\.5\n" } */
/* { dg-output "v4si 1 -2 3 -4\n\$" } */
