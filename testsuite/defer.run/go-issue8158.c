/* Go's test/fixedbugs/issue8158.go (f1 and f2): a deferred call recovers
   the panic, then calls Goexit (pthread_exit); the goroutine (the thread)
   ends, and the recovered panic must leave nothing behind that a later
   goroutine trips over (Go: a stack-allocated panic left on the panic
   stack, walked by the GC).  */
/* { dg-do run } */

#include <pthread.h>
#include "go-panic.h"

static void
f1_closure (void)
{
  printf ("f1 closure: %s\n", go_show (defer_recover ()));
  pthread_exit (NULL);	/* left stack-allocated Panic struct on gp->panic stack */
}

static void
f1 (void)
{
  defer (f1_closure);
  defer_panicf ("p");
}

static void
f2_closure (void)
{
  printf ("f2 closure: %s\n", go_show (defer_recover ()));
  pthread_exit (NULL);
}

static void
f2 (void)
{
  volatile char overwrite[4096];

  defer (f2_closure);
  memset ((char *) overwrite, 0x5a, sizeof overwrite);	/* overwrote Panic struct with Timer struct */
  defer_panicf ("p");
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
  run ("f1", f1);
  run ("f2", f2);
  return 0;
}

/* { dg-output "^f1 closure: \"p\"\nf1: the goroutine exited, f returned: false\nf2 closure: \"p\"\nf2: the goroutine exited, f returned: false\n\$" } */
