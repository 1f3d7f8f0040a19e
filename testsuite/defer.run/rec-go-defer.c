/* Go's test/defer.go: ten defers in a loop (heap records), direct and variadic callee, print 9876543210.  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static char result[64];

static void
add_int (int i)
{
  sprintf (result + strlen (result), "%d", i);
}

static void
test1helper (void)
{
  int i;
  for (i = 0; i < 10; i++)
    defer (add_int, i);
}

static void
test1 (void)
{
  result[0] = 0;
  test1helper ();
  if (strcmp (result, "9876543210") != 0)
    {
      printf ("test1: bad defer result (should be 9876543210): \"%s\"\n", result);
      abort ();
    }
  printf ("test1 %s\n", result);
}

/* Go's addDotDotDot(v ...interface{}): N values follow.  */
static void
add_dot_dot_dot (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  while (n-- > 0)
    add_int (va_arg (ap, int));
  va_end (ap);
}

static void
test2helper (void)
{
  int i;
  for (i = 0; i < 10; i++)
    defer (add_dot_dot_dot, 1, i);
}

static void
test2 (void)
{
  result[0] = 0;
  test2helper ();
  if (strcmp (result, "9876543210") != 0)
    {
      printf ("test2: bad defer result (should be 9876543210): \"%s\"\n", result);
      abort ();
    }
  printf ("test2 %s\n", result);
}

int
main (void)
{
  test1 ();
  test2 ();
  return 0;
}

/* { dg-output "^test1 9876543210\ntest2 9876543210\n\$" } */
