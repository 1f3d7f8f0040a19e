/* Panics, recover, and fatal errors.

   Go ends a program in two ways that look alike and mean different things:
   a panic ("panic: ...", exit status 2) is the program's fault and may be
   recovered; a fatal error ("fatal error: ...", from runtime.throw) is the
   runtime's, a broken invariant that no recover may hide.  Both are here.

   How a panic finds each kind of defer.  defer_panic makes a struct
   defer_panic (Go's _panic), links it in front of the thread's chain of
   panics, and hands its exception object to GCC's unwinder as a forced
   unwind (unwind.c): the unwinder walks up the stack and, in every frame
   with defers, the stock C personality installs the landing pad the
   plugin wrote there (plugin/defer-unwind.cc).  The landing pad calls
   __defer_landing, then runs the frame's deferred calls with the very exit
   code its returns run -- open-coded defers by their deferbits, records
   by popping the frame's slots of the thread's chain (chain.c) -- and then
   asks __defer_landing_done whether a deferred call recovered the panic:
   if so, the frame returns normally with its current result; if not, it
   resumes the unwinding.  Frames without defers, with or without the
   plugin, are unwound through as long as they have unwind tables.  When
   the unwinder reaches the end of the stack, every deferred call of the
   thread has run: the panic is unrecovered, and the process ends
   (__deferrt_panic_unrecovered).

   The deferred calls of a landing pad run inside a catch-all region of
   their own: a panic raised by one of them (or passing through one) comes
   back to the same landing pad, which goes on with the calls not yet run
   -- each call's bit or slot is cleared before the call, so none runs
   twice.  The new panic has interrupted the old one: Go marks the old one
   aborted, and so does __defer_landing, when the new panic reaches a frame
   at or above the one whose landing pad the old panic was running.

   recover.  defer_recover stops the thread's newest panic only when it is
   called directly by a deferred function that the panic is running.  The
   plugin rewrites each call of defer_recover in a function D into
   __defer_recover_at (D's canonical frame address); the runtime unwinds
   to the frame that called D and compares it with the frame whose landing
   pad runs the panic (Go compares argp).  A call from a function that D
   calls, from a call D deferred, from a normal return's deferred call or
   outside any panic finds another frame, and returns NULL.  A recovered
   panic stays on the chain, marked, until the landing pad that recovered
   it finishes; the aborted panics it interrupted end with it (Go removes
   them from g._panic).

   Exceptions that are not panics -- a C++ exception, the forced unwind of
   pthread_exit and pthread_cancel -- run the same landing pads: the
   deferred calls run, defer_recover returns NULL, and the exception goes
   on.  A panic that a C++ catch (...) swallows is deleted by the C++
   runtime through its exception_cleanup (defer_panic_cleanup), which ends
   it as a recovery would.

   A fatal error names the broken invariant and aborts, leaving a core to
   debug the runtime with.  */

#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "defer-internal.h"

/* The value of defer_panic (NULL): Go 1.21's PanicNilError.  */
const char defer_panic_nil[] = "panic called with nil argument";

/* The message of a deferred call of a null function pointer.  */
static const char defer_nil_func_message[]
  = "runtime error: deferred call of a null function pointer";

/* defer_panic_free gives P back: its message if owned goes to the
   thread's LAST_MESSAGE, so that the recoverer of a defer_panicf may go
   on using the string it got until the next one ends; the record goes to
   the thread's spare panics.  */
static void
defer_panic_free (struct defer_thread *t, struct defer_panic *p)
{
  if (p->message_owned)
    {
      free (t->last_message);
      t->last_message = (char *) p->message;
    }
  p->message = NULL;
  p->message_owned = 0;
  p->link = t->spare_panics;
  t->spare_panics = p;
}

/* defer_panic_alloc returns a panic record of T, a spare one or a new
   one.  */
static struct defer_panic *
defer_panic_alloc (struct defer_thread *t)
{
  struct defer_panic *p = t->spare_panics;

  if (p != NULL)
    {
      t->spare_panics = p->link;
      return p;
    }
  p = malloc (sizeof *p);
  if (p == NULL)
    __deferrt_fatal ("out of memory allocating a panic");
  if (!t->registered)
    __deferrt_thread_register (t);
  return p;
}

static int defer_recovering_p (struct defer_thread *t,
			       const struct defer_panic *p);

