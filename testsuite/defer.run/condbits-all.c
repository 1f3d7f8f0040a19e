/* Every bit position 0..7 of deferbits, set and clear: all 256 masks run exactly the chosen defers, newest first.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static int seen[16];
static int nseen;

static void
mark (int i)
{
  if (nseen >= 16)
    abort ();
  seen[nseen++] = i;
}

static void __attribute__ ((noinline))
run (unsigned mask)
{
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

static void
check (unsigned mask)
{
  int i, k = 0;
  nseen = 0;
  run (mask);
  for (i = 7; i >= 0; i--)
    if (mask & (1u << i))
      {
	if (k >= nseen || seen[k] != i)
	  abort ();
	k++;
      }
  if (k != nseen)
    abort ();
}

int
main (void)
{
  unsigned mask;
  for (mask = 0; mask < 256; mask++)
    check (mask);
  printf ("256 masks ok\n");
  return 0;
}

/* { dg-output "^256 masks ok\n\$" } */
