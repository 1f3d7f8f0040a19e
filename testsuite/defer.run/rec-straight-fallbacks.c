/* Functions with nine stack records, whose exits pop them straight (site
   by site, newest first: dump-straight-pops.c), in the cases where the
   straight pops must give way to the loop: sites that did not push, the
   abandoned records of a deeper frame above the frame's own (a longjmp
   out of it to a frame between), and a deferred call that panics, whose
   landing pad runs the rest, one of which recovers.  Expected output by
   hand, with Go's rules: the deferred calls newest first, each once; a
   longjmp runs nothing on its way; after the recover the frame's older
   deferred calls run and it returns normally.  */
/* { dg-do run } */

#include <setjmp.h>
#include <stdio.h>
#include <defer.h>

extern __thread struct __defer_chain __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

static jmp_buf env;

static void
put (int i)
{
  printf (" %d", i);
}

/* Heap records, abandoned by the longjmp: they never run.  */
static __attribute__ ((noinline)) void
leaver (void)
{
  for (int i = 0; i < 2; i++)
    defer (put, 100 + i);
  longjmp (env, 1);
}

/* No defers of its own: nothing drops leaver's records on the way.  */
static __attribute__ ((noinline)) void
catcher (void)
{
  if (!setjmp (env))
    leaver ();
}

#define D3(n) defer (put, n); defer (put, n + 1); defer (put, n + 2);

static __attribute__ ((noinline)) void
nine (int c, int jump)
{
  D3 (0)
  if (c & 1)
    {
      D3 (3)
    }
  if (jump)
    catcher ();
  if (c & 2)
    {
      D3 (6)
    }
  printf (" |");
}

static void
boom (int i)
{
  printf (" boom%d", i);
  defer_panic ((void *) "x");
}

static void
rescue (void)
{
  char *v = defer_recover ();
  printf (" recovered:%s", v ? v : "nothing");
}

static __attribute__ ((noinline)) int
nine_panic (void)
{
  defer (put, 0); defer (rescue); defer (put, 2);
  defer (put, 3); defer (put, 4); defer (boom, 5);
  defer (put, 6); defer (put, 7); defer (put, 8);
  return 1;
}

int
main (void)
{
  /* The chain's array exists after the first push.  */
  nine (0, 0);
  printf ("\n");
  struct __defer_slot *top = __defer_thread.top;
  for (int c = 0; c < 4; c++)
    for (int jump = 0; jump < 2; jump++)
      {
	printf ("c=%d jump=%d:", c, jump);
	nine (c, jump);
	printf ("\n");
      }
  printf ("panic:");
  int r = nine_panic ();
  printf (" returned %d\n", r);
  printf ("chain %s\n", __defer_thread.top == top ? "back" : "moved");
  return 0;
}

/* { dg-output "^ \\| 2 1 0\n" } */
/* { dg-output "c=0 jump=0: \\| 2 1 0\n" } */
/* { dg-output "c=0 jump=1: \\| 2 1 0\n" } */
/* { dg-output "c=1 jump=0: \\| 5 4 3 2 1 0\n" } */
/* { dg-output "c=1 jump=1: \\| 5 4 3 2 1 0\n" } */
/* { dg-output "c=2 jump=0: \\| 8 7 6 2 1 0\n" } */
/* { dg-output "c=2 jump=1: \\| 8 7 6 2 1 0\n" } */
/* { dg-output "c=3 jump=0: \\| 8 7 6 5 4 3 2 1 0\n" } */
/* { dg-output "c=3 jump=1: \\| 8 7 6 5 4 3 2 1 0\n" } */
/* { dg-output "panic: 8 7 6 boom5 4 3 2 recovered:x 0 returned 1\n" } */
/* { dg-output "chain back\n\$" } */