/* defer_detach_recovered takes the recovered panics at the head of T's
   chain off it, with the aborted ones each of them ended, before a new
   panic links itself in front: Go ends a recovered panic as soon as its
   deferred call returns, so the new one never sees it.  A panic raised
   by the recovering call itself finds it still there, [recovered].  A detached
   panic's record stays alive, on T's detached list, until the landing pad
   that recovered it is done with it (its frame's landing pad finishes or
   starts again).  */
static void
defer_detach_recovered (struct defer_thread *t)
{
  while (t->panic != NULL && t->panic->recovered
	 && !defer_recovering_p (t, t->panic))
    {
      struct defer_panic *p = t->panic;

      t->panic = p->link;
      p->link = t->detached;
      t->detached = p;
      while (t->panic != NULL && t->panic->aborted)
	{
	  struct defer_panic *q = t->panic;

	  t->panic = q->link;
	  defer_panic_free (t, q);
	}
    }
}

/* defer_release_detached frees the detached panics of T whose landing pad
   ran in FRAME or a deeper frame: that landing pad is over.  */
static void
defer_release_detached (struct defer_thread *t, void *frame)
{
  struct defer_panic **pp = &t->detached;

  while (*pp != NULL)
    {
      struct defer_panic *p = *pp;

      if ((uintptr_t) p->frame <= (uintptr_t) frame)
	{
	  *pp = p->link;
	  defer_panic_free (t, p);
	}
      else
	pp = &p->link;
    }
}

/* defer_unlink takes P off T's chain or its detached list and frees it,
   with the aborted panics that follow it on the chain: the panics P
   interrupted end with P.  */
static void
defer_end_panic (struct defer_thread *t, struct defer_panic *p)
{
  struct defer_panic **pp;

  for (pp = &t->detached; *pp != NULL; pp = &(*pp)->link)
    if (*pp == p)
      {
	*pp = p->link;
	defer_panic_free (t, p);
	return;
      }
  for (pp = &t->panic; *pp != NULL && *pp != p; pp = &(*pp)->link)
    ;
  if (*pp == NULL)
    __deferrt_fatal ("ending a panic that is not the thread's");
  *pp = p->link;
  defer_panic_free (t, p);
  while (*pp != NULL && (*pp)->aborted)
    {
      struct defer_panic *q = *pp;

      *pp = q->link;
      defer_panic_free (t, q);
    }
}

/* The C++ runtime's exception state of the thread, when one is linked:
   the start of the Itanium C++ ABI's __cxa_eh_globals (libstdc++'s and
   libc++abi's), from __cxa_get_globals, weak so that a C program links
   without it.  */
struct defer_cxa_eh_globals
{
  void *caught_exceptions;
  unsigned int uncaught_exceptions;
};
extern struct defer_cxa_eh_globals *__cxa_get_globals (void)
  __attribute__ ((weak));

/* defer_cxx_uncaught returns the calling thread's count of uncaught C++
   exceptions (std::uncaught_exceptions ()), 0 without a C++ runtime.  */
static unsigned int
defer_cxx_uncaught (void)
{
  return __cxa_get_globals != NULL
	 ? __cxa_get_globals ()->uncaught_exceptions : 0;
}

/* defer_cxx_recount puts the thread's count of uncaught C++ exceptions
   back to what it was when the recovered panic P started.  A C++
   catch (...) { throw; } between the panic and its recover counts the
   rethrown panic as uncaught again, and only counts a catch of a C++
   exception down (__cxa_rethrow, __cxa_begin_catch): every rethrow left
   one.  Exceptions thrown since P started are caught or gone by now: one
   that left a deferred call P runs interrupted it, and P was no longer
   recoverable.  */
static void
defer_cxx_recount (const struct defer_panic *p)
{
  if (__cxa_get_globals != NULL)
    {
      struct defer_cxa_eh_globals *g = __cxa_get_globals ();

      if (g->uncaught_exceptions > p->cxx_uncaught)
	g->uncaught_exceptions = p->cxx_uncaught;
    }
}

/* defer_panic_cleanup is the exception_cleanup of a panic's exception
   object: the C++ runtime calls it when a catch (...) ends the panic by
   swallowing it.  The panic ends as a recovered one would.  */
static void
defer_panic_cleanup (_Unwind_Reason_Code reason, struct _Unwind_Exception *exc)
{
  (void) reason;
  defer_end_panic (&__defer_thread, (struct defer_panic *) exc);
}

/* defer_raise starts a panic of VALUE, whose text is MESSAGE (or NULL),
   owned by the panic when OWNED, raised by the runtime's function whose
   canonical frame address is CFA: its traceback starts there.  Inline,
   so that the unwinding starts one frame below the panicking
   function's.  */
