/* With DEFER_NO_SHORT_NAMES only __defer and __defer_result exist: defer and defer_result stay the program's names.  */
/* { dg-do run } */

#define DEFER_NO_SHORT_NAMES
#include <stdio.h>
#include <defer.h>

#ifdef defer
#error "defer must not be defined with DEFER_NO_SHORT_NAMES"
#endif
#ifdef defer_result
#error "defer_result must not be defined with DEFER_NO_SHORT_NAMES"
#endif

static int defer = 3;

static void
defer_result (int *r, int v)
{
  *r += v;
}

static void
say (int v)
{
  printf ("deferred %d\n", v);
}

static int
f (void)
{
  int *r = __defer_result ((int *) 0);
  __defer (defer_result, r, defer);
  __defer (say, 1);
  return 4;
}

int
main (void)
{
  printf ("f returned %d\n", f ());
  return 0;
}

/* { dg-output "^deferred 1\nf returned 7\n\$" } */
