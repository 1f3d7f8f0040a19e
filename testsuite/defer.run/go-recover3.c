/* Go's test/recover3.go: check (name, f, err) runs f with a deferred
   closure that recovers the run-time error f raises and checks its text.
   As in go-recover2.c, Go's inserted checks are written out as functions
   without defers that panic with Go's messages; a run-time error is a
   message starting "runtime error: " (Go's runtime.Error).  The closures
   use globals for the variables Go's capture.

   Left out: nil-deref, nil-deref-1, nil-deref-big (a fault has no C
   counterpart that unwinds), type-concrete, type-interface (Go's type
   assertions).  */
/* { dg-do run } */

#include <stdint.h>
#include "go-panic.h"

static int didbug;

static void
bug (void)
{
  if (didbug)
    return;
  printf ("BUG\n");
  didbug = 1;
}

static const char *check_name, *check_err;

static void
check_closure (void)
{
  void *v = defer_recover ();
  const char *s;

  if (v == NULL)
    {
      bug ();
      printf ("%s did not panic\n", check_name);
      return;
    }
  s = (const char *) v;
  if (strncmp (s, "runtime error: ", 15) != 0)
    {
      bug ();
      printf ("%s panicked but not with runtime.Error\n", check_name);
      return;
    }
  printf ("%s: %s\n", check_name, s);
  if (strstr (s, check_err) == NULL)
    {
      bug ();
      printf ("%s panicked with %s not %s\n", check_name, s, check_err);
      return;
    }
}

static void
check (const char *name, void (*f) (void), const char *err)
{
  check_name = name;
  check_err = err;
  defer (check_closure);
  f ();
}

static int x;
static int64_t x64;
static int i;
static long sl_len;
static int p1[10];

static void
panicdivide (void)
{
  defer_panicf ("runtime error: integer divide by zero");
}

static void
panicindex (long i, long len)
{
  defer_panicf ("runtime error: index out of range [%ld] with length %ld",
		i, len);
}

static void
int_div_zero (void)
{
  if (x == 0)
    panicdivide ();
  printf ("%d\n", 1 / x);
}

static void
int64_div_zero (void)
{
  if (x64 == 0)
    panicdivide ();
  printf ("%ld\n", (long) (1 / x64));
}

static void
array_bounds (void)
{
  if (i < 0 || i >= 10)
    panicindex (i, 10);
  printf ("%d\n", p1[i]);
}

static void
slice_bounds (void)
{
  if (i < 0 || i >= sl_len)
    panicindex (i, sl_len);
  printf ("not reached\n");
}

int
main (void)
{
  check ("int-div-zero", int_div_zero, "integer divide by zero");
  check ("int64-div-zero", int64_div_zero, "integer divide by zero");

  i = 99999;
  check ("array-bounds", array_bounds, "index out of range");
  check ("slice-bounds", slice_bounds, "index out of range");

  if (didbug)
    die ("recover3");
  printf ("done\n");
  return 0;
}

/* { dg-output "^int-div-zero: runtime error: integer divide by zero\nint64-div-zero: runtime error: integer divide by zero\narray-bounds: runtime error: index out of range \\\[99999\\\] with length 10\nslice-bounds: runtime error: index out of range \\\[99999\\\] with length 0\n" } */
/* { dg-output "done\n\$" } */
