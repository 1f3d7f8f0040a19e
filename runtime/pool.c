/* Heap defer records: per-thread pools by size class.

   Go keeps free _defer records in a pool per P (p.deferpool) and in a
   central pool (sched.deferpool, under sched.deferlock): newdefer takes
   from the P's pool and refills an empty one from the central pool,
   freedefer gives back to the P's pool and moves half of a full one to the
   central pool.  Here the thread plays the P.

   A heap record of SIZE bytes belongs to size class (SIZE + 15) >> 4, up
   to 256-byte records (defer-internal.h): a shift, no table.  Each thread
   has one free list per class in its struct defer_thread, linked through
   the records' link field, and taken without a lock.  The pool is behind
   the chain's slots (chain.c): a slot keeps its heap record as a spare for
   the next heap push into it, so a loop of defers run again and again
   does not come here at all.  The pool serves the slow paths:

   - a slot without a spare of the right class takes a record from the free
     list of its class; an empty list takes one batch from the central
     pool, or mallocs one record when the central pool has none;
   - a list holding DEFER_LOCAL_MAX records that gets one more gives all
     but its newest DEFER_BATCH to the central pool as one batch;
   - the central pool keeps at most DEFER_CENTRAL_MAX batches per class and
     frees the others: memory follows use, so a loop of n defers costs O(n)
     records, freed when its function returns and the chain trims its
     spares;
   - records above the largest class are malloc'd and freed one by one.

   Records are malloc'd one by one, so any of them can go back to free.  The
   central pool is a stack of batches per class: a batch is a list of
   records linked through link; its first record holds the number of
   records in its site field and the next batch in its frame field.  Moving
   a batch in or out is O(1), the only work done under the lock.

   A thread's records go back at its exit (thread.c: its chain's spares,
   stale records included, and its lists, to the central pool), and the
   main thread's and the central pool's at process exit, so that valgrind
   finds every block freed.  */

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include "defer-internal.h"

_Static_assert (_Alignof (max_align_t) >= 16,
		"malloc must return 16-byte aligned heap defer records");
_Static_assert (DEFER_CLASS_BYTES (DEFER_MIN_CLASS)
		>= sizeof (struct __defer_record),
		"the smallest size class must hold a record header");

/* The central pool: per class, a stack of batches and its depth.  */
static struct
{
  pthread_mutex_t lock;
  struct __defer_record *batches[DEFER_MAX_CLASS + 1];
  unsigned int nbatches[DEFER_MAX_CLASS + 1];
} defer_central = { .lock = PTHREAD_MUTEX_INITIALIZER };

/* defer_free_list frees the records of the list R.  */
static void
defer_free_list (struct __defer_record *r)
{
  while (r != NULL)
    {
      struct __defer_record *next = r->link;
      free (r);
      r = next;
    }
}

/* defer_alloc mallocs a heap record of BYTES bytes tagged SIZECLASS.  */
static struct __defer_record *
defer_alloc (unsigned long bytes, unsigned int sizeclass)
{
  struct __defer_record *r = malloc (bytes);

  if (r == NULL)
    __deferrt_fatal ("out of memory allocating a defer record");
  r->sizeclass = sizeclass;
  return r;
}

/* defer_central_put gives the list B of N records of class C to the
   central pool as one batch, or frees it if the pool is full.  */
static void
defer_central_put (unsigned int c, struct __defer_record *b, unsigned int n)
{
  b->site = n;
  pthread_mutex_lock (&defer_central.lock);
  if (defer_central.nbatches[c] < DEFER_CENTRAL_MAX)
    {
      b->frame = defer_central.batches[c];
      defer_central.batches[c] = b;
      defer_central.nbatches[c]++;
      b = NULL;
    }
  pthread_mutex_unlock (&defer_central.lock);
  defer_free_list (b);
}

/* defer_refill moves one batch of class C from the central pool to T's
   empty free list; it returns 0 if the central pool has none.  */
static int
defer_refill (struct defer_thread *t, unsigned int c)
{
  struct __defer_record *b;

  pthread_mutex_lock (&defer_central.lock);
  b = defer_central.batches[c];
  if (b != NULL)
    {
      defer_central.batches[c] = b->frame;
      defer_central.nbatches[c]--;
    }
  pthread_mutex_unlock (&defer_central.lock);
  if (b == NULL)
    return 0;
  t->free[c] = b;
  t->nfree[c] = b->site;
  return 1;
}

