/* defer.h: Go's defer, panic and recover for C.

   #include <defer.h>

   defer (fn, arg1, arg2, ...);     Go: defer fn(arg1, arg2, ...)
   int *r = defer_result (int);     Go: a named result, reachable from defers

   FN and every argument are evaluated when the defer statement executes and
   converted as the direct call FN (ARG...) would convert them; the call runs
   when the enclosing function returns, newest first.  The defer GCC plugin
   lowers the builtins below; this header only names them.

   Define DEFER_NO_SHORT_NAMES before including this header to get only the
   __-prefixed names: __defer (fn, ...) and __defer_result ((T *) 0).

   Editor mode: for tools that parse C without the plugin (clangd,
   clang-tidy, clang -fsyntax-only, GCC without -fplugin=), define
   DEFER_TYPECHECK.  defer (fn, args...) then type-checks as the direct
   call fn (args...) and runs nothing, and defer_result (T) is a T *.  A
   program compiled that way must not run: every use is a compile-time
   error where the compiler generates code (GCC, clang), and an
   undefined symbol at link time that says why elsewhere.  */

#ifndef DEFER_H
#define DEFER_H

/* Variadic macros: C99, or GNU C89.  */
#if !defined (__cplusplus) && defined (__STRICT_ANSI__) \
    && (!defined (__STDC_VERSION__) || __STDC_VERSION__ < 199901L)
#error "defer.h needs C99 or later (it uses variadic macros): compile with -std=c99 or a later standard, or -std=gnu89"
#endif

/* _Noreturn is C11.  */
#if !defined (__cplusplus) && defined (__STDC_VERSION__) \
    && __STDC_VERSION__ >= 201112L
#define __DEFER_NORETURN _Noreturn
#else
#define __DEFER_NORETURN __attribute__ ((__noreturn__))
#endif

#if !defined (__DEFER__) && defined (DEFER_TYPECHECK)

/* Editor mode (see above).  __defer (FN, ARGS...) is the direct call
   FN (ARGS...) in the arm of a conditional that is never taken: checked
   by the compiler as the call, with the call's errors and warnings, and
   never evaluated.  The other arm calls a function that exists nowhere
   and that GCC and clang refuse to generate a call of.  Up to 61
   arguments.  The runtime's public functions (the panics) are ordinary
   functions, declared after this branch for both modes.  */

#ifdef __cplusplus
extern "C" {
#endif
extern void __defer_typecheck_only__build_with_fplugin_defer (void)
  __attribute__ ((__error__ ("defer.h was included with DEFER_TYPECHECK and "
			     "without the defer plugin: defer only type-checks "
			     "and does not run; build with -fplugin=defer")));
#ifdef __cplusplus
}
#endif

#define __DEFER_TC_FAIL() __defer_typecheck_only__build_with_fplugin_defer ()

/* __DEFER_TC_MANY (ARGS...): 1 if ARGS has more than one argument, else 0.  */
#define __DEFER_TC_64TH(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, \
			a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, \
			a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, \
			a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, \
			a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, \
			a57, a58, a59, a60, a61, a62, a63, n, ...) n
#define __DEFER_TC_MANY(...) \
  __DEFER_TC_64TH (__VA_ARGS__, \
		   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, \
		   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, \
		   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, \
		   1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, ~)
#define __DEFER_TC_CAT(a, b) __DEFER_TC_CAT2 (a, b)
#define __DEFER_TC_CAT2(a, b) a##b
/* The direct call: FN () or FN (ARGS...).  */
#define __DEFER_TC_CALL_0(fn) (fn) ()
#define __DEFER_TC_CALL_1(fn, ...) (fn) (__VA_ARGS__)
#define __DEFER_TC_CALL(...) \
  __DEFER_TC_CAT (__DEFER_TC_CALL_, __DEFER_TC_MANY (__VA_ARGS__)) (__VA_ARGS__)

