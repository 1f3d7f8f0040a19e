/* A C++ exception thrown through C frames with defers runs their deferred calls (open-coded and records) and goes on to the C++ catch; defer_recover returns NULL during it: it is not a panic.  */
/* { dg-require-effective-target cxx } */

#include <stdio.h>
#include <defer.h>

extern void cxx_throw (int);

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
try_recover (void)
{
  void *v = defer_recover ();
  printf ("recover during a C++ exception: %s\n", v ? "a value" : "NULL");
}

static int
c_inner (int k)
{
  for (int i = 0; i < 2; i++)
    defer (printf, "c_inner loop defer %d\n", i);
  cxx_throw (k);
  return 1;
}

int
c_outer (int k)
{
  defer (say, "c_outer deferred");
  defer (try_recover);
  return c_inner (k) + 1;
}

/* { dg-output "^c_inner loop defer 1\nc_inner loop defer 0\n" } */
/* { dg-output "recover during a C\\+\\+ exception: NULL\nc_outer deferred\n" } */
/* { dg-output "caught std::runtime_error: thrown 7\n" } */
/* { dg-output "c_inner loop defer 1\nc_inner loop defer 0\n" } */
/* { dg-output "recover during a C\\+\\+ exception: NULL\nc_outer deferred\n" } */
/* { dg-output "after: c_outer \\(0\\) = 2\n" } */
