/* Deferred builtins run as their direct calls do: overloaded __sync and __atomic builtins resolved for the argument's type, builtins the front end folds, target builtins, va_end, clear_padding.  */
/* { dg-do run } */

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>

static int r;
static long l;
static unsigned char c;

struct padded
{
  char a;
  int b;
};

static void
show (const char *what)
{
  printf ("%s r=%d l=%ld c=%u\n", what, r, l, c);
}

static int
atomics (void)
{
  defer (show, "deferred");
  defer (__sync_fetch_and_add, &r, 1);
  defer (__sync_fetch_and_and, &c, 0x0f);
  defer (__atomic_add_fetch, &l, 5, __ATOMIC_SEQ_CST);
  defer (__atomic_store_n, &r, 40, __ATOMIC_RELAXED);
  defer (__atomic_exchange_n, &l, 7L, __ATOMIC_SEQ_CST);
  defer (__atomic_fetch_sub, &c, 1, __ATOMIC_ACQ_REL);
  defer (__sync_lock_release, &r);
  defer (__atomic_thread_fence, __ATOMIC_SEQ_CST);
  defer (__sync_synchronize);
  show ("body");
  return 0;
}

static void
folded (void)
{
  defer (__builtin_abs, 3);
  defer (__builtin_strlen, "abc");
  defer (__builtin_puts, "puts");
  defer (__builtin_printf, "printf %d\n", 9);
  defer (__builtin_memset, &l, 0, sizeof l);
  defer (__builtin_prefetch, &r);
  defer (__builtin_expect, r, 1);
  defer (__builtin_ia32_pause);
  defer (__builtin_ia32_lfence);
}

static int
va (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  defer (__builtin_va_end, ap);
  return va_arg (ap, int) + n;
}

static void
clear (struct padded *p)
{
  defer (__builtin_clear_padding, p);
  p->a = 1;
  p->b = 2;
}

int
main (void)
{
  atomics ();
  show ("after");
  folded ();
  printf ("l=%ld\n", l);
  printf ("va %d\n", va (1, 41));

  struct padded p;
  memset (&p, 0xff, sizeof p);
  clear (&p);
  unsigned char bytes[sizeof p];
  memcpy (bytes, &p, sizeof p);
  printf ("padding %u %u %u, a %d b %d\n", bytes[1], bytes[2], bytes[3], p.a,
	  p.b);
  return 0;
}

/* { dg-output "^body r=0 l=0 c=0\n" } */
/* { dg-output "deferred r=41 l=12 c=15\n" } */
/* { dg-output "after r=41 l=12 c=15\n" } */
/* { dg-output "printf 9\nputs\nl=0\n" } */
/* { dg-output "va 42\n" } */
/* { dg-output "padding 0 0 0, a 1 b 2\n\$" } */
