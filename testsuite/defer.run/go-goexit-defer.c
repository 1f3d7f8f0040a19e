/* Go's src/runtime/crash_test.go, TestGoexitDefer: Goexit (here
   pthread_exit, in a thread: the goroutine) runs the thread's deferred
   calls, where recover returns nil; the goroutine ends there, the
   function that called Goexit never returns.  */
/* { dg-do run } */

#include <pthread.h>
#include "go-panic.h"

static void
GoexitDefer_closure (void)
{
  void *r = defer_recover ();
  printf ("GoexitDefer closure: %s\n", go_show (r));
  if (r != NULL)
    die ("non-nil recover during Goexit");
}

static void
GoexitDefer (void)
{
  defer (GoexitDefer_closure);
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
  run ("GoexitDefer", GoexitDefer);
  return 0;
}

/* { dg-output "^GoexitDefer closure: nil\nGoexitDefer: the goroutine exited, f returned: false\n\$" } */
