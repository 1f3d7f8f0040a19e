/* Go's src/runtime/crash_test.go, TestRecursivePanic (testprog's
   RecursivePanic): a deferred closure recovers "bad" and panics again
   with "wrap: bad", which an outer deferred closure recovers; then an
   unrecovered panic "again" ends the program.  The recovered panics are
   over: Go prints only "panic: again".  Go's 8 KB array argument is a
   struct passed by value.  */
/* { dg-do run } */
/* { dg-shouldfail "unrecovered panic" } */

#include "go-panic.h"

struct big
{
  unsigned char b[8192];
};

static void
outer_closure (void)
{
  void *v = defer_recover ();
  printf ("%s\n", v ? (const char *) v : "<nil>");
}

static void
inner_closure (void)
{
  void *err = defer_recover ();
  if (err != NULL)
    defer_panicf ("wrap: %s", (const char *) err);
}

static void
inner (struct big x)
{
  (void) x;
  defer (inner_closure);
  defer_panicf ("bad");
}

static void
outer (void)
{
  struct big x;

  defer (outer_closure);
  memset (&x, 0, sizeof x);
  inner (x);
}

static void
RecursivePanic (void)
{
  outer ();
  defer_panicf ("again");
}

int
main (void)
{
  RecursivePanic ();
  return 0;
}

/* { dg-output "^wrap: bad\npanic: again\n" } */
/* { dg-output "\nthread \[0-9\]+ \\\[running\\\]:\n" } */
