/* Go's test/deferprint.go with printf: deferred variadic calls with 20 arguments and mixed types, in main.  */
/* { dg-do run } */

#include <stdbool.h>
#include <stdio.h>
#include <defer.h>

static const char *
b (bool v)
{
  return v ? "true" : "false";
}

int
main (void)
{
  defer (printf, "%d %s %s %s %g %s %d\n", 42, b (true), b (false), b (true),
	 1.5, "world", (unsigned char) 255);
  defer (printf, "%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n",
	 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
  defer (printf, "printing: ");
  return 0;
}

/* { dg-output "^printing: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20\n" } */
/* { dg-output "42 true false true 1\\.5 world 255\n\$" } */
