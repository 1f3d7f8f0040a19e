/* A defer inside a for, while or do loop is heap-allocated; the function's other defers get stack records.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <defer.h>

extern void release (int);

void
in_for (int n)
{
  int i;
  __defer (release, -1); /* { dg-message "stack-allocated defer" } */
  for (i = 0; i < n; i++)
    __defer (release, i); /* { dg-message "heap-allocated defer" } */
  __defer (release, -2); /* { dg-message "stack-allocated defer" } */
}

void
in_while (int n)
{
  while (n-- > 0)
    {
      if (n & 1)
	{
	  __defer (release, n); /* { dg-message "heap-allocated defer" } */
	}
    }
}

void
in_do (int n)
{
  do
    __defer (release, n); /* { dg-message "heap-allocated defer" } */
  while (--n > 0);
}

void
in_nested (int n)
{
  int i, j;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      __defer (release, i * n + j); /* { dg-message "heap-allocated defer" } */
}
