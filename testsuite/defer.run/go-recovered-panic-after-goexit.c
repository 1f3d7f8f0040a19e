/* Go's src/runtime/crash_test.go, TestRecoveredPanicAfterGoexit
   (testprog's RecoveredPanicAfterGoexit): a deferred call that Goexit
   (pthread_exit) runs panics, and a call it deferred recovers that panic;
   the Goexit goes on and the goroutine (the thread) ends.  Go runs it in
   the main goroutine, whose Goexit ends in a deadlock error; here a
   thread of its own, whose function must not return.  */
/* { dg-do run } */

#include <pthread.h>
#include "go-panic.h"

static void
RecoveredPanicAfterGoexit_1_1 (void)
{
  void *r = defer_recover ();
  printf ("RecoveredPanicAfterGoexit closure 1.1: %s\n", go_show (r));
  if (r == NULL)
    die ("bad recover");
}

static void
RecoveredPanicAfterGoexit_1 (void)
{
  defer (RecoveredPanicAfterGoexit_1_1);
  defer_panicf ("hello");
}

static void
RecoveredPanicAfterGoexit (void)
{
  defer (RecoveredPanicAfterGoexit_1);
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
  run ("RecoveredPanicAfterGoexit", RecoveredPanicAfterGoexit);
  return 0;
}

/* { dg-output "^RecoveredPanicAfterGoexit closure 1\\.1: \"hello\"\nRecoveredPanicAfterGoexit: the goroutine exited, f returned: false\n\$" } */
