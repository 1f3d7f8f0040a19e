/* Functions past the inline-push limit (17 record sites: 16 outside a
   loop, one in it), whose pushes the runtime makes: every return runs
   exactly the defers executed before it, newest first, and the deferred
   calls see the pending result; a panic runs them too and a deferred
   recover returns the result.  Expected output worked out by hand (Go's
   order: newest first).  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int stop_at;

static void
put (int k)
{
  printf (" %d", k);
}

static void
see (int *r)
{
  printf (" [%d]", *r);
  *r += 100;
}

static int
step (int k)
{
  if (k == stop_at)
    defer_panic ((void *) "stop");
  return k == -stop_at;
}

static void
rec (void)
{
  void *v = defer_recover ();
  printf (" rec %s", v ? (char *) v : "nil");
}

#define D(k) defer (put, k); if (step (k)) return k;

static int
f (int n)
{
  defer (rec);
  defer (see, defer_result (int));
  D (1) D (2) D (3) D (4) D (5) D (6) D (7) D (8)
  D (9) D (10) D (11) D (12) D (13) D (14)
  for (int i = 0; i < n; i++)
    defer (put, 100 + i);
  return 99;
}

int
main (void)
{
  stop_at = -3;			/* return 3 after the third defer */
  printf ("%d\n", f (2));
  stop_at = -100;		/* through the loop: return 99 */
  printf ("%d\n", f (2));
  stop_at = 2;			/* panic at the second step, recovered */
  printf ("%d\n", f (2));
  return 0;
}

/* { dg-output "^ 3 2 1 \\\[3\\\] rec nil103\n" } */
/* { dg-output " 101 100 14 13 12 11 10 9 8 7 6 5 4 3 2 1 \\\[99\\\] rec nil199\n" } */
/* { dg-output " 2 1 \\\[0\\\] rec stop100\n\$" } */
