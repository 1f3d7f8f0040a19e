/* An unrecovered panic from 50 frames down: every fifth frame's
   deferred call prints (some of them heap records), newest first, one
   tries recover through a helper (NULL: it is not the deferred
   function), and once every deferred call has run the process prints
   the panic and a traceback of the 50 frames of deep, then of run and
   main, and exits with status 2.  The panic happens in a child process
   (fork), so that the parent can check the exit status itself (DejaGnu
   only tells zero from non-zero) and print it.  Expected output by
   hand: frames 0, 5, ..., 45 print, in that order (frame 20 also tries
   its recover first: its defer is the newer one).  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <defer.h>

#define DEPTH 50

static volatile int sink;

static void
say (int n)
{
  printf ("deferred in frame %d\n", n);
}

static __attribute__ ((noipa)) void *
helper_recover (void)
{
  return defer_recover ();
}

static void
try_recover (int n)
{
  printf ("frame %d: recover from a helper: %s\n", n,
	  helper_recover () ? "a value" : "NULL");
}

/* Frame N of the stack, the deepest being 0: DEPTH - N calls below
   run.  */
static __attribute__ ((noipa)) void
deep (int n)
{
  if (n % 10 == 5)
    for (int i = 0; i < 1; i++)
      defer (say, n);
  else if (n % 5 == 0)
    defer (say, n);
  if (n == 20)
    defer (try_recover, n);
  if (n == 0)
    defer_panicf ("%d frames down", DEPTH);
  deep (n - 1);
  sink = n;
}

static __attribute__ ((noipa)) void
run (void)
{
  deep (DEPTH - 1);
  sink = 0;
}

int
main (void)
{
  pid_t pid;
  int status;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      return 1;
    }
  if (pid == 0)
    {
      unsetenv ("DEFER_TRACEBACK");
      run ();
      printf ("not reached\n");
      return 0;
    }
  if (waitpid (pid, &status, 0) != pid)
    {
      perror ("waitpid");
      return 1;
    }
  if (WIFEXITED (status))
    printf ("exit status %d\n", WEXITSTATUS (status));
  else
    printf ("no exit: status 0x%x\n", status);
  return 0;
}

/* { dg-output "^deferred in frame 0\ndeferred in frame 5\ndeferred in frame 10\n" } */
/* { dg-output "deferred in frame 15\nframe 20: recover from a helper: NULL\n" } */
/* { dg-output "deferred in frame 20\ndeferred in frame 25\ndeferred in frame 30\n" } */
/* { dg-output "deferred in frame 35\ndeferred in frame 40\ndeferred in frame 45\n" } */
/* { dg-output "panic: 50 frames down\n\nthread \[0-9\]+ \\\[running\\\]:\n" } */
/* { dg-output "defer_panicf\\(\\.\\.\\.\\)\n\t\[^\n\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "(deep\\(\\.\\.\\.\\)\n\t\[^\n\]+ \\+0x\[0-9a-f\]+\n){50}" } */
/* { dg-output "run\\(\\.\\.\\.\\)\n\t\[^\n\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "main\\(\\.\\.\\.\\)\n\t\[^\n\]+ \\+0x\[0-9a-f\]+\n" } */
/* { dg-output "(\[^\n\]*\n)*exit status 2\n\$" } */
