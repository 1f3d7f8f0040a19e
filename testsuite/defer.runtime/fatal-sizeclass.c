/* A heap record released with a corrupted size class is a fatal error
   naming the broken invariant.  */
/* { dg-do run } */
/* { dg-shouldfail "fatal error" } */

#include <stdio.h>
#include <defer.h>

/* Functions with records are noinline, as the plugin makes them.  */

struct int_record
{
  struct __defer_record h;
  void (*fn) (int);
  int a;
};

static void
put (int i)
{
  printf ("%d\n", i);
}

static __attribute__ ((noinline)) void
corrupt (void)
{
  char anchor;
  struct int_record *p;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  p = (struct int_record *) __defer_proc (sizeof *p, &anchor, 0);
  p->fn = put;
  p->a = 1;
  p->h.sizeclass = 12345;
  /* The call runs; the record stays its slot's spare.  */
  while ((r = __defer_return (&anchor)))
    put (((struct int_record *) r)->a);
}

/* A heap record of another size class in the same slot: the spare goes
   back to the pool, which finds the bad tag.  */
static __attribute__ ((noinline)) void
other_class (void)
{
  char anchor;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  r = __defer_proc (100, &anchor, 0);
  printf ("not reached\n");
  (void) r;
}

int
main (void)
{
  corrupt ();
  other_class ();
  return 0;
}

/* { dg-output "1\n" } */
/* { dg-output "fatal error: released heap defer record has a bad size class \\(record header overwritten\\)" } */
