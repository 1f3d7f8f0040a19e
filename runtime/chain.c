/* Defer records and the per-thread chain.

   Go lowers a defer in one of three ways (cmd/compile's ssagen, and
   runtime/panic.go): open-coded, stack record, heap record.  Open-coded
   defers never reach the runtime.  The other two leave a record, a
   struct __defer_record header followed by the payload the plugin lays
   out (the function pointer and the converted arguments):

   - a stack record lives in the deferring function's frame; the function
     hands it to __defer_proc_stack (Go's deferprocStack);
   - a heap record, for a defer in a loop, comes from __defer_proc (Go's
     deferproc), which takes it from the thread's pool (pool.c).

   Every function that uses records gets an anchor, the address of one of
   its locals.  Anchors identify activations and, since the stack grows
   down, order them: a smaller anchor is a deeper frame.  The function calls
   __defer_frame_enter (&anchor) at entry, pushes one record per defer
   executed, and at every exit runs

     while ((r = __defer_return (&anchor)))
       switch (r->site) { case 0: payload0->fn (payload0->a, ...); ... }

   so __defer_return is Go's deferreturn split one record at a time: it
   pops the newest record if it belongs to the frame, and the caller makes
   the call directly, at the cost of a direct call.  A heap record returned
   this way is released by the next __defer_return of the thread (the
   record is then "pending"): by that time its payload has been loaded.

   The chain.  Go links records through _defer.link, newest first, from
   g._defer.  Here the chain is an array of slots {frame, record} per
   thread (struct defer_thread), newest at the top, with the records
   themselves untouched once pushed.  The reason is longjmp.  A longjmp out
   of frames with pushed records abandons them: the next __defer_frame_enter
   or __defer_return of a shallower frame finds them (their frame is at or
   below its anchor) and drops them.  A stale stack record lies in dead
   stack that later calls have overwritten, so nothing may be read from
   it, not even its link: the slot says which frame owned it and whether
   it came from the heap, which is all dropping it needs.  A heap record
   stays ours until dropped, and goes back to the pool.

   Invariants.  A slot's frame equals its record's frame field while the
   record is pushed.  Slots are pushed by the deepest live frame, so every
   slot above a live frame's slots belongs to a deeper frame, live or dead:
   popping FRAME's records from the top, dropping stale slots of frames
   below FRAME on the way, finds them all and stops at the first slot of a
   shallower frame, which is never touched.  A broken invariant is a
   runtime bug or a corrupted record, reported by __defer_fatal ("fatal
   error: ..."); user misuse is a panic (panic.c).

   Limits.  Frames are ordered by address, so code running on another stack
   (a sigaltstack handler, makecontext coroutines) must not use records
   while frames of the thread's main stack have records pending.  Defers are
   not async-signal-safe.  */

#include <stdlib.h>
#include "defer-internal.h"

/* The first slot of the chain is this sentinel: its frame is above every
   real frame, so the top slot can be read without testing for an empty
   chain.  A thread starts with its array empty and its top at the
   sentinel; its first push grows the array.  */
const struct defer_slot __defer_sentinel[1] = { { UINTPTR_MAX, 0 } };

__thread struct defer_thread __defer_thread
  __attribute__ ((tls_model ("initial-exec"))) = {
  .top = (struct defer_slot *) &__defer_sentinel[1],
  .base = (struct defer_slot *) &__defer_sentinel[1],
  .limit = (struct defer_slot *) &__defer_sentinel[1],
};

/* Slots in a new array; arrays larger than DEFER_CHAIN_KEEP slots shrink
   when the chain drops to a quarter of them.  */
#define DEFER_CHAIN_INIT 64
#define DEFER_CHAIN_KEEP 4096

static void defer_chain_drop (struct defer_thread *t, uintptr_t frame);
static void defer_proc_stack_slow (struct __defer_record *r, void *frame,
				   unsigned int site);
static struct __defer_record *defer_proc_slow (unsigned long size,
					       void *frame, unsigned int site);
static struct __defer_record *defer_return_slow (void *frame);
static _Noreturn void defer_bad_record (void);

/* The fast paths below are leaf functions: each rare case tail-calls a slow
   path that does the whole job, so that no register needs saving.  */

/* __defer_frame_enter drops the records of frames at or below FRAME: their
   activations are dead, since the caller, which owns FRAME, is the deepest
   live frame and has not deferred anything yet.  Called at the entry of
   every function that uses records.  */
