/* defer.h: Go's defer, panic and recover for C.

   #include <defer.h>

   defer (fn, arg1, arg2, ...);     Go: defer fn(arg1, arg2, ...)
   int *r = defer_result (int);     Go: a named result, reachable from defers

   FN and every argument are evaluated when the defer statement executes and
   converted as the direct call FN (ARG...) would convert them; the call runs
   when the enclosing function returns, newest first.  The defer GCC plugin
   lowers the builtins below; this header only names them.

   Define DEFER_NO_SHORT_NAMES before including this header to get only the
   __-prefixed names: __defer (fn, ...) and __defer_result ((T *) 0).  */

#ifndef DEFER_H
#define DEFER_H

#ifndef __DEFER__
#error "defer.h needs the defer GCC plugin: compile with -fplugin=defer (or -fplugin=/path/to/defer.so)"
#endif

#ifndef DEFER_NO_SHORT_NAMES
/* defer (FN, ARGS...) defers the call FN (ARGS...).  */
#define defer(...) __defer (__VA_ARGS__)
/* defer_result (T) is a T * to the enclosing function's pending result.  */
#define defer_result(T) __defer_result ((T *) 0)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Panics (Go's panic and recover).

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
_Noreturn void defer_panic (void *value);
_Noreturn void defer_panicf (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));
void *defer_recover (void);
extern const char defer_panic_nil[];

/* Runtime entry points the plugin's lowering calls.  Not for direct use.  */
_Noreturn void __defer_nil_func_panic (void);
struct _Unwind_Exception;
void __defer_landing (struct _Unwind_Exception *exc, void *frame);
int __defer_landing_done (struct _Unwind_Exception *exc);
void *__defer_recover_at (void *cfa);

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

/* __defer_proc_stack pushes the caller-allocated record R (in the caller's
   frame) on the thread's chain for FRAME and SITE.  Go's deferprocStack.  */
void __defer_proc_stack (struct __defer_record *r, void *frame,
			 unsigned int site);

struct __defer_slot;

/* __defer_chain_reach makes room for a push when the chain's top slot is
   its reach (see struct __defer_chain below) and returns the top slot,
   free for the push.  The slow path of the plugin's inline stack push.  */
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
   the record's size, __DEFER_CLASS_OF (size).  Everything else goes
   through the functions above, which also do everything the fast paths
   do.  The thread's state, __defer_thread, starts with struct
   __defer_chain.  */
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

#ifdef __cplusplus
}
#endif

#endif /* DEFER_H */
