/* longjmp and panics: a deferred call that a panic is running longjmps
   out of it, past the panicking frames, to a setjmp above them; records
   that a longjmp abandoned are on the chain when a panic starts.  The
   runtime stays consistent: the abandoned panic is over (recover outside
   a panic returns NULL again), the calls the panic had not run yet never
   run, the abandoned records never run, and later panics and recovers
   work as if nothing had happened.  Expected output by hand: Go has no
   longjmp; C's rule is that a longjmp runs nothing on its way.  */
/* { dg-do run } */

#include <setjmp.h>
#include <stdio.h>
#include <defer.h>

static jmp_buf env;

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
jump_out (void)
{
  say ("jump");
  longjmp (env, 1);
}

static void
rec (void)
{
  void *v = defer_recover ();
  printf ("rec %s\n", v ? (char *) v : "nil");
}

/* A panic whose second deferred call longjmps: the first (newest) ran,
   the third never does.  */
static void
panicking (void)
{
  defer (say, "never: older than the jump");
  defer (jump_out);
  defer (say, "first deferred call");
  defer_panic ((void *) "one");
}

/* Records pushed, then abandoned by a longjmp out of the loop's frame.  */
static void
abandoning (int n)
{
  for (int i = 0; i < n; i++)
    defer (say, "never: abandoned record");
  defer (say, "never: abandoned stack record");
  longjmp (env, 2);
}

static int
recovering (int n)
{
  defer (rec);
  for (int i = 0; i < n; i++)
    defer (say, "loop defer");
  defer_panic ((void *) "two");
  return 1;
}

int
main (void)
{
  volatile int step = 0;
  defer (say, "main's defer");

  if (setjmp (env) == 0)
    panicking ();
  printf ("back, recover %s\n", defer_recover () ? "stops" : "nil");
  step++;
  if (setjmp (env) == 0)
    abandoning (3);
  printf ("back %d\n", step);
  printf ("recovering returned %d\n", recovering (2));
  rec ();
  return 0;
}

/* { dg-output "^first deferred call\njump\nback, recover nil\nback 1\n" } */
/* { dg-output "loop defer\nloop defer\nrec two\nrecovering returned 0\n" } */
/* { dg-output "rec nil\nmain's defer\n\$" } */
