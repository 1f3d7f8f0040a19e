/* The runtime's own unwinder: walking the stack with decoded rules.

   GCC's unwinder decodes every frame's call frame information from
   scratch each time an exception passes it (libgcc 12 keeps nothing):
   about a microsecond for a panic recovered one frame up.  Go reads its
   own compact tables and takes a tenth of that.  This unwinder decodes
   each frame once (frame-rule.c), keeps the rule by return address
   (frame-cache.c), and then does itself what the stock forced unwind and
   the C personality do with it: step from frame to frame with the
   callee-saved registers, record the traceback, and enter each landing
   pad the C personality would (frame-regs.S).  A landing pad that
   resumes (__defer_resume) comes back here, from its frame.

   What it cannot do exactly, GCC's unwinder does, from the frame where
   the walk stopped: a frame without an FDE, a signal frame, a C++
   frame's personality, a CFA given by an expression (frame-rule.c says
   which).  The panic then goes on as a stock forced unwind, with the same
   stop function and exception object; correctness never depends on this
   file knowing a frame.  Its landing pads, ours or a foreign cleanup's,
   resume as they would have: __defer_resume comes back here, a foreign
   _Unwind_Resume goes on in GCC's unwinder (the exception's private
   fields are a forced unwind's, set before the first landing pad).

   A rule stays true while its code is mapped.  The rules of the objects
   that are never unloaded are kept for good; a rule of any other object
   carries the loader's count of loads and unloads, and a walk that meets
   one asks the loader once whether the count moved; if so the rule is
   decoded again (frame-objects.c).  Code in no loaded object (a JIT's,
   registered with __register_frame) is decoded every time.

   DEFER_UNWINDER=libgcc in the environment makes every panic and recover
   take GCC's unwinder (for comparison, and for debugging this file); so
   does a CET shadow stack, which this unwinder does not pop.  */

#include <stdlib.h>
#include <string.h>
#include "defer-internal.h"

/* A walk: the frame it is at, and the loader's generation once asked.  */
struct defer_walk
{
  struct defer_regs regs;
  uint64_t generation;
  int have_generation;
};

/* defer_walk_generation returns the loader's generation, asking the
   loader the first time in walk W.  */
static uint64_t
defer_walk_generation (struct defer_walk *w)
{
  if (!w->have_generation)
    {
      w->generation = __deferrt_loader_generation ();
      w->have_generation = 1;
    }
  return w->generation;
}

/* defer_walk_rule_slow is defer_walk_rule's way when the cache has no
   rule of PC that is true: the end of the stack, or a decoding (kept
   when the code belongs to a loaded object).  */
static __attribute__ ((noinline)) void
defer_walk_rule_slow (struct defer_walk *w, uintptr_t pc,
		      struct defer_frame_rule *rule)
{
  int transient;
  uint64_t generation;

  if (pc == 0)
    {
      memset (rule, 0, sizeof *rule);
      rule->kind = DEFER_FRAME_END;
      return;
    }
  if (!__deferrt_frame_rule_decode (pc, rule))
    return;
  if (!__deferrt_object_lookup (pc, &transient, &generation))
    return;
  w->generation = generation;
  w->have_generation = 1;
  rule->transient = transient;
  rule->generation = generation;
  __deferrt_frame_cache_put (rule);
}

/* defer_walk_rule puts in *RULE the rule of the frame at the return
   address PC: the cache's, while it is true, else decoded.  Inline, as
   the cache's lookup: a walk makes one per frame.  */
static inline void
defer_walk_rule (struct defer_walk *w, uintptr_t pc,
		 struct defer_frame_rule *rule)
{
  if (__builtin_expect (pc != 0, 1) && __deferrt_frame_cache_get (pc, rule)
      && (__builtin_expect (!rule->transient, 1)
	  || rule->generation == defer_walk_generation (w)))
    return;
  defer_walk_rule_slow (w, pc, rule);
}

/* defer_walk_step moves W from its frame to the frame's caller by RULE:
   the CFA, the caller's callee-saved registers from where the frame
   saved them, the return address.  It returns 0 when the rule would not
   go up the stack (a broken stack: GCC's unwinder then says what it
   says).  */
static inline int
defer_walk_step (struct defer_walk *w, const struct defer_frame_rule *rule)
{
  struct defer_regs *r = &w->regs;
  uintptr_t base = rule->cfa_reg == DEFER_CFA_SP ? r->sp
    : r->saved[rule->cfa_reg];
  uintptr_t cfa = base + (intptr_t) rule->cfa_offset;
  uintptr_t pc = 0;
  unsigned int mask = rule->saved_mask;

  if (cfa <= r->sp)
    return 0;
  if (!rule->outermost)
    pc = *(const uintptr_t *) (cfa + rule->ra_offset);
  while (mask != 0)
    {
      int i = __builtin_ctz (mask);

      r->saved[i] = *(const uintptr_t *) (cfa + rule->saved[i]);
      mask &= mask - 1;
    }
  r->sp = cfa;
  r->pc = pc;
  return 1;
}

/* The unwinder the process uses: 0 not decided yet, 1 this one, 2
   GCC's.  */