void
__defer_frame_enter (void *frame)
{
  struct defer_thread *t = &__defer_thread;

  if (__builtin_expect (t->top[-1].frame <= (uintptr_t) frame, 0))
    defer_chain_drop (t, (uintptr_t) frame);
}

/* __defer_proc_stack pushes the stack record R of the frame FRAME, made by
   the defer statement SITE.  Go's deferprocStack.  */
void
__defer_proc_stack (struct __defer_record *r, void *frame, unsigned int site)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_slot *s = t->top;

  if (__builtin_expect (s == t->limit, 0))
    {
      defer_proc_stack_slow (r, frame, site);
      return;
    }
  s->frame = (uintptr_t) frame;
  s->word = (uintptr_t) r;
  t->top = s + 1;
  r->frame = frame;
  r->site = site;
  r->sizeclass = DEFER_SIZECLASS_STACK;
}

/* defer_proc_stack_slow is __defer_proc_stack when the chain array is
   full.  */
static __attribute__ ((noinline)) void
defer_proc_stack_slow (struct __defer_record *r, void *frame,
		       unsigned int site)
{
  __defer_chain_grow (&__defer_thread);
  __defer_proc_stack (r, frame, site);
}

/* __defer_proc returns a heap record of at least SIZE bytes, pushed for
   FRAME and SITE; the caller stores the payload after the header.  The
   record stays the runtime's: __defer_return gives it back to the pool
   after its call.  Go's deferproc.  */
struct __defer_record *
__defer_proc (unsigned long size, void *frame, unsigned int site)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_slot *s = t->top;
  unsigned long c = DEFER_CLASS_OF (size);
  struct __defer_record *r;

  if (__builtin_expect (s == t->limit, 0)
      || __builtin_expect (c > DEFER_MAX_CLASS, 0)
      || __builtin_expect ((r = t->free[c]) == NULL, 0))
    return defer_proc_slow (size, frame, site);
  t->free[c] = r->link;
  t->nfree[c]--;
  s->frame = (uintptr_t) frame;
  s->word = (uintptr_t) r | DEFER_SLOT_HEAP;
  t->top = s + 1;
  r->frame = frame;
  r->site = site;
  return r;
}

/* defer_proc_slow is __defer_proc when the chain array is full or the
   record's free list is empty (or its size above the largest class).  */
static __attribute__ ((noinline)) struct __defer_record *
defer_proc_slow (unsigned long size, void *frame, unsigned int site)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_slot *s = t->top;
  struct __defer_record *r;

  if (s == t->limit)
    s = __defer_chain_grow (t);
  r = defer_pool_get (t, size);
  s->frame = (uintptr_t) frame;
  s->word = (uintptr_t) r | DEFER_SLOT_HEAP;
  t->top = s + 1;
  r->frame = frame;
  r->site = site;
  return r;
}

/* __defer_return pops and returns the newest record of FRAME, or returns
   NULL when FRAME has no record left.  It first releases the heap record it
   returned last on this thread, whose payload the caller has consumed, and
   drops stale records of dead frames below FRAME.  It never touches records
   of frames above FRAME.  Go's deferreturn, one record at a time.  */
struct __defer_record *
__defer_return (void *frame)
{
  struct defer_thread *t = &__defer_thread;
  struct __defer_record *p = t->pending;
  struct defer_slot *s = t->top - 1;
  struct __defer_record *r;

  if (p != NULL)
    {
      if (__builtin_expect (!defer_pool_put_fast (t, p), 0))
	return defer_return_slow (frame);
      t->pending = NULL;
    }
  if (__builtin_expect (s->frame != (uintptr_t) frame, 0))
    return defer_return_slow (frame);
  t->top = s;
  r = (struct __defer_record *) (s->word & ~DEFER_SLOT_HEAP);
  if (__builtin_expect (r->frame != frame, 0))
    defer_bad_record ();
  if (s->word & DEFER_SLOT_HEAP)
    t->pending = r;
  return r;
}

/* defer_bad_record reports a popped record whose header no longer names
   the frame its slot was pushed for.  */
static _Noreturn __attribute__ ((noinline, cold)) void
defer_bad_record (void)
{
  __defer_fatal ("defer record's frame does not match its chain slot "
		 "(record header overwritten)");
}

