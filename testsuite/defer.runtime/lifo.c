/* Records of one frame run last-in first-out: heap, stack, and both mixed.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them: a frame's
   anchor must be its own, below its caller's.  */

struct int_record
{
  struct __defer_record h;
  void (*fn) (int);
  int a;
};

struct str_record
{
  struct __defer_record h;
  void (*fn) (const char *);
  const char *s;
};

static void
put_int (int i)
{
  printf ("%d", i);
}

static void
put_str (const char *s)
{
  printf ("%s", s);
}

/* defer put_int (i) for i = 0 ... 9, heap records in a loop.  */
static __attribute__ ((noinline)) void
heap_loop (void)
{
  char anchor;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  for (int i = 0; i < 10; i++)
    {
      struct int_record *p = (struct int_record *)
	__defer_proc (sizeof *p, &anchor, 0);
      p->fn = put_int;
      p->a = i;
    }
  while ((r = __defer_return (&anchor)))
    switch (r->site)
      {
      case 0:
	{
	  struct int_record *p = (struct int_record *) r;
	  p->fn (p->a);
	  break;
	}
      default:
	abort ();
      }
  putchar ('\n');
}

/* Three stack records, one per defer statement.  */
static __attribute__ ((noinline)) void
stack_sites (void)
{
  char anchor;
  struct str_record d0, d1, d2;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&d0.h, &anchor, 0);
  d0.fn = put_str;
  d0.s = "a";
  __defer_proc_stack (&d1.h, &anchor, 1);
  d1.fn = put_str;
  d1.s = "b";
  __defer_proc_stack (&d2.h, &anchor, 2);
  d2.fn = put_str;
  d2.s = "c";
  while ((r = __defer_return (&anchor)))
    switch (r->site)
      {
      case 0:
	d0.fn (d0.s);
	break;
      case 1:
	d1.fn (d1.s);
	break;
      case 2:
	d2.fn (d2.s);
	break;
      default:
	abort ();
      }
  putchar ('\n');
}

/* A stack record, then a loop of heap records, then another stack
   record: "end", 4 3 2 1 0, "start".  */
static __attribute__ ((noinline)) void
mixed (void)
{
  char anchor;
  struct str_record first, last;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&first.h, &anchor, 0);
  first.fn = put_str;
  first.s = "start\n";
  for (int i = 0; i < 5; i++)
    {
      struct int_record *p = (struct int_record *)
	__defer_proc (sizeof *p, &anchor, 1);
      p->fn = put_int;
      p->a = i;
    }
  __defer_proc_stack (&last.h, &anchor, 2);
  last.fn = put_str;
  last.s = "end ";
  while ((r = __defer_return (&anchor)))
    switch (r->site)
      {
      case 0:
	first.fn (first.s);
	break;
      case 1:
	{
	  struct int_record *p = (struct int_record *) r;
	  p->fn (p->a);
	  break;
	}
      case 2:
	last.fn (last.s);
	break;
      default:
	abort ();
      }
}

int
main (void)
{
  heap_loop ();
  stack_sites ();
  mixed ();
  /* A frame without records: the loop ends at once.  */
  char anchor;
  __defer_frame_enter (&anchor);
  if (__defer_return (&anchor) != NULL)
    abort ();
  return 0;
}

/* { dg-output "9876543210\n" } */
/* { dg-output "cba\n" } */
/* { dg-output "end 43210start\n" } */
