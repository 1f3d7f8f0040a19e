/* -fanalyzer follows deferred frees (open-coded, and heap records in a loop): no leak, no double free, no uninitialized slot, on any path, through calls it cannot see.  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer" } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct buf
{
  char *data;
  size_t len;
};

static void
buf_release (struct buf *b)
{
  free (b->data);
} /* { dg-bogus "leak|double-.free.|uninitialized" } */

int
one (size_t n)
{
  char *p = malloc (n);
  if (!p)
    return -1;
  defer (free, p); /* { dg-bogus "leak|double-.free.|uninitialized" } */
  p[0] = 'a';
  puts ("one");
  return p[0];
} /* { dg-bogus "leak|double-.free.|uninitialized" } */

int
conditional (size_t n, int c)
{
  char *p = malloc (n);
  char *q = malloc (n);
  defer (free, p); /* { dg-bogus "leak|double-.free.|uninitialized" } */
  if (c)
    defer (free, q); /* { dg-bogus "leak|double-.free.|uninitialized" } */
  else
    free (q);
  if (c > 1)
    return 1;
  puts ("conditional");
  return 0;
} /* { dg-bogus "leak|double-.free.|uninitialized" } */

void
in_loop (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16);
      defer (free, p); /* { dg-bogus "leak|double-.free.|uninitialized" } */
      puts ("in loop");
    }
} /* { dg-bogus "leak|double-.free.|uninitialized" } */

int
by_pointer (size_t n)
{
  struct buf b = { malloc (n), n };
  if (!b.data)
    return -1;
  defer (buf_release, &b); /* { dg-bogus "leak|double-.free.|uninitialized" } */
  b.data[0] = 0;
  return (int) b.len;
} /* { dg-bogus "leak|double-.free.|uninitialized" } */

void
panicking (size_t n)
{
  char *p = malloc (n);
  defer (free, p); /* { dg-bogus "leak|double-.free.|uninitialized" } */
  if (n > 100)
    defer_panicf ("too big: %zu", n);
  puts ("panicking");
} /* { dg-bogus "leak|double-.free.|uninitialized" } */