#define __defer(...) \
  ((void) (0 ? ((void) __DEFER_TC_CALL (__VA_ARGS__)) : __DEFER_TC_FAIL ()))
#define __defer_result(p) ((void) __DEFER_TC_FAIL (), (p))

#else /* the plugin */

#ifndef __DEFER__
#error "defer.h needs the defer GCC plugin: compile with -fplugin=defer (or -fplugin=/path/to/defer.so); tools that only parse C can define DEFER_TYPECHECK"
#endif

#if !defined (__x86_64__) || !defined (__LP64__)
#error "defer supports only x86-64 with 64-bit pointers (not -m32 or -mx32)"
#endif

#endif

#ifndef DEFER_NO_SHORT_NAMES
/* defer (FN, ARGS...) defers the call FN (ARGS...).  */
#define defer(...) __defer (__VA_ARGS__)
/* defer_result (T) is a T * to the enclosing function's pending result.  */
#define defer_result(T) __defer_result ((__typeof__ (T) *) 0)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Panics (Go's panic and recover), declared in both modes (the plugin's
   and DEFER_TYPECHECK's).

   defer_panic (VALUE) panics: the deferred calls of every frame run,
   newest first, until one of them recovers; an unrecovered panic prints
   the chain of panics and a traceback on stderr and ends the process with
   exit status 2 (DEFER_TRACEBACK=none in the environment leaves the
   traceback out).  defer_panic (NULL) panics with defer_panic_nil.
   defer_panicf panics with the string it formats, valid until another of
   the thread's defer_panicf panics ends.

   defer_recover (), called directly by a deferred function that a panic
   is running, stops the panic and returns its value: the function whose
   deferred call recovered runs its other deferred calls and returns
   normally.  Called at any other time, it returns NULL.  */
__DEFER_NORETURN void defer_panic (void *value);
__DEFER_NORETURN void defer_panicf (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));
void *defer_recover (void);
extern const char defer_panic_nil[];

/* Runtime entry points the plugin's lowering calls.  Not for direct use.  */
__DEFER_NORETURN void __defer_nil_func_panic (void);
/* The landing pad of a frame with defers (the code that runs the frame's
   pending deferred calls while an exception unwinds it) calls, for
   open-coded defers, __defer_landing when the exception EXC first enters
   it, with the frame's canonical frame address and its defer bits, and
   __defer_relanding when a deferred call throws EXC back into it; then it
   runs the pending deferred calls, each if __defer_landing_take says its
   bit MASK was set (and clears it), naming the function FN it calls.  For
   records it calls __defer_landing_records each time, with the deferred
   functions by site (__DEFER_FN_IN_RECORD where the record holds the
   function, NULL where nothing names it), and runs
   the frame's exit loop until it pops the runtime's marker record (site
   NSITES).  Then
   __defer_landing_done says whether one of them recovered the panic (the
   frame returns normally) or not (the landing pad calls __defer_resume,
   which resumes the unwinding).  The runtime keeps the landing pad's
   state: none lives in the frame across the deferred calls.  */
void __defer_landing (void *exc, void *frame, unsigned int bits);
void __defer_relanding (void *exc, void *frame);
#define __DEFER_FN_IN_RECORD ((void *) 1)
void __defer_landing_records (void *exc, void *frame, unsigned int nsites,
			      void *const *site_fns);
int __defer_landing_take (unsigned int mask, const void *fn);
int __defer_landing_done (void);
void __defer_resume (void);
void *__defer_recover_at (void *cfa, const void *self);

/* A defer record: a defer that is not open-coded.  Every record starts with
   this header; the plugin lays out the payload (the function pointer, then
   the converted arguments) right after it, in a struct of its own per defer
   statement.  Stack records live in the deferring frame, heap records come
   from the runtime's pools (16-byte aligned).  */