static inline __attribute__ ((always_inline)) _Noreturn void
defer_raise (void *value, const char *message, int owned, void *cfa)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_panic *p;

  defer_detach_recovered (t);
  p = defer_panic_alloc (t);
  memset (&p->exc, 0, sizeof p->exc);
  p->exc.exception_cleanup = defer_panic_cleanup;
  if (value == NULL)
    {
      value = (void *) defer_panic_nil;
      message = defer_panic_nil;
      owned = 0;
    }
  p->value = value;
  p->message = message;
  p->message_owned = owned;
  p->link = t->panic;
  p->frame = NULL;
  p->recovered = 0;
  p->aborted = 0;
  p->recovered_call = 0;
  p->resume_after = NULL;
  p->ntrace = 0;
  p->last_cfa = 0;
  p->stock_floor = 0;
  p->start_cfa = (uintptr_t) cfa;
  p->cxx_uncaught = defer_cxx_uncaught ();
  t->panic = p;
  __deferrt_panic_exception_init (p);
  if (__deferrt_fast_unwind_p ())
    __deferrt_walk_panic (p, 0);
  __deferrt_unwind_stock (p);
}

/* defer_panic panics with VALUE: every deferred call of every frame runs,
   newest first, until one recovers.  */
void
defer_panic (void *value)
{
  defer_raise (value, NULL, 0, __builtin_dwarf_cfa ());
}

/* defer_panicf panics with the string FMT formats, which is the panic's
   value.  */
void
defer_panicf (const char *fmt, ...)
{
  va_list ap;
  char *s;

  va_start (ap, fmt);
  if (vasprintf (&s, fmt, ap) < 0)
    s = NULL;
  va_end (ap);
  if (s == NULL)
    defer_raise ((void *) fmt, fmt, 0, __builtin_dwarf_cfa ());
  defer_raise (s, s, 1, __builtin_dwarf_cfa ());
}

/* __defer_nil_func_panic is called by a deferred call whose function value
   is a null pointer, when the call would run (Go's rule: not at the defer
   statement).  This is user misuse, a panic like any other.  */
void
__defer_nil_func_panic (void)
{
  defer_raise ((void *) defer_nil_func_message, defer_nil_func_message, 0,
	       __builtin_dwarf_cfa ());
}

/* A landing pad running deferred calls: its frame (canonical frame
   address), the exception that entered it last, its open-coded defer
   bits while a newer landing pad runs (the newest one's are in the
   thread's LP_BITS), the marker record that ends the exit loop of a
   function with records (its site is the function's number of sites,
   which the plugin's dispatch sends to the landing pad's end) and the
   function's deferred functions by site (__DEFER_FN_IN_RECORD where the
   record holds it), the deferred function being called (NULL if not known) and the
   number of deferred calls started, and the older landing pad, or the
   next spare one.  Entries never move: the chain holds markers'
   addresses.  */
struct defer_landing
{
  uintptr_t frame;
  struct _Unwind_Exception *exc;
  unsigned int bits;
  struct __defer_record marker;
  void *const *site_fns;
  const void *calling;
  unsigned long calls;
  struct defer_landing *link;
};

/* defer_drop_landings forgets T's landing pads in frames below FRAME
   (at or below it if SAME): a longjmp left them, or their frame was
   unwound.  The newest one left gets its bits back, if a newer one
   replaced them.  */
static void
defer_drop_landings (struct defer_thread *t, uintptr_t frame, int same)
{
  struct defer_landing *l;
  int dropped = 0;

  while ((l = t->landing) != NULL
	 && (l->frame < frame || (same && l->frame == frame)))
    {
      t->landing = l->link;
      l->link = t->spare_landings;
      t->spare_landings = l;
      dropped = 1;
    }
  if (dropped && t->landing != NULL)
    t->lp_bits = t->landing->bits;
}

/* defer_landing_push makes the landing pad of FRAME, entered by EXC, the
   newest of T, with open-coded BITS, and returns it.  */
