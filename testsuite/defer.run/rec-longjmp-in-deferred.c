/* A deferred call of a function with records longjmps inside itself: it
   calls a function that pushes records and longjmps back to a setjmp in
   the deferred call, which then returns normally.  The abandoned records
   sit on the chain above the exit loop's place when the call returns;
   the loop goes on with the frame's next record, the abandoned ones
   never run, and the chain does not grow: 20000 rounds, then a fresh
   function's defers in order.  Expected output by hand: C's rule is that
   a longjmp runs nothing on its way.  */
/* { dg-do run } */

#include <setjmp.h>
#include <stdio.h>
#include <defer.h>

/* The thread's chain, as defer.h publishes its layout for the plugin's
   inline paths: its top must be back where it was after each round.  */
extern __thread struct __defer_chain __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

static unsigned long calls, abandoned_ran;
static int verbose = 1;

static void
note (const char *s)
{
  calls++;
  if (verbose)
    printf ("%s\n", s);
}

static void
abandoned (int i)
{
  abandoned_ran += (unsigned long) i + 1;
}

static __attribute__ ((noipa)) void
push_and_jump (jmp_buf *env)
{
  /* A loop's defers: heap records.  */
  for (int i = 0; i < 3; i++)
    defer (abandoned, i);
  longjmp (*env, 1);
}

static void
jumper (void)
{
  jmp_buf env;

  if (setjmp (env) == 0)
    push_and_jump (&env);
  note ("jumper returned");
}

/* Nine defers: stack records, and an exit loop.  */
static __attribute__ ((noipa)) void
frame (void)
{
  defer (note, "9"); defer (note, "8"); defer (note, "7");
  defer (note, "6"); defer (note, "5"); defer (note, "4");
  defer (jumper); defer (note, "2"); defer (note, "1");
}

int
main (void)
{
  struct __defer_slot *top;
  int moved = 0;

  frame ();
  verbose = 0;
  top = __defer_thread.top;
  for (int i = 0; i < 20000; i++)
    {
      frame ();
      moved += __defer_thread.top != top;
    }
  verbose = 1;
  printf ("%lu calls, abandoned ran %lu, the top moved %d times\n", calls,
	  abandoned_ran, moved);
  calls = 0;
  frame ();
  return 0;
}

/* { dg-output "1\n2\njumper returned\n4\n5\n6\n7\n8\n9\n" } */
/* { dg-output "180009 calls, abandoned ran 0, the top moved 0 times\n" } */
/* { dg-output "1\n2\njumper returned\n4\n5\n6\n7\n8\n9\n" } */