struct __defer_record
{
  struct __defer_record *link;	/* runtime-private (free-list link) */
  void *frame;			/* the owning frame's anchor (heap records) */
  unsigned int site;		/* which defer statement made the record */
  unsigned int sizeclass;	/* runtime-private: unset in a stack record */
};

/* __defer_frame_enter is called at entry of every function that uses
   records, with its anchor FRAME: an address that identifies the
   activation and is lower for deeper ones (the plugin passes the canonical
   frame address; such functions are never inlined, so that each has its
   own).  It drops records left by activations at or below FRAME, which a
   longjmp abandoned.  */
void __defer_frame_enter (void *frame);

/* __defer_keep does nothing with the record R.  Code compiled with
   -fanalyzer calls it with each heap record of a defer in a loop once the
   record holds its payload, so that GCC's analyzer, which cannot follow
   the record through the thread's chain, takes what the record holds for
   kept, not leaked.  */
void __defer_keep (void *r);

/* __defer_proc_stack pushes the caller-allocated record R (in the caller's
   frame) on the thread's chain for FRAME and SITE.  Go's deferprocStack.  */
void __defer_proc_stack (struct __defer_record *r, void *frame,
			 unsigned int site);

struct __defer_slot;

/* __defer_chain_reach lets pushes reach further up the chain (see struct
   __defer_chain below), at least one slot past the top, and returns the
   top slot, free for the push.  The slow path of the plugin's inline
   stack push, when the top slot is the reach; a run of N pushes calls it
   until the top is N slots or more below the reach.  */
struct __defer_slot *__defer_chain_reach (void);

/* __defer_proc returns a heap record of at least SIZE bytes (header
   included), pushed on the thread's chain for FRAME and SITE; the caller
   stores the payload.  Go's deferproc.  */
struct __defer_record *__defer_proc (unsigned long size, void *frame,
				     unsigned int site);

/* __defer_return pops and returns FRAME's newest record, or returns NULL
   when FRAME has none left, dropping on the way records of dead frames
   below FRAME (never touching those above).  The exit code of a function
   with records calls it in a loop and makes each deferred call from the
   payload, loaded before the call: a heap record stays intact until the
   thread's next __defer_proc.  Go's deferreturn, one record at a time.  */
struct __defer_record *__defer_return (void *frame);

/* The chain as the plugin's inline fast paths see it.  Each thread's
   records are an array of slots, newest at TOP - 1; TOP[-1] is always
   readable (the first slot is a sentinel whose frame is above every real
   frame).  A push may use the slot at TOP only if TOP != REACH; a heap
   push may take the slot's SPARE record if SPARE_CLASS is the class of
   the record's size, __DEFER_CLASS_OF (size), which it never is from
   REACH to LIMIT, LIMIT included (a guard slot): that test alone lets a
   heap push use the slot.  The array starts at BASE and moves (BASE
   changes) when a push grows it or a pop shrinks it: code that keeps a
   place in it across a call keeps its depth, TOP - BASE, and loads BASE
   again.  Everything else goes through the functions above, which also
   do everything the fast paths do.  The thread's state, __defer_thread,
   starts with struct __defer_chain.  */
struct __defer_slot
{
  void *frame;				/* the owning frame */
  struct __defer_record *rec;		/* the pushed record */
  struct __defer_record *spare;		/* the last heap record of the slot */
  unsigned long spare_class;		/* its class */
};

struct __defer_chain
{
  struct __defer_slot *top;
  struct __defer_slot *base;
  struct __defer_slot *reach;
  struct __defer_slot *limit;
};

#define __DEFER_CLASS_OF(size) (((size) + 15) >> 4)

/* An exit loop whose pops find a shallower frame's slot at the top ends
   without calling __defer_return unless TOP is more than
   __DEFER_SPARE_TRIM slots below REACH: then __defer_return gives the
   spares a long loop of defers left above the top back to the pool.  */
#define __DEFER_SPARE_TRIM 256

#ifdef __cplusplus
}
#endif

#endif /* DEFER_H */
