/* Defer records and the per-thread chain.

   Go lowers a defer in one of three ways (cmd/compile's ssagen, and
   runtime/panic.go): open-coded, stack record, heap record.  Open-coded
   defers never reach the runtime.  The other two leave a record, a
   struct __defer_record header followed by the payload the plugin lays
   out (the function pointer and the converted arguments):

   - a stack record lives in the deferring function's frame; the function
     hands it to __defer_proc_stack (Go's deferprocStack);
   - a heap record, for a defer in a loop, comes from __defer_proc (Go's
     deferproc).

   Every function that uses records has an anchor, an address that
   identifies the activation (the plugin uses its canonical frame
   address).  The stack grows down, so a smaller anchor is a deeper frame.
   The function calls __defer_frame_enter (anchor) at entry, pushes one
   record per defer executed, and at every exit runs

     while ((r = __defer_return (anchor)))
       switch (r->site) { case 0: payload0->fn (payload0->a, ...); ... }

   so __defer_return is Go's deferreturn split one record at a time: it
   pops the newest record if it belongs to the frame, and the caller makes
   the call directly, at the cost of a direct call.

   The chain.  Go links records through _defer.link, newest first, from
   g._defer.  Here the chain is an array of slots per thread (struct
   defer_thread), newest at the top: a slot holds the pushed record and its
   frame, and the runtime never reads a record to walk the chain.  The
   reason is longjmp.  A longjmp out of frames with pushed records abandons
   them; the next __defer_frame_enter or __defer_return of a shallower frame
   finds their slots (their frame is at or below its anchor) and drops
   them.  A stale stack record lies in dead stack that later calls have
   overwritten: nothing may be read from it, not even a link, and nothing
   is.

   Heap records.  Each slot keeps the heap record last pushed into it as
   its spare, with the spare's size class, when the record is popped or
   dropped.  A heap push into a slot whose spare has the right class takes
   it: a loop of defers that a function runs again and again finds its
   records where it left them, and neither push nor pop touches a free
   list.  Otherwise the slow path gives the spare back to the thread's pool
   and takes a record from it (pool.c: per-thread free lists by size class
   and a central pool, Go's deferpool).  A popped heap record thus stays
   untouched until the next heap push into its slot, after the caller has
   loaded its payload.  Spares are bounded: a chain that drops back more
   than DEFER_SPARE_TRIM slots below the slots pushes have reached gives
   those spares back to the pool when a frame's exit loop ends, and the
   pool's bounds free the rest, so a loop of n defers uses O(n) memory,
   freed when its function returns.

   Invariants.  A pushed slot's frame equals its heap record's frame field.
   Slots are pushed by the deepest live frame, so every slot above a live
   frame's slots belongs to a deeper frame, live or dead: popping FRAME's
   records from the top, dropping stale slots of frames below FRAME on the
   way, finds them all and stops at the first slot of a shallower frame,
   which is never touched.  A broken invariant is a runtime bug or a
   corrupted record, reported by __deferrt_fatal ("fatal error: ..."); user
   misuse is a panic (panic.c).

   Limits.  Frames are ordered by address, so code running on another stack
   (a sigaltstack handler, makecontext coroutines) must not use records
   while frames of the thread's main stack have records pending.  Defers are
   not async-signal-safe.  */

#include <stdlib.h>
#include "defer-internal.h"

/* The first slot of every chain is a sentinel: its frame is above every
   real frame, so the top slot can be read without testing for an empty
   chain.  Every slot from the reach to the limit, the limit included (a
   guard slot past the array's end), has no spare: a heap push that
   finds the spare class it wants in the top slot is below the reach
   without testing it (the plugin's inline heap push).  A thread starts
   with no array, its top at this sentinel's guard; its first push grows
   the array.  */
static const struct defer_slot defer_sentinel[2] = {
  { UINTPTR_MAX, NULL, NULL, DEFER_NO_SPARE },
  { 0, NULL, NULL, DEFER_NO_SPARE }
};

#define DEFER_EMPTY ((struct defer_slot *) &defer_sentinel[1])

/* The mark of a slot of a frame whose landing pad runs: the slot's frame
   is FRAME - DEFER_FRAME_LANDING, just below the frame's own address
   (canonical frame addresses are 16-byte aligned, so no other frame has
   it).  The inline pop's test no longer matches it, and every test that
   drops the slots of frames at or below an address drops it with the
   frame's: a new activation at the same address, whose entry finds it
   at or below its own, drops it as the stale slot of a dead one.  */