/* defer_chain_shrink halves T's chain array when a long loop of defers
   grew it past DEFER_CHAIN_KEEP slots and a quarter of it is in use.  */
static void
defer_chain_shrink (struct defer_thread *t)
{
  struct defer_slot *base = t->base - 1;
  size_t used = t->top - t->base;
  size_t size = t->limit - base;

  if (used >= size / 4)
    return;
  size /= 2;
  base = realloc (base, size * sizeof *base);
  if (base == NULL)
    return;
  t->base = base + 1;
  t->top = t->base + used;
  t->limit = base + size;
}

/* defer_return_slow is __defer_return when the pending record cannot go
   back to its free list by the fast path, or the top slot is not FRAME's:
   it releases the pending record, drops stale slots below FRAME, then
   pops FRAME's newest record or returns NULL if the top slot belongs to a
   shallower frame (or is the sentinel).  A NULL return ends the caller's
   exit loop, the moment to shrink a chain array grown by a long loop.  */
static __attribute__ ((noinline)) struct __defer_record *
defer_return_slow (void *frame)
{
  struct defer_thread *t = &__defer_thread;

  if (t->pending != NULL)
    {
      defer_pool_put (t, t->pending);
      t->pending = NULL;
    }
  if (t->top[-1].frame < (uintptr_t) frame)
    defer_chain_drop (t, (uintptr_t) frame - 1);
  if (t->top[-1].frame == (uintptr_t) frame)
    return __defer_return (frame);
  if (__builtin_expect (t->limit - t->base > DEFER_CHAIN_KEEP, 0))
    defer_chain_shrink (t);
  return NULL;
}

/* defer_drop_slot drops the record of slot S, popped from the chain: a
   heap record goes back to T's pool, a stack record is forgotten without
   reading it (its frame is dead).  */
static inline void
defer_drop_slot (struct defer_thread *t, const struct defer_slot *s)
{
  struct __defer_record *r;

  if (!(s->word & DEFER_SLOT_HEAP))
    return;
  r = (struct __defer_record *) (s->word & ~DEFER_SLOT_HEAP);
  if (__builtin_expect ((uintptr_t) r->frame != s->frame, 0))
    __defer_fatal ("stale heap defer record's frame does not match its "
		   "chain slot (record header overwritten)");
  defer_pool_put (t, r);
}

/* defer_chain_drop drops every record at the top of T's chain whose frame
   is at or below FRAME: a longjmp abandoned their activations.  The
   sentinel stops the walk.  */
static void
defer_chain_drop (struct defer_thread *t, uintptr_t frame)
{
  struct defer_slot *s = t->top;

  while (s[-1].frame <= frame)
    {
      s--;
      t->top = s;
      defer_drop_slot (t, s);
    }
}

/* __defer_chain_grow doubles T's chain array (allocating the first one, and
   registering the thread's exit hook) and returns the new top slot.  */
struct defer_slot *
__defer_chain_grow (struct defer_thread *t)
{
  struct defer_slot *old = t->base - 1;
  size_t used = t->top - t->base;
  size_t size;
  struct defer_slot *base;

  if (t->base == &__defer_sentinel[1])
    {
      size = DEFER_CHAIN_INIT;
      base = malloc (size * sizeof *base);
      if (base != NULL)
	base[0] = __defer_sentinel[0];
      if (!t->registered)
	__defer_thread_register (t);
    }
  else
    {
      size = 2 * (size_t) (t->limit - old);
      base = realloc (old, size * sizeof *base);
    }
  if (base == NULL)
    __defer_fatal ("out of memory growing the defer chain");
  t->base = base + 1;
  t->top = t->base + used;
  t->limit = base + size;
  return t->top;
}

/* __defer_chain_release drops every record still on T's chain and frees
   its array, leaving T as a new thread's.  Called when the thread exits:
   records left then are stale (a longjmp, or a thread ended without
   unwinding), and the pending record is released too.  */
void
__defer_chain_release (struct defer_thread *t)
{
  if (t->pending != NULL)
    {
      defer_pool_put (t, t->pending);
      t->pending = NULL;
    }
  defer_chain_drop (t, UINTPTR_MAX - 1);
  if (t->base != &__defer_sentinel[1])
    free (t->base - 1);
  t->top = t->base = t->limit = (struct defer_slot *) &__defer_sentinel[1];
}
