/* Nested panics and recovers that must not recover, 600 rounds over
   every combination of: the depth of the panicking dive (0 to 4
   frames), the frame of it whose deferred call makes trouble (the
   middle one), the depth of the trouble's own dive (0 to 3) and what
   the trouble does while the first panic runs it:

     0  a second panic, recovered inside the deferred call by a function
	it calls (rescue2, deferred by guard2): the first panic goes on;
     1  a second panic that leaves the deferred call: it replaces the
	first, and the top frame's recover gets its value (the first is
	over with it);
     2  defer_recover from 1 to 3 frames below the deferred function:
	NULL, it is not called by the deferred function.

   The top frame's deferred rescue first tries recover one frame below
   it (NULL), then recovers, then tries again (NULL: the panic is over).
   Each round's deferred calls are checked in order ('0'-'4' the dive's
   frames, 'T' the trouble, 'a'-'d' the second dive's frames, 'r'
   rescue2, 'h' a recover that returned NULL, 'R' the top's recover),
   and the top's result (1 for the first panic's value, 2 for the
   second's).  Four rounds print their trace.  Expected output by hand,
   and the same as the program written in Go prints (go 1.19: the same
   functions, panic and recover for defer_panic and defer_recover).  */
/* { dg-do run } */

#include <stdio.h>
#include <string.h>
#include <defer.h>

#define ROUNDS 600

static int p1, p2;
static char trace[64];
static int len;

static struct
{
  int d1, d2, kind, h;
} cur;

static void
note (int c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = (char) c;
  trace[len] = '\0';
}

/* recover_via calls defer_recover H frames below its caller: never
   directly from a deferred function.  */
static __attribute__ ((noipa)) void *
recover_via (int h)
{
  void *v;

  if (h > 1)
    return recover_via (h - 1);
  v = defer_recover ();
  note (v == NULL ? 'h' : 'H');
  return v;
}

static __attribute__ ((noipa)) int
dive2 (int n)
{
  defer (note, 'a' + n);
  if (n == 0)
    defer_panic (&p2);
  return dive2 (n - 1) + 1;
}

static void
rescue2 (void)
{
  void *v = defer_recover ();

  note (v == &p2 ? 'r' : '?');
}

static __attribute__ ((noipa)) void
guard2 (int d2)
{
  defer (rescue2);
  dive2 (d2);
}

static void
trouble (void)
{
  note ('T');
  switch (cur.kind)
    {
    case 0:
      guard2 (cur.d2);
      break;
    case 1:
      dive2 (cur.d2);
      break;
    default:
      recover_via (cur.h);
      break;
    }
}

static __attribute__ ((noipa)) int
dive (int n, int mid)
{
  defer (note, '0' + n);
  if (n == mid)
    defer (trouble);
  if (n == 0)
    defer_panic (&p1);
  return dive (n - 1, mid) + 1;
}

static void
rescue (int *res)
{
  void *v;

  recover_via (1);
  v = defer_recover ();
  note ('R');
  *res = v == &p1 ? 1 : v == &p2 ? 2 : -1;
  if (defer_recover () != NULL)
    *res = -3;
}

static __attribute__ ((noipa)) int
top (int d1)
{
  int *res = defer_result (int);

  defer (rescue, res);
  dive (d1, d1 / 2);
  return 0;
}

static char want[64];
static int want_len;

static void
want_add (int c)
{
  if (want_len < (int) sizeof want - 1)
    want[want_len++] = (char) c;
  want[want_len] = '\0';
}

/* The trace round CUR must leave.  */
static const char *
want_trace (void)
{
  int k, i;

  want_len = 0;
  for (k = 0; k <= cur.d1; k++)
    {
      if (k == cur.d1 / 2)
	{
	  want_add ('T');
	  if (cur.kind == 2)
	    want_add ('h');
	  else
	    for (i = 0; i <= cur.d2; i++)
	      want_add ('a' + i);
	  if (cur.kind == 0)
	    want_add ('r');
	}
      want_add ('0' + k);
    }
  want_add ('h');
  want_add ('R');
  return want;
}

int
main (void)
{
  long per_kind[3] = { 0 }, wrong = 0;
  int r;

  for (r = 0; r < ROUNDS; r++)
    {
      int res;

      cur.d1 = r % 5;
      cur.d2 = (r / 5) % 4;
      cur.kind = (r / 20) % 3;
      cur.h = 1 + r % 3;
      len = 0;
      trace[0] = '\0';
      res = top (cur.d1);
      if (r == 0 || r == 7 || r == 33 || r == 44)
	printf ("round %d: %s %d\n", r, trace, res);
      if (strcmp (trace, want_trace ()) != 0
	  || res != (cur.kind == 1 ? 2 : 1))
	{
	  if (wrong++ < 5)
	    printf ("round %d: %s (want %s) %d\n", r, trace, want_trace (),
		    res);
	}
      else
	per_kind[cur.kind]++;
    }
  printf ("%ld %ld %ld right, %ld wrong\n", per_kind[0], per_kind[1],
	  per_kind[2], wrong);
  printf ("recover after: %s\n", defer_recover () ? "a value" : "NULL");
  return 0;
}

/* { dg-output "^round 0: Tar0hR 1\nround 7: 0Tabr12hR 1\n" } */
/* { dg-output "round 33: 0Tabc123hR 2\nround 44: 01Th234hR 1\n" } */
/* { dg-output "200 200 200 right, 0 wrong\nrecover after: NULL\n\$" } */
