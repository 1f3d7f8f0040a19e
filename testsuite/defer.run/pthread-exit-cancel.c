/* pthread_exit and pthread_cancel unwind the thread: the deferred calls of its frames run (Go's Goexit), newest first, and the thread ends as it would without them, its exit value kept; defer_recover returns NULL there: this is not a panic.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <defer.h>

static void
say (const char *s)
{
  printf ("%s\n", s);
}

static void
try_recover (void)
{
  printf ("recover: %s\n", defer_recover () ? "a value" : "NULL");
}

static void
leave (int how)
{
  defer (say, "leave: deferred");
  if (how == 0)
    pthread_exit ((void *) 42);
  for (;;)
    pthread_testcancel ();
}

static void *
body (void *arg)
{
  defer (say, "body: deferred");
  defer (try_recover);
  for (int i = 0; i < 2; i++)
    defer (printf, "body: loop defer %d\n", i);
  leave ((int) (long) arg);
  say ("not reached");
  return NULL;
}

int
main (void)
{
  pthread_t t;
  void *value;

  pthread_create (&t, NULL, body, (void *) 0L);
  pthread_join (t, &value);
  printf ("pthread_exit: value %ld\n", (long) value);

  pthread_create (&t, NULL, body, (void *) 1L);
  pthread_cancel (t);
  pthread_join (t, &value);
  printf ("pthread_cancel: %s\n",
	  value == PTHREAD_CANCELED ? "canceled" : "not canceled");
  return 0;
}

/* { dg-output "^leave: deferred\nbody: loop defer 1\nbody: loop defer 0\nrecover: NULL\nbody: deferred\n" } */
/* { dg-output "pthread_exit: value 42\n" } */
/* { dg-output "leave: deferred\nbody: loop defer 1\nbody: loop defer 0\nrecover: NULL\nbody: deferred\n" } */
/* { dg-output "pthread_cancel: canceled\n" } */