static struct defer_landing *
defer_landing_push (struct defer_thread *t, void *exc, uintptr_t frame,
		    unsigned int bits)
{
  struct defer_landing *l = t->spare_landings;

  if (t->landing != NULL)
    t->landing->bits = t->lp_bits;
  if (l != NULL)
    t->spare_landings = l->link;
  else
    {
      l = malloc (sizeof *l);
      if (l == NULL)
	__deferrt_fatal ("out of memory recording a landing pad");
      if (!t->registered)
	__deferrt_thread_register (t);
    }
  l->frame = frame;
  l->exc = exc;
  l->bits = bits;
  l->site_fns = NULL;
  l->calling = NULL;
  l->calls = 0;
  l->link = t->landing;
  t->landing = l;
  t->lp_bits = bits;
  return l;
}

/* defer_landing_of returns T's landing pad of FRAME, or NULL.  */
static struct defer_landing *
defer_landing_of (struct defer_thread *t, const void *frame)
{
  struct defer_landing *l;

  for (l = t->landing; l != NULL; l = l->link)
    if (l->frame == (uintptr_t) frame)
      return l;
  return NULL;
}

/* defer_recovering_p says whether the deferred call that recovered P is
   still running: its frame's landing pad has started no other since.  */
static int
defer_recovering_p (struct defer_thread *t, const struct defer_panic *p)
{
  const struct defer_landing *l = defer_landing_of (t, p->frame);

  return l != NULL && l->calls == p->recovered_call;
}

/* defer_panic_landed tells the panics of T that EXC entered the landing
   pad of FRAME, which PREVIOUS was running (or NULL): a panic learns
   which frame runs it, and the older panics whose deferred calls it
   interrupted -- those running in FRAME or below -- are aborted.  An
   exception that is not a panic ends the panics it interrupted.  */
static void
defer_panic_landed (struct defer_thread *t, struct _Unwind_Exception *exc,
		    struct _Unwind_Exception *previous, void *frame)
{
  struct defer_panic *q;

  if (__deferrt_panic_exception_p (exc))
    {
      struct defer_panic *p = (struct defer_panic *) exc;

      /* A panic that interrupts an exception that is not one: that
	 unwinding goes on once the panic is recovered.  */
      if (previous != NULL && previous != exc
	  && !__deferrt_panic_exception_p (previous) && !p->resume_after)
	p->resume_after = previous;
      for (q = p->link; q != NULL; q = q->link)
	if (q->frame != NULL && (uintptr_t) q->frame <= (uintptr_t) frame)
	  {
	    q->aborted = 1;
	    q->frame = NULL;
	    if (!p->resume_after)
	      p->resume_after = q->resume_after;
	  }
      p->frame = frame;
    }
  else
    {
      struct defer_panic **pp = &t->panic;

      while (*pp != NULL)
	if ((*pp)->frame != NULL
	    && (uintptr_t) (*pp)->frame <= (uintptr_t) frame)
	  {
	    q = *pp;
	    *pp = q->link;
	    defer_panic_free (t, q);
	  }
	else
	  pp = &(*pp)->link;
    }
  defer_release_detached (t, frame);
}

/* __defer_landing is called by the landing pad of FRAME (its canonical
   frame address), a function with open-coded defers, when the exception
   EXC first enters it, with the frame's defer BITS, before the frame's
   deferred calls run: the landing pad becomes the thread's newest, and
   its bits the thread's LP_BITS.  */
void
__defer_landing (void *exc, void *frame, unsigned int bits)
{
  struct defer_thread *t = &__defer_thread;

  defer_drop_landings (t, (uintptr_t) frame, 1);
  defer_landing_push (t, exc, (uintptr_t) frame, bits);
  defer_panic_landed (t, exc, NULL, frame);
}

/* __defer_relanding is called by the landing pad of FRAME when one of its
   deferred calls threw EXC back into it: the landing pad goes on with the
   deferred calls not yet run.  */
void
__defer_relanding (void *exc, void *frame)
{
  struct defer_thread *t = &__defer_thread;

  struct _Unwind_Exception *previous;

  defer_drop_landings (t, (uintptr_t) frame, 0);
  if (t->landing == NULL || t->landing->frame != (uintptr_t) frame)
    __deferrt_fatal ("a landing pad came back that never started");
  previous = t->landing->exc;
  t->landing->exc = exc;
  defer_panic_landed (t, exc, previous, frame);
}

/* __defer_landing_records is called by the landing pad of FRAME, a
   function with records and NSITES defer statements, each time an
   exception EXC enters it: the landing pad runs the frame's exit loop,
   which pops the frame's records and makes their calls.  The first time,
   the landing pad becomes the thread's newest, and its marker record,
   of site NSITES, goes into the chain below the frame's records: when the
   loop pops it, the loop ends at the landing pad's end.  SITE_FNS are the
   deferred functions of the sites, __DEFER_FN_IN_RECORD where the record
   holds the function.  Again (a deferred call threw EXC back), the loop
   goes on.  */
