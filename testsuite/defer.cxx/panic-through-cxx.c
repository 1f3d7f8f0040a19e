/* A panic through C++ frames runs their destructors on the way (and their C++ cleanups), then the C frame's defers, whose recover stops it; a C++ catch (...) that swallows a panic ends it: no stale panic is left, and later panics and recovers work.  */
/* { dg-require-effective-target cxx } */

#include <stdio.h>
#include <defer.h>

extern void cxx_with_object (void (*) (void));
extern int cxx_swallow (void (*) (void));

static void
boom (void)
{
  defer_panicf ("through C++");
}

static void
rescue (void)
{
  void *v = defer_recover ();
  printf ("recovered: %s\n", v ? (char *) v : "NULL");
}

static void
guarded (void)
{
  defer (rescue);
  cxx_with_object (boom);
  printf ("not reached\n");
}

static void
unguarded (void)
{
  defer (printf, "unguarded: deferred\n");
  boom ();
}

int
main (void)
{
  guarded ();
  printf ("swallowed: %d\n", cxx_swallow (unguarded));
  /* No panic is left: recover returns NULL, then a new panic recovers.  */
  rescue ();
  guarded ();
  return 0;
}

/* { dg-output "^~Object \\(destructor\\)\nrecovered: through C\\+\\+\n" } */
/* { dg-output "unguarded: deferred\nswallowed: 1\n" } */
/* { dg-output "recovered: NULL\n" } */
/* { dg-output "~Object \\(destructor\\)\nrecovered: through C\\+\\+\n" } */
