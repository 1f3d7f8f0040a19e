/* Nine conditional defers (stack records): every one of the 512 masks runs exactly the chosen calls, newest first.  */
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
  if (mask & 0x001)
    defer (mark, 0);
  if (mask & 0x002)
    defer (mark, 1);
  if (mask & 0x004)
    defer (mark, 2);
  if (mask & 0x008)
    defer (mark, 3);
  if (mask & 0x010)
    defer (mark, 4);
  if (mask & 0x020)
    defer (mark, 5);
  if (mask & 0x040)
    defer (mark, 6);
  if (mask & 0x080)
    defer (mark, 7);
  if (mask & 0x100)
    defer (mark, 8);
}

int
main (void)
{
  unsigned mask;
  int i, k;
  for (mask = 0; mask < 512; mask++)
    {
      nseen = 0;
      run (mask);
      k = 0;
      for (i = 8; i >= 0; i--)
	if (mask & (1u << i))
	  {
	    if (k >= nseen || seen[k] != i)
	      abort ();
	    k++;
	  }
      if (k != nseen)
	abort ();
    }
  printf ("512 masks ok\n");
  return 0;
}

/* { dg-output "^512 masks ok\n\$" } */
