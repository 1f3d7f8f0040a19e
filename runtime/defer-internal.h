/* defer-internal.h: the runtime's private interface.

   The thread state (its chain and its pools), the size classes, and the
   fast paths of the pools, inline so that __defer_proc and __defer_return
   compile to straight-line code; their slow paths live in pool.c.  Nothing
   here is exported from libdefer.so.  */

#ifndef DEFER_INTERNAL_H
#define DEFER_INTERNAL_H

#include <stdint.h>

/* defer.h stops a compilation without the plugin, which the runtime never
   has: the runtime sees the header's declarations as plugin-compiled code
   does, with version 0.  */
#ifndef __DEFER__
#define __DEFER__ 0
#endif
#include "defer.h"

#pragma GCC visibility push(hidden)

/* Size classes.  A heap record of SIZE bytes (header included) belongs to
   class (SIZE + 15) >> 4 and is DEFER_CLASS_BYTES (class) bytes long: class
   2 holds 32-byte records (the header and one pointer), class 16 the largest
   pooled ones, 256 bytes.  The class is the record's sizeclass tag; larger
   records are tagged DEFER_SIZECLASS_MALLOC and go straight to malloc and
   free.  A stack record is tagged 0.  */
#define DEFER_CLASS_SHIFT 4
#define DEFER_MIN_CLASS 2
#define DEFER_MAX_CLASS 16
#define DEFER_CLASS_OF(size) (((size) + 15) >> DEFER_CLASS_SHIFT)
#define DEFER_CLASS_BYTES(c) ((unsigned long) (c) << DEFER_CLASS_SHIFT)
#define DEFER_SIZECLASS_STACK 0u
#define DEFER_SIZECLASS_MALLOC 0xffffffffu

/* Pool bounds.  A thread's free list of one class holds at most
   DEFER_LOCAL_MAX records; past that, DEFER_BATCH of them go to the central
   pool as one batch, and an empty free list takes one batch back.  The
   central pool keeps at most DEFER_CENTRAL_MAX batches per class and frees
   the rest.  */
#define DEFER_LOCAL_MAX 64
#define DEFER_BATCH (DEFER_LOCAL_MAX / 2)
#define DEFER_CENTRAL_MAX 32

/* A slot of the chain: one pushed record and the frame that owns it.  WORD
   is the record's address, with DEFER_SLOT_HEAP set for a heap record; the
   runtime learns everything it needs about a stale record from its slot,
   without reading the record itself (see chain.c).  */
struct defer_slot
{
  uintptr_t frame;
  uintptr_t word;
};

#define DEFER_SLOT_HEAP ((uintptr_t) 1)

/* The runtime's state of one thread.  The chain is the array of slots
   [BASE, TOP), newest at TOP - 1; BASE[-1] is a sentinel whose frame is
   above every real frame, so TOP[-1] can always be read.  LIMIT is the end
   of the array.  PENDING is the heap record that __defer_return returned
   last, released by its next call.  FREE and NFREE are the per-class free
   lists (linked through the records' link field) and their lengths.  */
struct defer_thread
{
  struct defer_slot *top;
  struct defer_slot *base;
  struct defer_slot *limit;
  struct __defer_record *pending;
  struct __defer_record *free[DEFER_MAX_CLASS + 1];
  unsigned int nfree[DEFER_MAX_CLASS + 1];
  int registered;
};

extern __thread struct defer_thread __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

/* The sentinel slot every thread's chain starts from (chain.c).  */
extern const struct defer_slot __defer_sentinel[1];

/* __defer_fatal reports a broken runtime invariant, MSG, as "fatal error:
   MSG" on stderr and aborts.  For runtime bugs and corrupted records only;
   user misuse is a panic (panic.c).  */
_Noreturn void __defer_fatal (const char *msg) __attribute__ ((cold));

/* Chain (chain.c).  */
struct defer_slot *__defer_chain_grow (struct defer_thread *t);
void __defer_chain_release (struct defer_thread *t);

/* Pools (pool.c).  */
struct __defer_record *__defer_pool_get_slow (struct defer_thread *t,
					      unsigned long size);
void __defer_pool_put_slow (struct defer_thread *t, struct __defer_record *r);
void __defer_pool_release (struct defer_thread *t);
void __defer_thread_register (struct defer_thread *t);

/* defer_pool_get returns a heap record of at least SIZE bytes from T's
   free lists, or from the slow path when the class's list is empty or
   SIZE is above the largest class.  The record's sizeclass is set; its
   link, frame and site are not.  */
static inline struct __defer_record *
defer_pool_get (struct defer_thread *t, unsigned long size)
{
  unsigned long c = DEFER_CLASS_OF (size);
  struct __defer_record *r;

  if (__builtin_expect (c > DEFER_MAX_CLASS, 0)
      || __builtin_expect ((r = t->free[c]) == NULL, 0))
    return __defer_pool_get_slow (t, size);
  t->free[c] = r->link;
  t->nfree[c]--;
  return r;
}

/* defer_pool_put_fast gives the heap record R back to T's free list of its
   class and returns 1, or returns 0 without doing anything when
   __defer_pool_put_slow must: R's list is full, R was malloc'd for its
   size, or its tag is bad.  */
static inline int
defer_pool_put_fast (struct defer_thread *t, struct __defer_record *r)
{
  unsigned int c = r->sizeclass;

  if (__builtin_expect (c - DEFER_MIN_CLASS
			> DEFER_MAX_CLASS - DEFER_MIN_CLASS, 0)
      || __builtin_expect (t->nfree[c] >= DEFER_LOCAL_MAX, 0))
    return 0;
  r->link = t->free[c];
  t->free[c] = r;
  t->nfree[c]++;
  return 1;
}

/* defer_pool_put gives the heap record R back to T's pool.  */
static inline void
defer_pool_put (struct defer_thread *t, struct __defer_record *r)
{
  if (!defer_pool_put_fast (t, r))
    __defer_pool_put_slow (t, r);
}

#pragma GCC visibility pop

#endif /* DEFER_INTERNAL_H */