/* defer_spill keeps the newest DEFER_LOCAL_MAX - DEFER_BATCH records of
   T's full free list of class C and gives the older ones to the central
   pool.  */
static void
defer_spill (struct defer_thread *t, unsigned int c)
{
  const unsigned int keep = DEFER_LOCAL_MAX - DEFER_BATCH;
  struct __defer_record *last = t->free[c];
  struct __defer_record *b;
  unsigned int i;

  for (i = 1; i < keep; i++)
    last = last->link;
  b = last->link;
  last->link = NULL;
  defer_central_put (c, b, t->nfree[c] - keep);
  t->nfree[c] = keep;
}

/* __deferrt_pool_get returns a heap record of at least SIZE bytes, tagged
   with its class: from T's free list of its class, refilled from the
   central pool when empty, else from malloc; records above the largest
   class come from malloc.  A SIZE smaller than the header is a broken
   promise of the plugin.  */
struct __defer_record *
__deferrt_pool_get (struct defer_thread *t, unsigned long size)
{
  unsigned long c = DEFER_CLASS_OF (size);
  struct __defer_record *r;

  if (__builtin_expect (size < sizeof (struct __defer_record), 0))
    __deferrt_fatal ("heap defer record smaller than its header");
  if (__builtin_expect (c > DEFER_MAX_CLASS, 0))
    {
      if (size > ~0UL - 15)
	__deferrt_fatal ("heap defer record size overflows");
      return defer_alloc (DEFER_CLASS_BYTES (c), DEFER_SIZECLASS_MALLOC);
    }
  r = t->free[c];
  if (r == NULL)
    {
      if (!defer_refill (t, c))
	return defer_alloc (DEFER_CLASS_BYTES (c), c);
      r = t->free[c];
    }
  t->free[c] = r->link;
  t->nfree[c]--;
  return r;
}

/* __deferrt_pool_put gives the heap record R back: to T's free list of its
   class, spilling half of a full list to the central pool first; a
   malloc'd record to free.  Any other tag means the header was
   overwritten.  */
void
__deferrt_pool_put (struct defer_thread *t, struct __defer_record *r)
{
  unsigned int c = r->sizeclass;

  if (c == DEFER_SIZECLASS_MALLOC)
    {
      free (r);
      return;
    }
  if (__builtin_expect (c < DEFER_MIN_CLASS || c > DEFER_MAX_CLASS, 0))
    __deferrt_fatal ("released heap defer record has a bad size class "
		   "(record header overwritten)");
  if (t->nfree[c] >= DEFER_LOCAL_MAX)
    defer_spill (t, c);
  r->link = t->free[c];
  t->free[c] = r;
  t->nfree[c]++;
}

/* __deferrt_pool_release gives all of T's free lists to the central pool,
   leaving them empty.  */
void
__deferrt_pool_release (struct defer_thread *t)
{
  unsigned int c;

  for (c = DEFER_MIN_CLASS; c <= DEFER_MAX_CLASS; c++)
    if (t->free[c] != NULL)
      {
	defer_central_put (c, t->free[c], t->nfree[c]);
	t->free[c] = NULL;
	t->nfree[c] = 0;
      }
}

/* __deferrt_pool_lock and __deferrt_pool_unlock take and release the central
   pool's lock, around a fork: a child must not inherit it held.  */
void
__deferrt_pool_lock (void)
{
  pthread_mutex_lock (&defer_central.lock);
}

void
__deferrt_pool_unlock (void)
{
  pthread_mutex_unlock (&defer_central.lock);
}

/* __deferrt_pool_release_central frees every batch of the central pool, at
   process exit.  Threads still running keep their free lists; they refill
   from malloc if the pool is empty.  */
void
__deferrt_pool_release_central (void)
{
  struct __defer_record *batches[DEFER_MAX_CLASS + 1];
  unsigned int c;

  pthread_mutex_lock (&defer_central.lock);
  for (c = 0; c <= DEFER_MAX_CLASS; c++)
    {
      batches[c] = defer_central.batches[c];
      defer_central.batches[c] = NULL;
      defer_central.nbatches[c] = 0;
    }
  pthread_mutex_unlock (&defer_central.lock);
  for (c = 0; c <= DEFER_MAX_CLASS; c++)
    while (batches[c] != NULL)
      {
	struct __defer_record *next = batches[c]->frame;
	defer_free_list (batches[c]);
	batches[c] = next;
      }
}
