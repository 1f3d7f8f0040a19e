/* The Go spec's example: the deferred call sees the result set to 6 by the return and makes it 42.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
times7 (int *result)
{
  /* The result is accessed after it was set to 6 by the return.  */
  *result *= 7;
}

/* Go: func f() (result int) { defer func() { result *= 7 }(); return 6 }  */
static int
f (void)
{
  defer (times7, defer_result (int));
  return 6;
}

int
main (void)
{
  printf ("f returns %d\n", f ());
  return 0;
}

/* { dg-output "^f returns 42\n\$" } */
