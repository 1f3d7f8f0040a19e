/* A user variadic callee reads promoted arguments with va_arg; direct and through a pointer.  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include <defer.h>

/* Each character of KINDS says how to read the next argument:
   i int, d double, s string, l long long.  */
static void
show (const char *tag, const char *kinds, ...)
{
  va_list ap;
  va_start (ap, kinds);
  printf ("%s:", tag);
  for (; *kinds; kinds++)
    switch (*kinds)
      {
      case 'i':
	printf (" %d", va_arg (ap, int));
	break;
      case 'd':
	printf (" %g", va_arg (ap, double));
	break;
      case 's':
	printf (" %s", va_arg (ap, const char *));
	break;
      case 'l':
	printf (" %lld", va_arg (ap, long long));
	break;
      }
  va_end (ap);
  printf ("\n");
}

static void
f (void)
{
  char c = 'A';
  short s = -2;
  float fl = 0.25f;
  long long big = 1LL << 50;
  void (*pshow) (const char *, const char *, ...) = show;
  defer (show, "none", "");
  defer (show, "promoted", "iid", c, s, fl);
  defer (pshow, "pointer", "lsi", big, "x", 3);
  defer (show, "many", "iiiiiiiidddddddddd", 1, 2, 3, 4, 5, 6, 7, 8,
	 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5);
  c = 0;
  s = 0;
  fl = 0;
  big = 0;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^many: 1 2 3 4 5 6 7 8 0\\.5 1\\.5 2\\.5 3\\.5 4\\.5 5\\.5 6\\.5 7\\.5 8\\.5 9\\.5\n" } */
/* { dg-output "pointer: 1125899906842624 x 3\n" } */
/* { dg-output "promoted: 65 -2 0\\.25\n" } */
/* { dg-output "none:\n\$" } */
