/* Eight conditional defers: exactly those whose condition held run, newest first, for various masks.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
mark (int i)
{
  printf (" %d", i);
}

static void
run (unsigned mask)
{
  printf ("mask %02x:", mask);
  if (mask & 0x01)
    defer (mark, 0);
  if (mask & 0x02)
    defer (mark, 1);
  if (mask & 0x04)
    defer (mark, 2);
  if (mask & 0x08)
    defer (mark, 3);
  if (mask & 0x10)
    defer (mark, 4);
  if (mask & 0x20)
    defer (mark, 5);
  if (mask & 0x40)
    defer (mark, 6);
  if (mask & 0x80)
    defer (mark, 7);
}

int
main (void)
{
  static const unsigned masks[] = {
    0x00, 0xff, 0x01, 0x80, 0x55, 0xaa, 0x0f, 0xf0, 0x81, 0x3c
  };
  unsigned i;
  for (i = 0; i < sizeof masks / sizeof masks[0]; i++)
    {
      run (masks[i]);
      printf ("\n");
    }
  return 0;
}

/* { dg-output "^mask 00:\n" } */
/* { dg-output "mask ff: 7 6 5 4 3 2 1 0\n" } */
/* { dg-output "mask 01: 0\n" } */
/* { dg-output "mask 80: 7\n" } */
/* { dg-output "mask 55: 6 4 2 0\n" } */
/* { dg-output "mask aa: 7 5 3 1\n" } */
/* { dg-output "mask 0f: 3 2 1 0\n" } */
/* { dg-output "mask f0: 7 6 5 4\n" } */
/* { dg-output "mask 81: 7 0\n" } */
/* { dg-output "mask 3c: 5 4 3 2\n\$" } */
