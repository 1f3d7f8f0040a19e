/* Heap records of every size class, and above the largest, are 16-byte
   aligned and keep their payloads intact until their call.  */
/* { dg-do run } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them.  */

/* A payload of N pattern bytes after the function pointer.  */
struct blob_record
{
  struct __defer_record h;
  void (*fn) (struct blob_record *);
  unsigned long n;
  unsigned char bytes[];
};

/* A payload that needs 16-byte alignment.  */
struct wide_record
{
  struct __defer_record h;
  void (*fn) (long double, __int128);
  long double x;
  __int128 y;
};

static long checked, bad;

static void
check_blob (struct blob_record *p)
{
  for (unsigned long i = 0; i < p->n; i++)
    if (p->bytes[i] != (unsigned char) (p->n + i))
      {
	bad++;
	return;
      }
  checked++;
}

static void
check_wide (long double x, __int128 y)
{
  if (x != 1.5L || y != ((__int128) 1 << 100))
    bad++;
  checked++;
}

/* Defer one blob record of every size from the header to 600 bytes, in
   increasing or decreasing order, then a wide one, all in one frame.  */
static __attribute__ ((noinline)) void
every_size (int down)
{
  char anchor;
  struct __defer_record *r;
  unsigned long i, size;
  const unsigned long min = sizeof (struct blob_record);

  __defer_frame_enter (&anchor);
  for (i = 0; i <= 600 - min; i++)
    {
      size = down ? 600 - i : min + i;
      struct blob_record *p = (struct blob_record *)
	__defer_proc (size, &anchor, 0);
      if ((uintptr_t) p % 16 != 0)
	bad++;
      p->fn = check_blob;
      p->n = size - sizeof *p;
      for (unsigned long i = 0; i < p->n; i++)
	p->bytes[i] = (unsigned char) (p->n + i);
    }
  struct wide_record *w = (struct wide_record *)
    __defer_proc (sizeof *w, &anchor, 1);
  if ((uintptr_t) &w->x % 16 != 0 || (uintptr_t) &w->y % 16 != 0)
    bad++;
  w->fn = check_wide;
  w->x = 1.5L;
  w->y = (__int128) 1 << 100;
  while ((r = __defer_return (&anchor)))
    switch (r->site)
      {
      case 0:
	{
	  struct blob_record *p = (struct blob_record *) r;
	  p->fn (p);
	  break;
	}
      case 1:
	{
	  struct wide_record *p = (struct wide_record *) r;
	  p->fn (p->x, p->y);
	  break;
	}
      default:
	abort ();
      }
}

int
main (void)
{
  /* Again in the same order, the records found where they were left; then
     in the other order, each slot's record of the wrong size.  */
  every_size (0);
  every_size (0);
  every_size (1);
  printf ("%ld records checked, %ld bad\n", checked, bad);
  return 0;
}

/* 600 - 40 + 1 = 561 blob sizes and one wide record, three times.  */
/* { dg-output "1686 records checked, 0 bad\n" } */
