/* Typical cleanup: malloc then defer free, tmpfile then defer fclose; released on every path.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static int live;

static void *
xmalloc (size_t n)
{
  live++;
  return malloc (n);
}

static void
xfree (void *p)
{
  live--;
  free (p);
}

static int
process (const char *text, int fail_early)
{
  char *copy;
  FILE *f;
  copy = xmalloc (strlen (text) + 1);
  defer (xfree, copy);
  strcpy (copy, text);
  if (fail_early)
    return -1;
  f = tmpfile ();
  if (!f)
    return -2;
  defer (fclose, f);
  fputs (copy, f);
  return (int) ftell (f);
}

int
main (void)
{
  int r = process ("hello", 0);
  printf ("process %d live %d\n", r, live);
  r = process ("hello", 1);
  printf ("process %d live %d\n", r, live);
  return 0;
}

/* { dg-output "^process 5 live 0\nprocess -1 live 0\n\$" } */