#define DEFER_FRAME_LANDING 1

__thread struct defer_thread __defer_thread
  __attribute__ ((tls_model ("initial-exec"))) = {
  .top = DEFER_EMPTY,
  .base = DEFER_EMPTY,
  .reach = DEFER_EMPTY,
  .limit = DEFER_EMPTY,
};

/* Slots in a new array.  Pushes reach DEFER_REACH_STEP slots further at a
   time.  At the end of an exit loop, spares more than DEFER_SPARE_TRIM
   slots above the top go back to the pool, all but DEFER_SPARE_KEEP; an
   array larger than DEFER_CHAIN_KEEP slots then halves while less than a
   quarter of it is reached.  */
#define DEFER_CHAIN_INIT 64
#define DEFER_REACH_STEP 64
#define DEFER_SPARE_TRIM __DEFER_SPARE_TRIM
#define DEFER_SPARE_KEEP (DEFER_SPARE_TRIM / 2)
#define DEFER_CHAIN_KEEP 4096

static void defer_chain_drop (struct defer_thread *t, uintptr_t frame);
static struct defer_slot *defer_reach (struct defer_thread *t);
static void defer_proc_stack_slow (struct __defer_record *r, void *frame,
				   unsigned int site);
static struct __defer_record *defer_proc_slow (unsigned long size,
					       void *frame, unsigned int site);
static struct __defer_record *defer_return_slow (void *frame);
static _Noreturn void defer_bad_record (void);

/* The entry points below are leaf functions: the fast path (inline, in
   defer-internal.h) or a tail call of a slow path that does the whole job,
   so that no register needs saving.  */

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

/* __defer_keep does nothing: it is a call that GCC's analyzer cannot see
   into, made by -fanalyzer builds after filling a heap record in a loop
   (the plugin's defer-records.cc), so that the analyzer counts the
   pointers in the record as kept.  */
void
__defer_keep (void *r)
{
  (void) r;
}

/* __defer_proc_stack pushes the stack record R of the frame FRAME, made by
   the defer statement SITE.  Go's deferprocStack.  */
void
__defer_proc_stack (struct __defer_record *r, void *frame, unsigned int site)
{
  if (__builtin_expect (!defer_push_stack_fast (&__defer_thread, r, frame,
						site), 0))
    defer_proc_stack_slow (r, frame, site);
}

/* defer_proc_stack_slow is __defer_proc_stack at the reach of the
   chain.  */
static __attribute__ ((noinline)) void
defer_proc_stack_slow (struct __defer_record *r, void *frame,
		       unsigned int site)
{
  defer_reach (&__defer_thread);
  __defer_proc_stack (r, frame, site);
}

/* __defer_chain_reach lets pushes on the calling thread's chain reach
   further (DEFER_REACH_STEP slots, or to a grown array's end) and returns
   the top slot, which a push may now use.  The slow path of the stack
   pushes that the plugin writes inline: when the top slot is the reach,
   or when a run of pushes needs more slots than are below the reach (the
   plugin calls it again until there are enough).  */
struct __defer_slot *
__defer_chain_reach (void)
{
  return (struct __defer_slot *) defer_reach (&__defer_thread);
}

/* __defer_proc returns a heap record of at least SIZE bytes, pushed for
   FRAME and SITE; the caller stores the payload after the header.  The
   record stays the runtime's: once popped, it waits in its slot for the
   next heap push there.  Go's deferproc.  */
struct __defer_record *
__defer_proc (unsigned long size, void *frame, unsigned int site)
{
  struct __defer_record *r;

  r = defer_push_heap_fast (&__defer_thread, size, frame, site);
  if (__builtin_expect (r == NULL, 0))
    return defer_proc_slow (size, frame, site);
  return r;
}

/* defer_proc_slow is __defer_proc at the reach of the chain, or when the
   top slot's spare is missing or of another class: the spare goes back to
   the pool and the slot gets a record of SIZE's class from it.  */
