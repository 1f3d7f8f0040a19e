/* A record whose header was overwritten is a fatal error naming the broken
   invariant, not a panic.  */
/* { dg-do run } */
/* { dg-shouldfail "fatal error" } */

#include <stdio.h>
#include <string.h>
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
overrun (void)
{
  char anchor;
  struct int_record *p;
  struct __defer_record *r;

  __defer_frame_enter (&anchor);
  p = (struct int_record *) __defer_proc (sizeof *p, &anchor, 0);
  p->fn = put;
  p->a = 1;
  /* A buffer overrun from the user's code hits the header.  */
  memset (p, 0, sizeof p->h);
  printf ("before\n");
  while ((r = __defer_return (&anchor)))
    put (((struct int_record *) r)->a);
}

int
main (void)
{
  overrun ();
  return 0;
}

/* { dg-output "before\n" } */
/* { dg-output "fatal error: defer record's frame does not match its chain slot \\(record header overwritten\\)" } */
