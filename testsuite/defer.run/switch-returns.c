/* Returns inside switch cases run the function's defers, including those deferred in the case.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

/* Four returns times three defers: 12.  */
static const char *
name (int k)
{
  defer (say, "name done");
  switch (k)
    {
    case 0:
      defer (say, "case 0");
      return "zero";
    case 1:
      return "one";
    case 2:
      break;
    default:
      defer (say, "default");
      return "many";
    }
  return "two";
}

int
main (void)
{
  int k;
  for (k = 0; k < 4; k++)
    printf ("%d is %s\n", k, name (k));
  return 0;
}

/* { dg-output "^case 0\nname done\n0 is zero\n" } */
/* { dg-output "name done\n1 is one\n" } */
/* { dg-output "name done\n2 is two\n" } */
/* { dg-output "default\nname done\n3 is many\n\$" } */
