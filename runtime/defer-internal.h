/* defer-internal.h: the runtime's private interface.

   The thread state (its chain and its pools), the size classes, and the
   fast paths of the pools, inline so that __defer_proc and __defer_return
   compile to straight-line code; their slow paths live in pool.c.  Nothing
   here is exported from libdefer.so.

   Names: __defer_ for what defer.h declares, the plugin's and the
   program's interface (and __defer_thread, which the plugin's inline
   paths read); __deferrt_ for the functions and data the runtime's files
   share among themselves, hidden here; defer_ for what is static to one
   file.  */

#ifndef DEFER_INTERNAL_H
#define DEFER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <unwind.h>

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

/* A slot of the chain.  While pushed (below the thread's top), FRAME and
   REC are the pushed record and the frame that owns it; the runtime learns
   all it needs about a stale record from its slot, without reading the
   record (see chain.c).  SPARE is the slot's heap record, of size class
   SPARE_CLASS (DEFER_CLASS_OF of its size), or NULL and DEFER_NO_SPARE:
   the record that heap pushes into this slot use, and keep when popped.
   32 bytes, so that a slot's address is a shift away from its index.  */
struct defer_slot
{
  uintptr_t frame;
  struct __defer_record *rec;
  struct __defer_record *spare;
  unsigned long spare_class;
};

#define DEFER_NO_SPARE (~0UL)

/* The runtime's state of one thread.  The chain is the array of slots
   [BASE, TOP), newest at TOP - 1; BASE[-1] is a sentinel whose frame is
   above every real frame, so TOP[-1] can always be read.  Slots in
   [TOP, REACH) are free but may hold spares; slots in [REACH, LIMIT) hold
   none, and a push there takes the slow path, which moves REACH.  FREE and
   NFREE are the per-class free lists (linked through the records' link
   field) and their lengths.  PANIC is the thread's newest panic (Go's
   g._panic), linked to the older ones it interrupted; DETACHED holds the
   recovered panics whose landing pad has not finished; SPARE_PANICS the
   panic records kept for reuse; LAST_MESSAGE the text of the last
   recovered defer_panicf, kept valid for its recoverer.  LANDING is the
   newest landing pad running deferred calls (linked to the older ones,
   SPARE_LANDINGS the ones kept for reuse), LP_BITS the
   newest one's open-coded defer bits (__defer_landing_take), RESUME_EXC the exception of the landing pad
   that finished last (panic.c).  */
struct defer_panic;
struct defer_landing;

struct defer_thread
{
  struct defer_slot *top;
  struct defer_slot *base;
  struct defer_slot *reach;
  struct defer_slot *limit;
  struct __defer_record *free[DEFER_MAX_CLASS + 1];
  unsigned int nfree[DEFER_MAX_CLASS + 1];
  int registered;
  struct defer_panic *panic;
  struct defer_panic *detached;
  struct defer_panic *spare_panics;
  char *last_message;
  unsigned int lp_bits;
  struct defer_landing *landing;
  struct defer_landing *spare_landings;
  struct _Unwind_Exception *resume_exc;
};

/* The frames a panic's traceback keeps, newest first.  */
#define DEFER_TRACE_MAX 64

/* A panic: Go's _panic.  The unwinder carries EXC; the landing pad of each
   frame with defers gets it back and hands it to __defer_landing.

   VALUE is what defer_recover returns; MESSAGE is VALUE as text when the
   panic has one (defer_panicf's string, owned when MESSAGE_OWNED; a
   runtime error's constant), else NULL.  LINK is the older panic this one
   interrupted.  FRAME is the canonical frame address of the frame whose
   landing pad runs the panic's deferred calls right now, NULL while the
   unwinder is between frames.  RECOVERED: a deferred call recovered it;
   ABORTED: a newer panic interrupted its deferred calls (Go's
   _panic.aborted); both stay on the chain until a recovery ends them, so
   that an unrecovered panic prints them all.  RECOVERED_CALL numbers the
   deferred call of its frame's landing pad that recovered it: the panic
   ends when a later one starts (Go: when that call returns).
   RESUME_AFTER is the exception that is not a panic (pthread_exit's, a
   C++ one) whose unwinding the panic interrupted: it goes on once the
   panic is recovered, as Go's Goexit does.  TRACE holds the return
   addresses of the frames the unwinder visited, newest first, for the
   traceback, from the runtime's function that raised the panic (whose
   frame is START_CFA: the runtime's frames below it are left out) up;
   LAST_CFA the last one's frame, so that a frame visited twice (before
   its landing pad and when it resumes) counts once.  STOCK_FLOOR: the
   frames below it are the runtime's, or were dead when the runtime's
   unwinder handed the panic to GCC's (frame-walk.c): the traceback
   leaves them out.  */
