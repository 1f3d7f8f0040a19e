/* Go's test/fixedbugs/issue8132.go: a deferred closure recovers a panic
   (a nil dereference) and faults again; the new panic goes up to an outer
   frame, whose deferred closure recovers it, and main returns normally.
   The nil dereferences are nil checks that panic, as Go's fault handler
   would.  Go's 8 KB array argument is a struct passed by value.  */
/* { dg-do run } */

#include "go-panic.h"

static int *volatile p;

/* *P: Go's nil check.  */
static int
deref (int *q)
{
  if (q == NULL)
    defer_panicf ("runtime error: invalid memory address or nil pointer dereference");
  return *q;
}

struct big
{
  unsigned char b[8192];
};

static void
outer_closure (void)
{
  printf ("outer closure: %s\n", (const char *) defer_recover ());
}

static void
inner_closure (void)
{
  void *err = defer_recover ();
  if (err != NULL)
    {
      printf ("inner closure: %s\n", (const char *) err);
      printf ("%d\n", deref (p));
    }
}

static void
inner (struct big x)
{
  (void) x;
  defer (inner_closure);
  printf ("%d\n", deref (p));
}

static void
outer (void)
{
  struct big x;

  defer (outer_closure);
  memset (&x, 0, sizeof x);
  inner (x);
}

int
main (void)
{
  outer ();
  printf ("main returns\n");
  return 0;
}

/* { dg-output "^inner closure: runtime error: invalid memory address or nil pointer dereference\nouter closure: runtime error: invalid memory address or nil pointer dereference\nmain returns\n\$" } */
