/* Each of eight defers under its own argument flag: one call per bit position 0..7 runs only that defer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
mark (int i)
{
  printf ("ran %d\n", i);
}

static void __attribute__ ((noinline))
run (int c0, int c1, int c2, int c3, int c4, int c5, int c6, int c7)
{
  if (c0)
    defer (mark, 0);
  if (c1)
    defer (mark, 1);
  if (c2)
    defer (mark, 2);
  if (c3)
    defer (mark, 3);
  if (c4)
    defer (mark, 4);
  if (c5)
    defer (mark, 5);
  if (c6)
    defer (mark, 6);
  if (c7)
    defer (mark, 7);
  printf ("body\n");
}

int
main (void)
{
  run (1, 0, 0, 0, 0, 0, 0, 0);
  run (0, 1, 0, 0, 0, 0, 0, 0);
  run (0, 0, 1, 0, 0, 0, 0, 0);
  run (0, 0, 0, 1, 0, 0, 0, 0);
  run (0, 0, 0, 0, 1, 0, 0, 0);
  run (0, 0, 0, 0, 0, 1, 0, 0);
  run (0, 0, 0, 0, 0, 0, 1, 0);
  run (0, 0, 0, 0, 0, 0, 0, 1);
  run (0, 0, 0, 0, 0, 0, 0, 0);
  return 0;
}

/* { dg-output "^body\nran 0\n" } */
/* { dg-output "body\nran 1\n" } */
/* { dg-output "body\nran 2\n" } */
/* { dg-output "body\nran 3\n" } */
/* { dg-output "body\nran 4\n" } */
/* { dg-output "body\nran 5\n" } */
/* { dg-output "body\nran 6\n" } */
/* { dg-output "body\nran 7\n" } */
/* { dg-output "body\n\$" } */
