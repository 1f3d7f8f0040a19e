/* A deferred function that calls itself, in tail position, and recovers
   in the inner call: the inner call is not the deferred call, so its
   recover returns NULL, as Go's (Go has no tail calls; GCC would make
   one, or a loop, of the call and run it in the deferred call's frame).
   The outer call then recovers.  Go:
     void 1: nil, void 1: nil, void 0: boom (f), tail 1: nil, int 1: nil,
     int 0: boom (g), main.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static void
void_rec (int n)
{
  if (n == 0)
    {
      void_rec (1);
      return;
    }
  void *v = defer_recover ();
  printf ("void %d: %s\n", n, v ? (char *) v : "nil");
}

static void
void_rec_outer (int n)
{
  if (n == 0)
    void_rec (1);
  void *v = defer_recover ();
  printf ("void %d: %s\n", n, v ? (char *) v : "nil");
}

static int
int_rec (int n)
{
  if (n == 0)
    {
      int r = int_rec (1) + 1;
      void *v = defer_recover ();
      printf ("int %d: %s\n", n, v ? (char *) v : "nil");
      return r;
    }
  void *v = defer_recover ();
  printf ("int %d: %s\n", n, v ? (char *) v : "nil");
  return 5;
}

static int
int_rec_tail (int n)
{
  if (n == 0)
    return int_rec_tail (1);
  void *v = defer_recover ();
  printf ("tail %d: %s\n", n, v ? (char *) v : "nil");
  return 5;
}

static int
f (void)
{
  int r = 7;
  defer (void_rec_outer, 0);
  defer (void_rec, 0);
  defer_panic ((void *) "boom");
  return r;
}

static int
g (void)
{
  defer (int_rec, 0);
  defer (int_rec_tail, 0);
  defer_panic ((void *) "boom");
  return 1;
}

int
main (void)
{
  f ();
  g ();
  printf ("main\n");
  return 0;
}

/* { dg-output "^void 1: nil\nvoid 1: nil\nvoid 0: boom\ntail 1: nil\nint 1: nil\nint 0: boom\nmain\n\$" } */
