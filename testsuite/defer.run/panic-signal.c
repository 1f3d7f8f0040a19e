/* A panic raised by a signal handler, 100 times: SIGUSR1 sent with
   raise, whose handler defers a call and panics; the panic goes up
   through the handler's frame, the signal frame (the kernel's, which
   libgcc's unwinder knows by its sigreturn code, not by unwind tables),
   glibc's raise and the frame that called raise (with a defer), to a
   deferred recover in the frame above.  The handler is installed with
   SA_NODEFER: it never returns, so without it SIGUSR1 would stay
   blocked after the first round.

   raise is called through a pointer whose type has no nothrow: glibc
   declares raise __THROW, so GCC gives the direct call no call-site
   entry in the caller's exception table, and the unwinder passes that
   frame without running its landing pad (its deferred calls would not
   run and a recover deferred there would never see the panic).

   Expected output by hand: per round the handler's deferred call, the
   raising frame's, the guard's, then the recover.  */
/* { dg-do run } */

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>

static char trace[16];
static int len;

static void
note (int c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = (char) c;
  trace[len] = '\0';
}

static void
handler (int sig)
{
  defer (note, 'h');
  defer_panicf ("signal %d", sig);
}

static int (*volatile raise_fn) (int) = raise;

static __attribute__ ((noipa)) void
raising (void)
{
  defer (note, 'i');
  raise_fn (SIGUSR1);
  note ('?');
}

static void
rescue (int *res)
{
  void *v = defer_recover ();
  char want[16];

  note ('R');
  snprintf (want, sizeof want, "signal %d", SIGUSR1);
  if (v != NULL)
    *res = strcmp ((const char *) v, want) == 0 ? 1 : -1;
}

static __attribute__ ((noipa)) int
guarded (void)
{
  int *res = defer_result (int);

  defer (rescue, res);
  defer (note, 'g');
  raising ();
  return 0;
}

int
main (void)
{
  struct sigaction sa;
  sigset_t mask;
  int i, ok = 0;

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  sigemptyset (&sa.sa_mask);
  if (sigaction (SIGUSR1, &sa, NULL) != 0)
    {
      perror ("sigaction");
      return 1;
    }
  for (i = 0; i < 100; i++)
    {
      int r;

      len = 0;
      r = guarded ();
      if (i == 0)
	printf ("round 0: %s %d\n", trace, r);
      if (r == 1 && strcmp (trace, "higR") == 0)
	ok++;
    }
  sigprocmask (SIG_BLOCK, NULL, &mask);
  printf ("%d of 100 recovered, SIGUSR1 %s\n", ok,
	  sigismember (&mask, SIGUSR1) ? "blocked" : "not blocked");
  return 0;
}

/* { dg-output "^round 0: higR 1\n100 of 100 recovered, SIGUSR1 not blocked\n\$" } */
