/* A program built with -fanalyzer runs as it does without it: the lowering that keeps the analyzer's view exact (slots, pending bits, __defer_keep) makes the same calls in the same order, on returns, in loops and in panics.  */
/* { dg-do run } */
/* What the analyzer reports is the business of defer.dg's analyzer-*
   tests (and GCC 12's analyzer loses values on the exception paths that
   landing pads add, README): -w.  */
/* { dg-additional-options "-fanalyzer -w" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static void
release (char *p)
{
  printf ("release %s\n", p);
  free (p);
}

static char *
make (const char *s)
{
  size_t n = strlen (s) + 1;
  char *p = malloc (n);
  if (!p)
    abort ();
  memcpy (p, s, n);
  return p;
}

static void
show (int k)
{
  printf ("show %d\n", k);
}

static int
conditional (int c)
{
  defer (release, make ("a"));
  if (c & 1)
    defer (release, make ("b"));
  if (c & 2)
    return 2;
  defer (show, c);
  return 0;
}

static void
in_loop (int n)
{
  defer (show, -1);
  for (int i = 0; i < n; i++)
    {
      char name[8];
      snprintf (name, sizeof name, "l%d", i);
      defer (release, make (name));
    }
  defer (show, -2);
}

static void
recover_it (void)
{
  void *v = defer_recover ();
  printf ("recovered %s\n", v ? (char *) v : "nil");
}

static void
panics (int n)
{
  defer (recover_it);
  defer (release, make ("p"));
  for (int i = 0; i < n; i++)
    defer (show, 100 + i);
  if (n)
    defer_panic ((void *) "boom");
  defer (show, 99);
}

int
main (void)
{
  printf ("%d\n", conditional (0));
  printf ("%d\n", conditional (3));
  in_loop (3);
  panics (2);
  panics (0);
  return 0;
}

/* { dg-output "^show 0\nrelease a\n0\nrelease b\nrelease a\n2\n" } */
/* { dg-output "show -2\nrelease l2\nrelease l1\nrelease l0\nshow -1\n" } */
/* { dg-output "show 101\nshow 100\nrelease p\nrecovered boom\n" } */
/* { dg-output "show 99\nrelease p\nrecovered nil\n\$" } */
