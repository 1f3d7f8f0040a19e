/* The lifecycle of a thread's runtime state.

   A thread's state (struct defer_thread, in thread-local storage) starts
   empty: no chain array, no records, no panics.  The first time the
   thread allocates (a chain array, a panic record), it registers a
   pthread key whose destructor gives everything back when the thread
   exits: the chain's array and spare records, the pools' free lists, the
   panic records.  The main thread's state and the central pool go at
   process exit, so that valgrind finds every block freed.  A fork child
   never inherits the central pool's lock held.  */

#include <pthread.h>
#include "defer-internal.h"

static pthread_once_t defer_once = PTHREAD_ONCE_INIT;
static pthread_key_t defer_key;

/* defer_thread_exit is the thread-exit hook: the exiting thread's chain,
   free lists and panic records go back.  A later defer in another key
   destructor of the thread finds a new thread's state and registers
   again.  */
static void
defer_thread_exit (void *arg)
{
  struct defer_thread *t = &__defer_thread;

  (void) arg;
  __deferrt_chain_release (t);
  __deferrt_pool_release (t);
  __deferrt_panic_release (t);
  t->registered = 0;
}

/* defer_init makes the thread-exit key and the fork hooks, once.  */
static void
defer_init (void)
{
  if (pthread_key_create (&defer_key, defer_thread_exit) != 0)
    __deferrt_fatal ("cannot create the defer thread-exit key");
  pthread_atfork (__deferrt_pool_lock, __deferrt_pool_unlock,
		  __deferrt_pool_unlock);
}

/* __deferrt_thread_register arranges for T, the calling thread's state, to
   be released when the thread exits.  Called when the thread first
   allocates.  */
void
__deferrt_thread_register (struct defer_thread *t)
{
  pthread_once (&defer_once, defer_init);
  if (pthread_setspecific (defer_key, t) != 0)
    __deferrt_fatal ("cannot register the defer thread-exit hook");
  t->registered = 1;
}

/* defer_process_exit releases, at process exit, the state of the calling
   thread and the whole central pool.  */
__attribute__ ((destructor)) static void
defer_process_exit (void)
{
  defer_thread_exit (NULL);
  __deferrt_pool_release_central ();
}