void
__defer_landing_records (void *exc, void *frame, unsigned int nsites,
			 void *const *site_fns)
{
  struct defer_thread *t = &__defer_thread;
  struct _Unwind_Exception *previous = NULL;

  defer_drop_landings (t, (uintptr_t) frame, 0);
  /* FRAME's landing pad again, if its marker is still in the chain: a
     landing pad of the same address without it is a dead activation's,
     which a longjmp left.  */
  if (t->landing != NULL && t->landing->frame == (uintptr_t) frame
      && !__deferrt_chain_holds_landing (t, (uintptr_t) frame,
				       &t->landing->marker))
    defer_drop_landings (t, (uintptr_t) frame, 1);
  if (t->landing != NULL && t->landing->frame == (uintptr_t) frame)
    {
      previous = t->landing->exc;
      t->landing->exc = exc;
    }
  else
    {
      struct defer_landing *l;

      l = defer_landing_push (t, exc, (uintptr_t) frame, 0);
      l->site_fns = site_fns;
      l->marker.frame = frame;
      l->marker.site = nsites;
      l->marker.sizeclass = DEFER_SIZECLASS_STACK;
      __deferrt_chain_insert_below (t, (uintptr_t) frame, &l->marker);
    }
  defer_panic_landed (t, exc, previous, frame);
}

/* __deferrt_landing_call_record tells T's newest landing pad that its exit
   loop popped the record R: the deferred call it holds starts (the
   function is the record's own first payload field where the landing
   pad's table says __DEFER_FN_IN_RECORD).  The marker makes no call.  */
void
__deferrt_landing_call_record (struct defer_thread *t, struct __defer_record *r)
{
  struct defer_landing *l = t->landing;

  if (l == NULL || r == &l->marker)
    return;
  l->calling = l->site_fns[r->site];
  if (l->calling == __DEFER_FN_IN_RECORD)
    l->calling = *(void *const *) (r + 1);
  l->calls++;
}

/* __defer_landing_take says whether the newest landing pad's open-coded
   defer bit MASK is set, and clears it: the landing pad then makes that
   deferred call, of the function FN (NULL if not known), which never
   runs twice.  */
int
__defer_landing_take (unsigned int mask, const void *fn)
{
  struct defer_thread *t = &__defer_thread;

  if (!(t->lp_bits & mask))
    return 0;
  t->lp_bits &= ~mask;
  if (t->landing != NULL)
    {
      t->landing->calling = fn;
      t->landing->calls++;
    }
  return 1;
}

/* __defer_landing_done is called by the thread's newest landing pad,
   which ends, once the frame's deferred calls ran.  It returns 1 when one
   of them recovered the panic, which then ends, and the frame returns
   normally; 0 when the frame must resume the unwinding
   (__defer_resume).  */
int
__defer_landing_done (void)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_landing *l = t->landing;
  struct _Unwind_Exception *exc;
  struct defer_panic *p;

  if (l == NULL)
    __deferrt_fatal ("a landing pad is done that never started");
  exc = l->exc;
  t->landing = l->link;
  l->link = t->spare_landings;
  t->spare_landings = l;
  if (t->landing != NULL)
    t->lp_bits = t->landing->bits;
  t->resume_exc = exc;
  if (!__deferrt_panic_exception_p (exc))
    return 0;
  p = (struct defer_panic *) exc;
  if (!p->recovered)
    {
      p->frame = NULL;
      return 0;
    }
  /* Recovered while it interrupted a thread's exit or a C++ exception:
     that goes on from here.  */
  t->resume_exc = p->resume_after;
  defer_cxx_recount (p);
  defer_end_panic (t, p);
  return t->resume_exc == NULL;
}

/* __defer_resume goes on unwinding the exception of the landing pad that
   just finished, from its frame (GCC's unwinder by a tail call: it starts
   from the caller of its caller, the landing pad's frame).  */
void
__defer_resume (void)
{
  struct _Unwind_Exception *exc = __defer_thread.resume_exc;

  /* A panic goes on with the runtime's unwinder from the landing pad's
     frame, whose stack pointer is this function's CFA.  */
  if (__deferrt_panic_exception_p (exc) && __deferrt_fast_unwind_p ())
    __deferrt_walk_panic ((struct defer_panic *) exc,
			(uintptr_t) __builtin_dwarf_cfa ());
  _Unwind_Resume (exc);
}

