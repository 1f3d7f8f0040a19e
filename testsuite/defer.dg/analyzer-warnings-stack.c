/* -fanalyzer still reports a real leak and a double free through a deferred free, with stack records.  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer -fplugin-arg-defer-strategy=stack" } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

void
leak (size_t n)
{
  char *p = malloc (n);
  char *q = malloc (n);
  defer (free, p); /* { dg-warning "leak of .q." } */
  puts ("leak");
}

void
double_free (size_t n)
{
  char *p = malloc (n);
  defer (free, p); /* { dg-warning "double-.free. of .p." } */
  puts ("double free");
  free (p);
}

void
loop_leak (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16);
      char *q = malloc (16); /* { dg-warning "leak of .q." } */
      defer (free, p);
    }
} /* { dg-warning "leak of .q." } */
