/* A function with more than 16 record defers, whose exit code makes one
   call for the defers that make the same call (the same function or the
   same type of function pointer, the same constants, stored arguments of
   the same types): every deferred call still runs once, newest first,
   with its own arguments, on return and under a panic.  Defers that
   differ in a constant, in the function, or in whether the function is
   known must not share: their output differs.  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>

static char out[1024];

static void
note (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  size_t len = strlen (out);
  vsnprintf (out + len, sizeof out - len, fmt, ap);
  va_end (ap);
}

static void g (int v) { note ("g%d ", v); }
static void h (long v) { note ("h%ld ", v); }
static void k (int v) { note ("k%d ", v); }
struct pair { int a, b; };
static void s_take (struct pair p) { note ("s%d.%d ", p.a, p.b); }
static void two (int a, double d) { note ("t%d/%g ", a, d); }

__attribute__ ((noinline)) static int
many (int x, void (*fp) (int), int panics)
{
  defer (g, x);
  defer (g, 3);
  defer (g, x + 1);
  defer (g, 3);
  defer (g, 4);
  defer (h, x);
  defer (fp, x);
  defer (fp, 9);
  defer (fp, x + 2);
  struct pair p = { x, 1 };
  defer (s_take, p);
  p.b = 2;
  defer (s_take, p);
  defer (two, x, 0.5);
  defer (two, x, 0.25);
  double d = x * 1.5;
  defer (two, 1, d);
  defer (g, x + 3);
  defer (k, x);
  defer (k, x + 1);
  defer (h, x + 1);
  if (x > 3)
    defer (g, x * 10);
  if (x > 30)
    defer (g, 99);
  defer (g, x - 1);
  if (panics)
    defer_panicf ("boom %d", x);
  return 2 * x;
}

static void
catch_it (void)
{
  char *msg = defer_recover ();
  note ("| recovered %s", msg ? msg : "nothing");
}

__attribute__ ((noinline)) static int
guarded (int x)
{
  defer (catch_it);
  many (x, k, 1);
  return 1;
}

int
main (void)
{
  int r = many (5, k, 0);
  printf ("%d: %s\n", r, out);
  out[0] = 0;
  r = many (50, k, 0);
  printf ("%d: %s\n", r, out);
  out[0] = 0;
  r = guarded (5);
  printf ("%d: %s\n", r, out);
  return 0;
}

/* { dg-output "^10: g4 g50 h6 k6 k5 g8 t1/7.5 t5/0.25 t5/0.5 s5.2 s5.1 k7 k9 k5 h5 g4 g3 g6 g3 g5 \n" } */
/* { dg-output "100: g49 g99 g500 h51 k51 k50 g53 t1/75 t50/0.25 t50/0.5 s50.2 s50.1 k52 k9 k50 h50 g4 g3 g51 g3 g50 \n" } */
/* { dg-output "0: g4 g50 h6 k6 k5 g8 t1/7.5 t5/0.25 t5/0.5 s5.2 s5.1 k7 k9 k5 h5 g4 g3 g6 g3 g5 \\| recovered boom 5\n\$" } */
