/* Go's test/fixedbugs/issue16095.go: an array result initialized before a
   panic that the function's deferred closure recovers is returned intact,
   although memory is reused and clobbered in between; in g the panic is
   a fault in an endless loop (here a nil check that panics, as Go's fault
   handler would: C has no fault that unwinds).  Go's panic (nil) is
   defer_panic (NULL); Go's GC and heap escapes are left out, the
   clobbering of fresh memory is kept.  */
/* { dg-do run } */

#include "go-panic.h"

struct bytes20
{
  unsigned char b[20];
};

static struct bytes20 *volatile sink;

static void
squelch (void)
{
  defer_recover ();
}

/* *P: Go's nil check.  */
static int
deref (volatile int *p)
{
  if (p == NULL)
    defer_panicf ("runtime error: invalid memory address or nil pointer dereference");
  return *p;
}

static struct bytes20
f (void)
{
  struct bytes20 *x = defer_result (struct bytes20);
  struct bytes20 *y;
  int i;

  /* Initialize x.  */
  for (i = 0; i < 20; i++)
    x->b[i] = i;

  sink = x;
  sink = NULL;

  /* Go to deferreturn after the panic below.  */
  defer (squelch);

  /* Allocate an object and clobber it.  */
  y = malloc (sizeof *y);
  for (i = 0; i < 20; i++)
    y->b[i] = 99;
  sink = y;

  defer_panic (NULL);
}

static volatile int sinkint;

static struct bytes20
g (volatile int *p)
{
  struct bytes20 *x = defer_result (struct bytes20);
  struct bytes20 *y;
  int i;

  for (i = 0; i < 20; i++)
    x->b[i] = i;

  sink = x;
  sink = NULL;

  defer (squelch);

  y = malloc (sizeof *y);
  for (i = 0; i < 20; i++)
    y->b[i] = 99;
  sink = y;

  /* Panic with a non-call (with no fallthrough).  */
  for (;;)
    sinkint = deref (p);
}

static void
print (const char *name, struct bytes20 x)
{
  int i;

  printf ("%s = [", name);
  for (i = 0; i < 20; i++)
    printf ("%s%d", i ? " " : "", x.b[i]);
  printf ("]\n");
}

int
main (void)
{
  struct bytes20 x;
  int i;

  x = f ();
  for (i = 0; i < 20; i++)
    if (x.b[i] != i)
      {
	print ("f()", x);
	die ("bad f");
      }
  print ("f()", x);
  free (sink);
  x = g (NULL);
  for (i = 0; i < 20; i++)
    if (x.b[i] != i)
      {
	print ("g(nil)", x);
	die ("bad g");
      }
  print ("g(nil)", x);
  free (sink);
  return 0;
}

/* { dg-output "^f\\(\\) = \\\[0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19\\\]\ng\\(nil\\) = \\\[0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19\\\]\n\$" } */
