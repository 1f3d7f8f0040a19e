/* A function with defers starts with a zero result: falling off its end returns zero unless a deferred call set it.  */
/* { dg-do run } */
/* { dg-additional-options "-Wno-return-type" } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct s
{
  int a;
  double b;
  char *c;
};

static void nothing (void) { }
static void set9 (int *p) { *p = 9; }
static void show (int *p) { printf ("pending %d\n", *p); }

static int
int_zero (void)
{
  defer (nothing);
}

static double
double_zero (void)
{
  defer (nothing);
}

static char *
pointer_zero (void)
{
  defer (nothing);
}

static struct s
struct_zero (void)
{
  defer (nothing);
}

static long long
llong_zero (void)
{
  defer (nothing);
}

static int
set_at_exit (void)
{
  defer (set9, defer_result (int));
}

static int
pending_is_zero (void)
{
  defer (show, defer_result (int));
  return 3;
}

int
main (void)
{
  struct s st;
  if (int_zero () != 0)
    abort ();
  if (double_zero () != 0.0)
    abort ();
  if (pointer_zero () != 0)
    abort ();
  st = struct_zero ();
  if (st.a != 0 || st.b != 0.0 || st.c != 0)
    abort ();
  if (llong_zero () != 0)
    abort ();
  printf ("set at exit %d\n", set_at_exit ());
  printf ("returned %d\n", pending_is_zero ());
  return 0;
}

/* { dg-output "^set at exit 9\npending 3\nreturned 3\n\$" } */
