/* Go's src/runtime/defer_test.go, TestIssue37688: a frame mixing a heap
   record (in a loop) and stack records calls a function with open-coded
   defers, one of them with ten arguments, that panics and recovers; then
   deep recursion overwrites the stack below.  Repeated, from two depths:
   every deferred call runs once, none twice.  Go's methods of *foo are
   functions taking the pointer; the counts are printed.  */
/* { dg-do run } */

#include "go-panic.h"

struct foo
{
  char unused;
};

static int nmethod1, nmethod2, nff1;

__attribute__ ((noinline)) static void
method1 (struct foo *f)
{
  (void) f;
  nmethod1++;
}

__attribute__ ((noinline)) static void
method2 (struct foo *f)
{
  (void) f;
  nmethod2++;
}

static void ff1 (struct foo *ap, int a, int b, int c, int d, int e, int f,
		 int g, int h, int i);
static void rec1 (int max);

static void
g2 (void)
{
  struct foo a;
  struct foo *ap = &a;
  int i;

  /* The loop forces this defer to be heap-allocated and the remaining two
     to be stack-allocated.  */
  for (i = 0; i < 1; i++)
    defer (method1, ap);
  defer (method2, ap);
  defer (method1, ap);
  ff1 (ap, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  /* Try to get the stack to be moved by growing it too large, so existing
     stack-allocated defer becomes invalid.  */
  rec1 (2000);
}

static void
g3 (void)
{
  /* Mix up the stack layout by adding in an extra function frame.  */
  g2 ();
}

static struct
{
  int a, b, c, d, e, f, g, h, i;
} globstruct;

static void
ff1_closure (struct foo *ap, int a, int b, int c, int d, int e, int f, int g,
	     int h, int i)
{
  (void) ap;
  (void) i;
  if (defer_recover () != NULL)
    nff1++;
  globstruct.a = a;
  globstruct.b = b;
  globstruct.c = c;
  globstruct.d = d;
  globstruct.e = e;
  globstruct.f = f;
  globstruct.g = g;
  globstruct.h = h;
}

static void
ff1 (struct foo *ap, int a, int b, int c, int d, int e, int f, int g, int h,
     int i)
{
  defer (method1, ap);

  /* Make a defer that has a very large set of args, hence big size for the
     defer record for the open-coded frame (which means it won't use the
     defer pool).  */
  defer (ff1_closure, ap, a, b, c, d, e, f, g, h, i);
  defer_panicf ("ff1 panic");
}

static void
rec1 (int max)
{
  volatile char pad[64];

  pad[0] = 0;
  if (max > 0)
    rec1 (max - 1 + pad[0]);
}

static void
TestIssue37688 (void)
{
  int j;

  for (j = 0; j < 10; j++)
    {
      g2 ();
      g3 ();
    }
  printf ("method1 %d method2 %d ff1 closure %d, globstruct.h %d\n",
	  nmethod1, nmethod2, nff1, globstruct.h);
  if (nmethod1 != 60 || nmethod2 != 20 || nff1 != 20 || globstruct.h != 8)
    die ("wrong counts");
}

int
main (void)
{
  TestIssue37688 ();
  printf ("TestIssue37688 passed\n");
  return 0;
}

/* { dg-output "^method1 60 method2 20 ff1 closure 20, globstruct\\.h 8\nTestIssue37688 passed\n\$" } */
