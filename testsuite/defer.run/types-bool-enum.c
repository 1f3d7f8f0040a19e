/* bool and enum arguments: converted to bool as the direct call would (2 becomes true), enums keep their value.  */
/* { dg-do run } */

#include <stdbool.h>
#include <stdio.h>
#include <defer.h>

enum color { RED, GREEN = 5, BLUE };
enum sign { NEG = -3, POS = 3 };
enum wide { WIDE_MAX = 0xffffffffu };

static void t_bool (bool b) { printf ("bool %d\n", (int) b); }
static void t_Bool (_Bool b) { printf ("_Bool %d\n", (int) b); }
static void t_color (enum color c) { printf ("color %d\n", (int) c); }
static void t_sign (enum sign s) { printf ("sign %d\n", (int) s); }
static void t_wide (enum wide w) { printf ("wide %u\n", (unsigned) w); }

static void
f (void)
{
  bool b = true;
  enum color c = BLUE;
  enum sign s = NEG;
  defer (t_bool, b);
  defer (t_Bool, 2);
  defer (t_bool, 0.5);
  defer (t_color, c);
  defer (t_sign, s);
  defer (t_wide, WIDE_MAX);
  defer (t_color, 5);
  b = false;
  c = RED;
  s = POS;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^color 5\n" } */
/* { dg-output "wide 4294967295\n" } */
/* { dg-output "sign -3\n" } */
/* { dg-output "color 6\n" } */
/* { dg-output "bool 1\n" } */
/* { dg-output "_Bool 1\n" } */
/* { dg-output "bool 1\n\$" } */
