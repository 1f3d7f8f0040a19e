/* Unwinding for panics, on GCC's unwinder's terms.

   A panic is a forced unwind (_Unwind_ForcedUnwind, the mechanism of
   pthread_exit and pthread_cancel): phase 2 only, and the stock C
   personality (__gcc_personality_v0) installs every landing pad on the
   way, which is what a panic needs -- every frame's deferred calls run,
   none of them is "the handler".  (_Unwind_RaiseException would not do:
   in its phase 1 the C personality never claims a frame, so the raise
   would find no handler and run nothing.)  The stop function sees each
   frame before its personality does: it keeps the frame's return address
   for the traceback, and at the end of the stack, once every landing pad
   of the thread has run, it ends the process.

   The same unwinder answers defer_recover's question: which frame called
   the function that called it (__deferrt_caller_cfa).

   Both go through the runtime's own unwinder first (frame-walk.c), which
   does the same with the frames' rules decoded once, and hands over to
   GCC's for the frames it does not know.  */

#include <string.h>
#include "defer-internal.h"

/* The exception class of a panic: "GNUC" (the vendor and language of the
   C personality's exceptions) and "DEFR".  */
static const _Unwind_Exception_Class defer_exception_class
  = ((_Unwind_Exception_Class) 'G' << 56 | (_Unwind_Exception_Class) 'N' << 48
     | (_Unwind_Exception_Class) 'U' << 40 | (_Unwind_Exception_Class) 'C' << 32
     | (_Unwind_Exception_Class) 'D' << 24 | (_Unwind_Exception_Class) 'E' << 16
     | (_Unwind_Exception_Class) 'F' << 8 | (_Unwind_Exception_Class) 'R');

/* __deferrt_panic_exception_p says whether EXC is a panic's.  */
int
__deferrt_panic_exception_p (const struct _Unwind_Exception *exc)
{
  return exc->exception_class == defer_exception_class;
}

/* defer_stop is the stop function of a panic's forced unwind, called for
   each frame CONTEXT before its personality, with the panic ARG.  The
   frames below the panic's STOCK_FLOOR were dead when the runtime's
   unwinder handed the panic over (frame-walk.c).  */
static _Unwind_Reason_Code
defer_stop (int version, _Unwind_Action actions,
	    _Unwind_Exception_Class exception_class,
	    struct _Unwind_Exception *exc, struct _Unwind_Context *context,
	    void *arg)
{
  struct defer_panic *p = arg;
  uintptr_t cfa;

  (void) version;
  (void) exception_class;
  (void) exc;
  if (actions & _UA_END_OF_STACK)
    __deferrt_panic_unrecovered (p);
  cfa = _Unwind_GetCFA (context);
  if (cfa >= p->stock_floor)
    __deferrt_trace_frame (p, cfa, _Unwind_GetIP (context));
  return _URC_NO_REASON;
}

/* __deferrt_panic_exception_init makes the exception object of the panic
   P a forced unwind's, as _Unwind_ForcedUnwind would, before any landing
   pad runs: a landing pad the runtime's unwinder enters (frame-walk.c)
   may resume with _Unwind_Resume, which goes on by these fields.  */
void
__deferrt_panic_exception_init (struct defer_panic *p)
{
  p->exc.exception_class = defer_exception_class;
  p->exc.private_1 = (_Unwind_Ptr) defer_stop;
  p->exc.private_2 = (_Unwind_Ptr) p;
}

/* __deferrt_unwind_stock hands the panic P to GCC's unwinder, as a forced
   unwind from its caller (the panicking function called defer_panic,
   which called here, or frame-walk.c's entry to GCC's unwinder did).  */
void
__deferrt_unwind_stock (struct defer_panic *p)
{
  _Unwind_ForcedUnwind (&p->exc, defer_stop, p);
  __deferrt_fatal ("the unwinder cannot unwind a panic (no unwind tables?)");
}

/* The state of defer_caller_step's walk.  */
struct defer_caller_walk
{
  _Unwind_Word target;	/* the frame to find.  */
  unsigned int up;	/* frames still to go above it, once found.  */
  int found;
  _Unwind_Word result;
};

/* defer_caller_step is _Unwind_Backtrace's callback for
   __deferrt_caller_cfa.  The unwinder gives each frame with the canonical
   frame address of the frame it called, so the frame whose address is
   the target's shows up with the target's caller, and the one UP levels
   above the target with the next frame.  */
static _Unwind_Reason_Code
defer_caller_step (struct _Unwind_Context *context, void *arg)
{
  struct defer_caller_walk *w = arg;
  _Unwind_Word callee_cfa = _Unwind_GetCFA (context);

  if (!w->found)
    {
      if (callee_cfa == w->target)
	w->found = 1;
      return _URC_NO_REASON;
    }
  if (--w->up > 0)
    return _URC_NO_REASON;
  w->result = callee_cfa;
  return _URC_END_OF_STACK;
}

/* __deferrt_caller_cfa returns the canonical frame address of the frame UP
   levels above the frame whose canonical frame address is CFA, or NULL
   if the walk up the stack finds no such frame.  */
void *
__deferrt_caller_cfa (void *cfa, unsigned int up)
{
  struct defer_caller_walk w;
  uintptr_t result;

  if (__deferrt_fast_unwind_p ()
      && __deferrt_walk_caller_cfa ((uintptr_t) cfa, up, &result))
    return (void *) result;
  memset (&w, 0, sizeof w);
  w.target = (_Unwind_Word) cfa;
  w.up = up;
  _Unwind_Backtrace (defer_caller_step, &w);
  return (void *) w.result;
}