int __deferrt_unwinder;

/* __deferrt_unwinder_choose decides which unwinder the process uses, the
   first time a panic or a recover needs one, and says whether it is
   this one (see the file's comment for when it is not).  */
int
__deferrt_unwinder_choose (void)
{
  const char *env = getenv ("DEFER_UNWINDER");
  int u = (env != NULL && strcmp (env, "libgcc") == 0)
    || __deferrt_shadow_stack_p () ? 2 : 1;

  __atomic_store_n (&__deferrt_unwinder, u, __ATOMIC_RELAXED);
  return u == 1;
}

/* defer_walk_stock hands the panic P to GCC's unwinder from W's frame;
   the traceback leaves out the frames below FLOOR and below that
   frame.  */
static _Noreturn void
defer_walk_stock (struct defer_walk *w, struct defer_panic *p,
		  uintptr_t floor)
{
  p->stock_floor = w->regs.sp > floor ? w->regs.sp : floor;
  __deferrt_regs_stock (&w->regs, p);
}

/* __deferrt_walk_panic unwinds the panic P from its caller up, as the
   stock forced unwind would: each frame goes to the traceback, and the
   first one with a landing pad for its call is entered there, with P's
   exception.  The frames below FLOOR are the runtime's own (those of
   __defer_resume): neither traced nor entered.  At the end of the stack
   every deferred call of the thread has run: the panic is unrecovered.  */
void
__deferrt_walk_panic (struct defer_panic *p, uintptr_t floor)
{
  struct defer_walk w;
  struct defer_frame_rule rule;

  w.have_generation = 0;
  __deferrt_regs_capture (&w.regs);
  for (;;)
    {
      defer_walk_rule (&w, w.regs.pc, &rule);
      if (rule.kind == DEFER_FRAME_END)
	__deferrt_panic_unrecovered (p);
      if (rule.kind == DEFER_FRAME_STOCK)
	defer_walk_stock (&w, p, floor);
      if (w.regs.sp >= floor)
	{
	  __deferrt_trace_frame (p, w.regs.sp, w.regs.pc);
	  if (rule.kind == DEFER_FRAME_LAND)
	    {
	      struct defer_regs land = w.regs;

	      land.sp += rule.args_size;
	      __deferrt_regs_land (&land, &p->exc, rule.landing);
	    }
	}
      if (!defer_walk_step (&w, &rule))
	defer_walk_stock (&w, p, floor);
    }
}

/* defer_walk_caller_cfa_by_sp is __deferrt_walk_caller_cfa without a walk
   from here, for the common case: the frame whose stack pointer is CFA
   has the return address at CFA - 8 (where the call put it), and while
   the frames' CFAs are their stack pointers plus a constant, no register
   is needed to step up.  It returns 0 when one is (a frame pointer's
   frame), for the whole walk.  */
static int
defer_walk_caller_cfa_by_sp (struct defer_walk *w, uintptr_t cfa,
			     unsigned int up, uintptr_t *result)
{
  struct defer_frame_rule rule;
  uintptr_t sp = cfa;
  uintptr_t pc = *(const uintptr_t *) (cfa - 8);

  for (;;)
    {
      defer_walk_rule (w, pc, &rule);
      if ((rule.kind != DEFER_FRAME_STEP && rule.kind != DEFER_FRAME_LAND)
	  || rule.cfa_reg != DEFER_CFA_SP || rule.cfa_offset <= 0)
	return 0;
      sp += rule.cfa_offset;
      if (--up == 0)
	{
	  *result = sp;
	  return 1;
	}
      if (rule.outermost)
	{
	  *result = 0;
	  return 1;
	}
      pc = *(const uintptr_t *) (sp + rule.ra_offset);
    }
}

/* __deferrt_walk_caller_cfa finds the canonical frame address of the frame
   UP levels above the frame whose canonical frame address is CFA, as
   __deferrt_caller_cfa does with GCC's unwinder: *RESULT, 0 if the stack
   has no such frame.  It returns 0 when a frame on the way is one only
   GCC's unwinder can step.  */
int
__deferrt_walk_caller_cfa (uintptr_t cfa, unsigned int up, uintptr_t *result)
{
  struct defer_walk w;
  struct defer_frame_rule rule;
  unsigned int left = up;
  int found = 0;

  if (up == 0)
    return 0;
  w.have_generation = 0;
  if (defer_walk_caller_cfa_by_sp (&w, cfa, up, result))
    return 1;
  __deferrt_regs_capture (&w.regs);
  *result = 0;
  for (;;)
    {
      defer_walk_rule (&w, w.regs.pc, &rule);
      if (rule.kind == DEFER_FRAME_END)
	return 1;
      if (rule.kind == DEFER_FRAME_STOCK)
	return 0;
      /* A frame's stack pointer is the CFA of the frame it called.  */
      if (found)
	{
	  if (--left == 0)
	    {
	      *result = w.regs.sp;
	      return 1;
	    }
	}
      else if (w.regs.sp == cfa)
	found = 1;
      else if (w.regs.sp > cfa)
	return 1;
      if (!defer_walk_step (&w, &rule))
	return 0;
    }
}
