/* Go's src/runtime/crash_test.go, TestRecoverBeforePanicAfterGoexit and
   TestRecoverBeforePanicAfterGoexit2 (testprog's functions of the same
   names): Goexit (pthread_exit) runs a deferred call that panics, and an
   earlier deferred call of the same frame recovers the panic.  Go then
   resumes the Goexit, not the function: "For Goexit, we explicitly resume
   execution in the Goexit loop, instead of resuming execution in the
   caller (which would make the Goexit disappear!)".  The second test has
   record defers (in a loop) that run after the recover.  Go runs them in
   the main goroutine, whose Goexit ends in a deadlock error; here each in
   a thread of its own, whose function must not return.  */
/* { dg-do run } */

#include <pthread.h>
#include "go-panic.h"

static void
RecoverBeforePanicAfterGoexit_1 (void)
{
  void *r = defer_recover ();
  printf ("RecoverBeforePanicAfterGoexit closure 1: %s\n", go_show (r));
  if (r == NULL)
    die ("bad recover");
}

static void
RecoverBeforePanicAfterGoexit_2 (void)
{
  printf ("RecoverBeforePanicAfterGoexit closure 2\n");
  defer_panicf ("hello");
}

static void
RecoverBeforePanicAfterGoexit (void)
{
  /* 1. defer a function that recovers
     2. defer a function that panics
     3. call goexit
     Goexit runs the #2 defer.  Its panic is caught by the #1 defer.  */
  defer (RecoverBeforePanicAfterGoexit_1);
  defer (RecoverBeforePanicAfterGoexit_2);
  pthread_exit (NULL);
}

static void
loop_closure (void)
{
  printf ("RecoverBeforePanicAfterGoexit2 loop closure\n");
}

static void
RecoverBeforePanicAfterGoexit2_1 (void)
{
  void *r = defer_recover ();
  printf ("RecoverBeforePanicAfterGoexit2 closure 1: %s\n", go_show (r));
  if (r == NULL)
    die ("bad recover");
}

static void
RecoverBeforePanicAfterGoexit2_2 (void)
{
  printf ("RecoverBeforePanicAfterGoexit2 closure 2\n");
  defer_panicf ("hello");
}

static void
RecoverBeforePanicAfterGoexit2 (void)
{
  int i;

  for (i = 0; i < 2; i++)
    defer (loop_closure);
  defer (RecoverBeforePanicAfterGoexit2_1);
  defer (RecoverBeforePanicAfterGoexit2_2);
  pthread_exit (NULL);
}

static int returned;

/* The goroutine: runs F, then notes that F returned.  */
static void *
start (void *f)
{
  ((void (*) (void)) f) ();
  returned = 1;
  return NULL;
}

/* Go's go f () and the WaitGroup's Wait.  */
static void
run (const char *name, void (*f) (void))
{
  pthread_t th;

  returned = 0;
  if (pthread_create (&th, NULL, start, (void *) f) != 0)
    die ("pthread_create");
  pthread_join (th, NULL);
  printf ("%s: the goroutine exited, f returned: %s\n", name,
	  returned ? "true" : "false");
}

int
main (void)
{
  run ("RecoverBeforePanicAfterGoexit", RecoverBeforePanicAfterGoexit);
  run ("RecoverBeforePanicAfterGoexit2", RecoverBeforePanicAfterGoexit2);
  return 0;
}

/* { dg-output "^RecoverBeforePanicAfterGoexit closure 2\nRecoverBeforePanicAfterGoexit closure 1: \"hello\"\nRecoverBeforePanicAfterGoexit: the goroutine exited, f returned: false\nRecoverBeforePanicAfterGoexit2 closure 2\n" } */
/* { dg-output "RecoverBeforePanicAfterGoexit2 closure 1: \"hello\"\nRecoverBeforePanicAfterGoexit2 loop closure\nRecoverBeforePanicAfterGoexit2 loop closure\nRecoverBeforePanicAfterGoexit2: the goroutine exited, f returned: false\n\$" } */
