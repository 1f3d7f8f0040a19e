/* More return addresses than the runtime's frame cache has slots (2048):
   1024 functions, each deferring a call that adds its index and then
   panicking two ways (directly, and from a callee), recovered by the
   caller's deferred call.  Every round over all of them must run every
   deferred call and recover every panic, while the cache keeps replacing
   rules (each function's return addresses: its calls of defer_panic and
   of the helper, its landing pad's resume), and the last round again
   after that.  */
/* { dg-do run } */
/* { dg-options "-O1" } */

#include <defer.h>
#include <stdio.h>

static volatile int sink;
static unsigned long ran, recovered;

static void
mark (int i)
{
  ran += (unsigned long) i + 1;
}

static __attribute__ ((noipa)) void
helper (int i)
{
  sink = i;
  defer_panic ((void *) "from helper");
}

#define FN(n)								\
  static __attribute__ ((noipa)) void					\
  f##n (int i, int how)							\
  {									\
    defer (mark, i);							\
    if (how == 0)							\
      defer_panic ((void *) "direct");					\
    helper (i);								\
    sink = i;								\
  }

#define FN4(n) FN (n##0) FN (n##1) FN (n##2) FN (n##3)
#define FN16(n) FN4 (n##0) FN4 (n##1) FN4 (n##2) FN4 (n##3)
#define FN64(n) FN16 (n##0) FN16 (n##1) FN16 (n##2) FN16 (n##3)
#define FN256(n) FN64 (n##0) FN64 (n##1) FN64 (n##2) FN64 (n##3)
FN256 (0) FN256 (1) FN256 (2) FN256 (3)

#define REF(n) f##n,
#define REF4(n) REF (n##0) REF (n##1) REF (n##2) REF (n##3)
#define REF16(n) REF4 (n##0) REF4 (n##1) REF4 (n##2) REF4 (n##3)
#define REF64(n) REF16 (n##0) REF16 (n##1) REF16 (n##2) REF16 (n##3)
#define REF256(n) REF64 (n##0) REF64 (n##1) REF64 (n##2) REF64 (n##3)
static void (*const fns[]) (int, int) = { REF256 (0) REF256 (1) REF256 (2)
				     REF256 (3) };

#define NFNS (sizeof fns / sizeof fns[0])

static void
rec (void)
{
  if (defer_recover () != NULL)
    recovered++;
}

static __attribute__ ((noipa)) void
call (unsigned int i, int how)
{
  defer (rec);
  fns[i] ((int) i, how);
}

int
main (void)
{
  /* Each round runs f_i's deferred call twice, adding i + 1 each time:
     2 * (1 + 2 + ... + 1024).  */
  const unsigned long want = 1024ul * 1025ul;
  unsigned int i;
  int round;

  for (round = 0; round < 3; round++)
    {
      ran = recovered = 0;
      for (i = 0; i < NFNS; i++)
	{
	  call (i, 0);
	  call (i, 1);
	}
      printf ("round %d: %lu panics recovered, deferred calls %s\n", round,
	      recovered, ran == want ? "all ran" : "missing");
    }
  return 0;
}

/* { dg-output "round 0: 2048 panics recovered, deferred calls all ran\n" } */
/* { dg-output "round 1: 2048 panics recovered, deferred calls all ran\n" } */
/* { dg-output "round 2: 2048 panics recovered, deferred calls all ran\n" } */