static __attribute__ ((noinline)) struct __defer_record *
defer_proc_slow (unsigned long size, void *frame, unsigned int site)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_slot *s = t->top;

  if (s == t->reach)
    s = defer_reach (t);
  if (s->spare != NULL)
    __deferrt_pool_put (t, s->spare);
  s->spare = __deferrt_pool_get (t, size);
  s->spare_class = DEFER_CLASS_OF (size);
  return __defer_proc (size, frame, site);
}

/* __defer_return pops and returns the newest record of FRAME, or returns
   NULL when FRAME has no record left.  It drops stale records of dead
   frames below FRAME on the way, and never touches records of frames above
   FRAME.  A heap record it returns stays intact until the thread's next
   heap push into its slot.  Go's deferreturn, one record at a time.  */
struct __defer_record *
__defer_return (void *frame)
{
  struct defer_thread *t = &__defer_thread;
  struct __defer_record *r;

  if (__builtin_expect (!defer_pop_fast (t, frame, &r), 0))
    return defer_return_slow (frame);
  /* A heap record is its slot's spare, and its header names its frame
     (a stack record's header holds only its site).  */
  if (__builtin_expect (r == t->top->spare && r->frame != frame, 0))
    defer_bad_record ();
  return r;
}

/* defer_bad_record reports a popped heap record whose header no longer
   names the frame its slot was pushed for.  */
static _Noreturn __attribute__ ((noinline, cold)) void
defer_bad_record (void)
{
  __deferrt_fatal ("defer record's frame does not match its chain slot "
		 "(record header overwritten)");
}

/* defer_trim gives back to the pool the spares more than DEFER_SPARE_KEEP
   slots above T's top, and shrinks an array much larger than what is left
   in use.  */
static void
defer_trim (struct defer_thread *t)
{
  struct defer_slot *keep = t->top + DEFER_SPARE_KEEP;
  struct defer_slot *s;

  for (s = keep; s < t->reach; s++)
    if (s->spare != NULL)
      {
	__deferrt_pool_put (t, s->spare);
	s->spare = NULL;
	s->spare_class = DEFER_NO_SPARE;
      }
  t->reach = keep;
  if (t->limit - t->base > DEFER_CHAIN_KEEP
      && t->reach - t->base < (t->limit - t->base) / 4)
    {
      struct defer_slot *base = t->base - 1;
      size_t reach = t->reach - t->base;
      size_t used = t->top - t->base;
      size_t size = (t->limit - base) / 2;

      base = realloc (base, (size + 1) * sizeof *base);
      if (base == NULL)
	return;
      /* Past the reach, no slot has a spare: the guard neither.  */
      t->base = base + 1;
      t->top = t->base + used;
      t->reach = t->base + reach;
      t->limit = base + size;
    }
}

/* defer_return_slow is __defer_return when the top slot is not FRAME's:
   it drops stale slots below FRAME, then pops FRAME's newest record, or
   returns NULL if the top slot belongs to a shallower frame (or is the
   sentinel).  A NULL return ends the caller's exit loop: the moment to
   trim the spares a long loop of defers left above the top.  */
static __attribute__ ((noinline)) struct __defer_record *
defer_return_slow (void *frame)
{
  struct defer_thread *t = &__defer_thread;

  if (t->top[-1].frame < (uintptr_t) frame - DEFER_FRAME_LANDING)
    defer_chain_drop (t, (uintptr_t) frame - DEFER_FRAME_LANDING - 1);
  if (t->top[-1].frame == (uintptr_t) frame)
    return __defer_return (frame);
  if (t->top[-1].frame == (uintptr_t) frame - DEFER_FRAME_LANDING)
    {
      struct __defer_record *r = (--t->top)->rec;

      __deferrt_landing_call_record (t, r);
      return r;
    }
  if (__builtin_expect (t->reach - t->top > DEFER_SPARE_TRIM, 0))
    defer_trim (t);
  return NULL;
}

/* defer_chain_drop drops every slot at the top of T's chain whose frame is
   at or below FRAME: a longjmp abandoned their activations.  Their records
   are not read; a heap record stays its slot's spare.  The sentinel stops
   the walk.  */
static void
defer_chain_drop (struct defer_thread *t, uintptr_t frame)
{
  struct defer_slot *s = t->top;

  while (s[-1].frame <= frame)
    s--;
  t->top = s;
}

/* defer_no_spares empties the slots FROM to TO, TO included.  */
static void
defer_no_spares (struct defer_slot *from, struct defer_slot *to)
{
  for (; from <= to; from++)
    {
      from->spare = NULL;
      from->spare_class = DEFER_NO_SPARE;
    }
}

