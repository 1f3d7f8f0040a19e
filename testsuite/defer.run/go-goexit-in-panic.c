/* Go's src/runtime/crash_test.go, TestGoexitInPanic (testprog's
   GoexitInPanic, Go's issue 8774): a deferred call that a panic runs calls
   Goexit (pthread_exit); the goroutine (the thread) ends, and the panic
   with it, without ending the program.  Go's test then calls Goexit in
   main too, for a deadlock error; here main waits for the thread.  */
/* { dg-do run } */

#include <pthread.h>
#include "go-panic.h"

static void
GoexitInPanic_closure (void)
{
  printf ("GoexitInPanic closure\n");
  pthread_exit (NULL);
}

static void
GoexitInPanic (void)
{
  defer (GoexitInPanic_closure);
  defer_panicf ("hello");
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
  run ("GoexitInPanic", GoexitInPanic);
  return 0;
}

/* { dg-output "^GoexitInPanic closure\nGoexitInPanic: the goroutine exited, f returned: false\n\$" } */