struct defer_panic
{
  struct _Unwind_Exception exc;
  void *value;
  const char *message;
  int message_owned;
  struct defer_panic *link;
  void *frame;
  unsigned char recovered;
  unsigned char aborted;
  unsigned long recovered_call;
  struct _Unwind_Exception *resume_after;
  unsigned int ntrace;
  uintptr_t start_cfa;
  uintptr_t last_cfa;
  uintptr_t stock_floor;
  unsigned int cxx_uncaught;
  uintptr_t trace[DEFER_TRACE_MAX];
};

/* The thread's state: exported, since the plugin's inline fast paths read
   and write its first members (struct __defer_chain in defer.h) and the
   slots.  */
extern __thread struct defer_thread __defer_thread
  __attribute__ ((tls_model ("initial-exec"), visibility ("default")));

/* The layout the plugin's inline fast paths rely on.  */
#define DEFER_SAME_OFFSET(a, b, f) \
  _Static_assert (__builtin_offsetof (a, f) == __builtin_offsetof (b, f), \
		  #a "." #f " is not where defer.h's " #b " has it")
DEFER_SAME_OFFSET (struct defer_thread, struct __defer_chain, top);
DEFER_SAME_OFFSET (struct defer_thread, struct __defer_chain, base);
DEFER_SAME_OFFSET (struct defer_thread, struct __defer_chain, reach);
DEFER_SAME_OFFSET (struct defer_slot, struct __defer_slot, frame);
DEFER_SAME_OFFSET (struct defer_slot, struct __defer_slot, rec);
DEFER_SAME_OFFSET (struct defer_slot, struct __defer_slot, spare);
DEFER_SAME_OFFSET (struct defer_slot, struct __defer_slot, spare_class);
_Static_assert (sizeof (struct defer_slot) == sizeof (struct __defer_slot),
		"defer.h's struct __defer_slot has the wrong size");
_Static_assert (DEFER_CLASS_OF (100) == __DEFER_CLASS_OF (100),
		"defer.h's __DEFER_CLASS_OF is not the runtime's");

/* The fast paths of the chain, inline: chain.c's entry points are these
   plus a tail call of their slow path; generated code that inlined them
   would save the calls (bench/records.c measures it).  Each returns 0 (or
   NULL) when the out-of-line entry point must do the job.  */

/* defer_push_stack_fast pushes the stack record R of FRAME and SITE.  */
static inline int
defer_push_stack_fast (struct defer_thread *t, struct __defer_record *r,
		       void *frame, unsigned int site)
{
  struct defer_slot *s = t->top;

  if (__builtin_expect (s == t->reach, 0))
    return 0;
  s->frame = (uintptr_t) frame;
  s->rec = r;
  t->top = s + 1;
  r->frame = frame;
  r->site = site;
  r->sizeclass = DEFER_SIZECLASS_STACK;
  return 1;
}

/* defer_push_heap_fast pushes and returns the top slot's spare for FRAME
   and SITE, if it is a record of SIZE's class.  */
static inline struct __defer_record *
defer_push_heap_fast (struct defer_thread *t, unsigned long size,
		      void *frame, unsigned int site)
{
  struct defer_slot *s = t->top;
  struct __defer_record *r;

  if (__builtin_expect (s == t->reach, 0)
      || __builtin_expect (s->spare_class != DEFER_CLASS_OF (size), 0))
    return NULL;
  r = s->spare;
  s->frame = (uintptr_t) frame;
  s->rec = r;
  t->top = s + 1;
  r->frame = frame;
  r->site = site;
  return r;
}

/* defer_pop_fast pops the top record into *RP if it is FRAME's.  */
static inline int
defer_pop_fast (struct defer_thread *t, void *frame,
		struct __defer_record **rp)
{
  struct defer_slot *s = t->top - 1;

  if (__builtin_expect (s->frame != (uintptr_t) frame, 0))
    return 0;
  t->top = s;
  *rp = s->rec;
  return 1;
}

/* __deferrt_fatal reports a broken runtime invariant, MSG, as "fatal error:
   MSG" on stderr and aborts.  For runtime bugs and corrupted records only;
   user misuse is a panic (panic.c).  */
_Noreturn void __deferrt_fatal (const char *msg) __attribute__ ((cold));

/* Chain (chain.c).  */
void __deferrt_chain_release (struct defer_thread *t);
void __deferrt_chain_insert_below (struct defer_thread *t, uintptr_t frame,
				 struct __defer_record *r);

/* Pools (pool.c).  */
struct __defer_record *__deferrt_pool_get (struct defer_thread *t,
					 unsigned long size);
void __deferrt_pool_put (struct defer_thread *t, struct __defer_record *r);
void __deferrt_pool_release (struct defer_thread *t);
/* The central pool's lock and its release at process exit.  */
void __deferrt_pool_lock (void);
void __deferrt_pool_unlock (void);
void __deferrt_pool_release_central (void);

/* Threads (thread.c).  */
void __deferrt_thread_register (struct defer_thread *t);

/* Panics (panic.c).  */
void __deferrt_panic_release (struct defer_thread *t);
int __deferrt_chain_holds_landing (struct defer_thread *t, uintptr_t frame,
				 const struct __defer_record *r);
void __deferrt_landing_call_record (struct defer_thread *t,
				  struct __defer_record *r);
_Noreturn void __deferrt_panic_unrecovered (struct defer_panic *p);

/* Unwinding (unwind.c).  */
void __deferrt_panic_exception_init (struct defer_panic *p);
_Noreturn void __deferrt_unwind_stock (struct defer_panic *p);
int __deferrt_panic_exception_p (const struct _Unwind_Exception *exc);
void *__deferrt_caller_cfa (void *cfa, unsigned int up);

/* __deferrt_trace_frame records in the traceback of the panic P the frame
   at the return address IP whose stack pointer is CFA (the canonical
   frame address of the frame it called, which is what GCC's unwinder
   gives with each frame).  The runtime's own frames come first: each
   replaces the last until the one that called them all, which raised the
   panic (its callee is below START_CFA, its caller not).  A frame whose
   landing pad resumes the unwinding is seen again, with the same stack
   pointer.  Inline: the runtime's unwinder calls it for every frame.  */
static inline void
__deferrt_trace_frame (struct defer_panic *p, uintptr_t cfa, uintptr_t ip)
{
  if (cfa < p->start_cfa)
    {
      p->trace[0] = ip;
      p->ntrace = 1;
    }
  else if (cfa != p->last_cfa && p->ntrace < DEFER_TRACE_MAX)
    p->trace[p->ntrace++] = ip;
  p->last_cfa = cfa;
}

/* The runtime's own unwinder (frame-*.c), which panics and recover use
   instead of GCC's where it can: it decodes each frame's unwind rule
   once and keeps it, keyed by return address.

   The registers it follows from frame to frame: the callee-saved ones of
   the x86-64 psABI, a frame's stack pointer (the canonical frame address
   of the frame it called) and the return address into it, at which the
   frame is.  frame-regs.S reads and installs them.  */
enum
{
  DEFER_REG_RBX,
  DEFER_REG_RBP,
  DEFER_REG_R12,
  DEFER_REG_R13,
  DEFER_REG_R14,
  DEFER_REG_R15,
  DEFER_NSAVED
};

struct defer_regs
{
  uintptr_t saved[DEFER_NSAVED];
  uintptr_t sp;
  uintptr_t pc;
};

/* What a frame is to the runtime's unwinder.  */
enum defer_frame_kind
{
  DEFER_FRAME_STEP,	/* no landing pad at this pc: step to the caller.  */
  DEFER_FRAME_LAND,	/* the C personality would enter LANDING.  */
  DEFER_FRAME_STOCK,	/* a frame only GCC's unwinder can take.  */
  DEFER_FRAME_END	/* past the outermost frame: the end of the stack.  */
};

/* The decoded unwind rule of a frame at the return address PC: its
   canonical frame address is CFA_REG's value (DEFER_CFA_SP: the stack
   pointer) plus CFA_OFFSET; the caller's value of each callee-saved
   register is saved at the CFA plus SAVED[R], or is the frame's own
   (DEFER_SAVED_SAME); the return address into the caller is at the CFA
   plus RA_OFFSET, or the frame is the OUTERMOST one, whose return
   address is undefined (_start's and a thread's first frame say so);
   SAVED_MASK has bit R set where SAVED[R] is an offset.
   KIND says what to do with the frame; LANDING is its
   landing pad for the call at PC, entered with the stack pointer
   ARGS_SIZE above the frame's (DW_CFA_GNU_args_size).  A rule of an
   object that may be unloaded is TRANSIENT, valid while the loader's
   count of loads and unloads is GENERATION.  Seven words: the cache
   copies it word by word.  */
#define DEFER_CFA_SP 0xff
#define DEFER_SAVED_SAME INT16_MIN

struct defer_frame_rule
{
  uintptr_t pc;
  uintptr_t landing;
  uint64_t generation;
  int32_t cfa_offset;
  uint32_t args_size;
  int16_t saved[DEFER_NSAVED];
  int16_t ra_offset;
  uint8_t cfa_reg;
  uint8_t kind;
  uint8_t transient;
  uint8_t saved_mask;
  uint8_t outermost;
  uint8_t unused;
};

_Static_assert (sizeof (struct defer_frame_rule) == 7 * sizeof (uint64_t),
		"struct defer_frame_rule is not seven words");

/* frame-regs.S.  */
void __deferrt_regs_capture (struct defer_regs *r);
_Noreturn void __deferrt_regs_land (const struct defer_regs *r, void *exc,
				  uintptr_t pad);
_Noreturn void __deferrt_regs_stock (const struct defer_regs *r,
				   struct defer_panic *p);
long __deferrt_shadow_stack_p (void);

/* Decoding a rule (frame-rule.c).  */
int __deferrt_frame_rule_decode (uintptr_t pc, struct defer_frame_rule *rule);

/* Keeping it (frame-cache.c): one table for the process, of sets of
   DEFER_FRAME_CACHE_WAYS slots, a return address hashing to one set;
   each slot a sequence lock (its count odd while a thread writes it).  */
#define DEFER_FRAME_CACHE_SET_BITS 9
#define DEFER_FRAME_CACHE_WAYS 4
#define DEFER_RULE_WORDS (sizeof (struct defer_frame_rule) / sizeof (uint64_t))

struct defer_frame_slot
{
  unsigned long seq;
  uint64_t words[DEFER_RULE_WORDS];
};

extern struct defer_frame_slot
  __deferrt_frame_cache[(1u << DEFER_FRAME_CACHE_SET_BITS)
		      * DEFER_FRAME_CACHE_WAYS];

void __deferrt_frame_cache_put (const struct defer_frame_rule *rule);

/* __deferrt_frame_set_of returns the first slot of the set of the return
   address PC (Fibonacci hashing of the address folded on itself).  */
static inline struct defer_frame_slot *
__deferrt_frame_set_of (uintptr_t pc)
{
  uint64_t h = ((uint64_t) pc ^ ((uint64_t) pc >> 29)) * 0x9e3779b97f4a7c15ull;

  return &__deferrt_frame_cache[(h >> (64 - DEFER_FRAME_CACHE_SET_BITS))
			      * DEFER_FRAME_CACHE_WAYS];
}

/* __deferrt_frame_cache_get copies into *RULE the cached rule of the
   return address PC and returns 1, or returns 0 when the cache has none
   (or its slot is being written): the copy counts only if the slot's
   count was even and did not change while it was read.  Inline: a walk
   makes one per frame.  */
static inline int
__deferrt_frame_cache_get (uintptr_t pc, struct defer_frame_rule *rule)
{
  struct defer_frame_slot *s = __deferrt_frame_set_of (pc);
  unsigned int way;

  for (way = 0; way < DEFER_FRAME_CACHE_WAYS; way++, s++)
    {
      unsigned long seq = __atomic_load_n (&s->seq, __ATOMIC_ACQUIRE);

      if (__atomic_load_n (&s->words[0], __ATOMIC_RELAXED) != pc)
	continue;
      if (seq & 1)
	return 0;
      /* A plain copy, as the kernel's seqcount readers make: it may race
	 with a writer, and is then thrown away.  */
      __builtin_memcpy (rule, s->words, sizeof *rule);
      __atomic_thread_fence (__ATOMIC_ACQUIRE);
      return __atomic_load_n (&s->seq, __ATOMIC_RELAXED) == seq
	&& rule->pc == pc;
    }
  return 0;
}

/* The lifetimes of the objects rules are decoded from (frame-objects.c).  */
uint64_t __deferrt_loader_generation (void);
int __deferrt_object_lookup (uintptr_t pc, int *transient, uint64_t *generation);

/* Walking with the rules (frame-walk.c).  */
extern int __deferrt_unwinder;
int __deferrt_unwinder_choose (void);

/* __deferrt_fast_unwind_p says whether panics and recover use the
   runtime's unwinder (frame-walk.c says when they do not).  */
static inline int
__deferrt_fast_unwind_p (void)
{
  int u = __atomic_load_n (&__deferrt_unwinder, __ATOMIC_RELAXED);

  return __builtin_expect (u == 1, 1) || (u == 0 && __deferrt_unwinder_choose ());
}

_Noreturn void __deferrt_walk_panic (struct defer_panic *p, uintptr_t floor);
int __deferrt_walk_caller_cfa (uintptr_t cfa, unsigned int up,
			     uintptr_t *result);

/* What __deferrt_symbolize knows of a code address: the function that holds
   it and the offset into it, the source file and line where debug
   information gives them (FILE NULL otherwise), the module (executable or
   shared library) it belongs to.  The strings stay valid until the
   process exits.  */
struct defer_symbol
{
  const char *function;
  uintptr_t offset;
  const char *file;
  unsigned int line;
  const char *module;
};

/* Symbols (symbolize.c).  */
void __deferrt_symbolize (uintptr_t pc, struct defer_symbol *sym);

/* Traceback (traceback.c).  */
void __deferrt_print_panics (const struct defer_panic *p);
void __deferrt_print_traceback (const struct defer_panic *p);

#pragma GCC visibility pop

#endif /* DEFER_INTERNAL_H */