/* defer_reach lets pushes reach DEFER_REACH_STEP slots further than T's
   reach, growing the array (allocating the first one, and registering the
   thread's exit hook) when the reach is its end.  An array of SIZE slots
   (the sentinel's included) has one more, its guard, at the limit.  It
   returns the top slot.  */
static struct defer_slot *
defer_reach (struct defer_thread *t)
{
  struct defer_slot *base = t->base - 1;
  size_t top = t->top - t->base;
  size_t reach = t->reach - t->base;
  size_t size = t->limit - base;

  if (t->reach == t->limit)
    {
      size_t old = size;

      if (t->base == DEFER_EMPTY)
	{
	  old = 1;
	  size = DEFER_CHAIN_INIT;
	  base = malloc ((size + 1) * sizeof *base);
	  if (!t->registered)
	    __deferrt_thread_register (t);
	}
      else
	{
	  size *= 2;
	  base = realloc (base, (size + 1) * sizeof *base);
	}
      if (base == NULL)
	__deferrt_fatal ("out of memory growing the defer chain");
      base[0] = defer_sentinel[0];
      defer_no_spares (base + old, base + size);
      t->base = base + 1;
      t->top = t->base + top;
      t->limit = base + size;
    }
  /* The slots it lets pushes reach have no spare already.  */
  t->reach = t->base + reach + DEFER_REACH_STEP;
  if (t->reach > t->limit)
    t->reach = t->limit;
  return t->top;
}

/* __deferrt_chain_insert_below puts the record R into T's chain for FRAME,
   the deepest live frame, below the records FRAME has there: the next
   pops of FRAME's records find R last.  The slots of dead frames below
   FRAME go first.  The slots move; their spares, which belong to the
   positions, stay.  FRAME's slots are then marked as a landing pad's
   (DEFER_FRAME_LANDING): __defer_return pops them, never the inline
   fast path.  */
void
__deferrt_chain_insert_below (struct defer_thread *t, uintptr_t frame,
			    struct __defer_record *r)
{
  struct defer_slot *s, *q;

  if (t->top[-1].frame < frame)
    defer_chain_drop (t, frame - 1);
  if (t->top == t->reach)
    defer_reach (t);
  s = t->top;
  while (s[-1].frame == frame)
    s--;
  for (q = t->top; q > s; q--)
    {
      q->frame = q[-1].frame;
      q->rec = q[-1].rec;
    }
  s->frame = frame;
  s->rec = r;
  t->top++;
  /* The landing pad's pops go through the runtime, which learns which
     deferred call runs (defer_recover's test): the frame's slots no
     longer match the inline pop's test.  */
  for (q = s; q < t->top; q++)
    q->frame = frame - DEFER_FRAME_LANDING;
}

/* __deferrt_chain_holds_landing says whether the record R, the marker of a
   landing pad of FRAME, is in T's chain among FRAME's marked slots at
   its top (above them, only deeper frames' slots): whether that landing
   pad still runs, rather than being one a
   longjmp left, of a dead activation at the same address.  */
int
__deferrt_chain_holds_landing (struct defer_thread *t, uintptr_t frame,
			     const struct __defer_record *r)
{
  const struct defer_slot *s;

  /* Above FRAME's slots, there may be the stale ones of deeper frames
     that a longjmp or unwind=no code left.  */
  for (s = t->top; s[-1].frame <= frame - DEFER_FRAME_LANDING; s--)
    if (s[-1].frame == frame - DEFER_FRAME_LANDING && s[-1].rec == r)
      return 1;
  return 0;
}

/* __deferrt_chain_release drops every record still on T's chain, gives its
   spares back to the pool and frees its array, leaving T as a new
   thread's.  Called when the thread exits: records left then are stale (a
   longjmp, or a thread ended without unwinding).  */
void
__deferrt_chain_release (struct defer_thread *t)
{
  struct defer_slot *s;

  for (s = t->base; s < t->reach; s++)
    if (s->spare != NULL)
      __deferrt_pool_put (t, s->spare);
  if (t->base != DEFER_EMPTY)
    free (t->base - 1);
  t->top = t->base = t->reach = t->limit = DEFER_EMPTY;
}