/* defer_recover_matching recovers the thread's newest panic not yet
   recovered if the frame UP levels above the frame whose canonical frame
   address is CFA is the frame whose landing pad runs the panic, and the
   function of that frame, SELF (NULL if not known), is the deferred
   function the landing pad calls, and returns its value; else it returns
   NULL.  */
static void *
defer_recover_matching (void *cfa, unsigned int up, const void *self)
{
  struct defer_thread *t = &__defer_thread;
  struct defer_panic *p = t->panic;
  struct defer_landing *l;

  /* A recovered panic whose deferred call still runs is over for
     recover: the one it interrupted, if any, is what may be recovered.  */
  while (p != NULL && p->recovered)
    p = p->link;
  if (p == NULL || p->aborted || p->frame == NULL)
    return NULL;
  if (__deferrt_caller_cfa (cfa, up) != p->frame)
    return NULL;
  /* The caller may be the frame of the landing pad and the function not
     the deferred one: the deferred function tail-called it.  */
  l = defer_landing_of (t, p->frame);
  if (l != NULL && l->calling != NULL && self != NULL && l->calling != self)
    return NULL;
  p->recovered = 1;
  p->recovered_call = l != NULL ? l->calls : 0;
  return p->value;
}

/* __defer_recover_at is defer_recover called from the function SELF (NULL
   for a nested function), whose canonical frame address is CFA (the
   plugin rewrites the calls): it stops the newest panic if that function
   is a deferred call the panic is running.  */
void *
__defer_recover_at (void *cfa, const void *self)
{
  return defer_recover_matching (cfa, 1, self);
}

/* defer_recover, called directly by a deferred function that the newest
   panic is running, stops the panic and returns its value; otherwise it
   returns NULL.  Code built with the plugin never calls it: the plugin
   turns its calls into __defer_recover_at.  Here the deferred function
   is the caller of defer_recover, found by unwinding (a tail call of
   defer_recover hides it).  */
__attribute__ ((noinline)) void *
defer_recover (void)
{
  return defer_recover_matching (__builtin_dwarf_cfa (), 2, NULL);
}

/* __deferrt_panic_unrecovered ends the process for the unrecovered panic P,
   once the unwinder has run every deferred call of the thread: the chain
   of panics and the traceback on stderr, as Go prints them, and exit
   status 2.  DEFER_TRACEBACK=none leaves the traceback out.  */
void
__deferrt_panic_unrecovered (struct defer_panic *p)
{
  const char *tb = getenv ("DEFER_TRACEBACK");

  fflush (NULL);
  __deferrt_print_panics (p);
  if (tb == NULL || strcmp (tb, "none") != 0)
    __deferrt_print_traceback (p);
  _exit (2);
}

/* __deferrt_panic_release frees T's panic records when its thread exits:
   those on the chain are stale (the thread ended inside a deferred call,
   or a longjmp left a panic's deferred calls).  */
void
__deferrt_panic_release (struct defer_thread *t)
{
  struct defer_panic *lists[3] = { t->panic, t->detached, t->spare_panics };
  int i;

  for (i = 0; i < 3; i++)
    while (lists[i] != NULL)
      {
	struct defer_panic *next = lists[i]->link;

	if (lists[i]->message_owned)
	  free ((char *) lists[i]->message);
	free (lists[i]);
	lists[i] = next;
      }
  t->panic = t->detached = t->spare_panics = NULL;
  defer_drop_landings (t, UINTPTR_MAX, 1);
  while (t->spare_landings != NULL)
    {
      struct defer_landing *next = t->spare_landings->link;

      free (t->spare_landings);
      t->spare_landings = next;
    }
  free (t->last_message);
  t->last_message = NULL;
}

/* __deferrt_fatal prints "fatal error: MSG", MSG naming the runtime invariant
   found broken, and aborts.  Go's throw.  It allocates nothing: the heap
   may be what is broken.  */
void
__deferrt_fatal (const char *msg)
{
  static const char prefix[] = "fatal error: ";
  size_t len = 0;
  ssize_t ignored;

  while (msg[len] != '\0')
    len++;
  fflush (stdout);
  ignored = write (STDERR_FILENO, prefix, sizeof prefix - 1);
  ignored = write (STDERR_FILENO, msg, len);
  ignored = write (STDERR_FILENO, "\n", 1);
  (void) ignored;
  abort ();
}
