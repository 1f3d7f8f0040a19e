/* A transparent-union parameter accepts any member type, as the direct call would.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

typedef union
{
  int *ip;
  long *lp;
} __attribute__ ((transparent_union)) int_or_long_ptr;

static void
show (int_or_long_ptr p, int is_long)
{
  if (is_long)
    printf ("long %ld\n", *p.lp);
  else
    printf ("int %d\n", *p.ip);
}

static void
f (void)
{
  int i = 1;
  long l = 2;
  defer (show, &i, 0);
  defer (show, &l, 1);
  i = 10;
  l = 20;
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^long 20\nint 10\n\$" } */
