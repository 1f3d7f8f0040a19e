/* records: ns per record defer, the runtime alone.

   The record ABI called by hand, as the plugin's lowering calls it (the
   frame's canonical frame address as its anchor, __defer_frame_enter at
   entry, a __defer_return loop with a switch on the site at the exit), so
   that the runtime's cost is measured without the plugin's code:

     heap records   a loop of 10 defers in one function (Go's deferproc)
     stack records  9 defers in one function (Go's deferprocStack)
     plain call     the same calls made directly

   The "inlined" rows make the same defers with the runtime's fast paths
   (runtime/defer-internal.h) inlined into the function, the out-of-line
   entry points called only when they fail: what generated code would gain
   by inlining them rather than calling the ABI's functions.

   Not a row of table.sh's table: make bench prints this one after it,
   ns per defer, the median of bench.h's interleaved runs, beside the
   plain call.  What the plugin's code adds to the runtime's cost is the
   difference from the table's rows 6 and 7.  */

#include <defer.h>
#include "../runtime/defer-internal.h"
#include "bench.h"

struct add_record
{
  struct __defer_record h;
  void (*fn) (long);
  long a;
};

static volatile long sink;

static __attribute__ ((noinline)) void
add (long v)
{
  sink += v;
}

/* The ABI's entry points with their fast paths inlined.  */

static inline void
proc_stack_inlined (struct __defer_record *r, void *frame, unsigned int site)
{
  if (!defer_push_stack_fast (&__defer_thread, r, frame, site))
    __defer_proc_stack (r, frame, site);
}

static inline struct __defer_record *
proc_inlined (unsigned long size, void *frame, unsigned int site)
{
  struct __defer_record *r;

  r = defer_push_heap_fast (&__defer_thread, size, frame, site);
  return r != NULL ? r : __defer_proc (size, frame, site);
}

static inline struct __defer_record *
return_inlined (void *frame)
{
  struct __defer_record *r;

  if (!defer_pop_fast (&__defer_thread, frame, &r))
    return __defer_return (frame);
  if (r->frame != frame)
    __builtin_trap ();
  return r;
}

/* RUN_RECORDS is the exit loop of a frame whose sites all defer add.  */
#define RUN_RECORDS(RETURN)					\
  do								\
    {								\
      struct __defer_record *r;					\
      while ((r = RETURN (frame)))				\
	switch (r->site)					\
	  {							\
	  case 0: case 1: case 2: case 3: case 4:		\
	  case 5: case 6: case 7: case 8:			\
	    {							\
	      struct add_record *p = (struct add_record *) r;	\
	      p->fn (p->a);					\
	      break;						\
	    }							\
	  default:						\
	    __builtin_unreachable ();				\
	  }							\
    }								\
  while (0)

#define HEAP_RECORDS(NAME, PROC, RETURN)			\
  static __attribute__ ((noinline)) void			\
  NAME (void)							\
  {								\
    void *frame = __builtin_dwarf_cfa ();			\
								\
    __defer_frame_enter (frame);				\
    for (long i = 0; i < 10; i++)				\
      {								\
	struct add_record *p = (struct add_record *)		\
	  PROC (sizeof *p, frame, 0);				\
	p->fn = add;						\
	p->a = i;						\
      }								\
    RUN_RECORDS (RETURN);					\
  }

#define STACK_DEFER(PROC_STACK, k)				\
  PROC_STACK (&rec[k].h, frame, k);				\
  rec[k].fn = add;						\
  rec[k].a = k

#define STACK_RECORDS(NAME, PROC_STACK, RETURN)			\
  static __attribute__ ((noinline)) void			\
  NAME (void)							\
  {								\
    void *frame = __builtin_dwarf_cfa ();			\
    struct add_record rec[9];					\
								\
    __defer_frame_enter (frame);				\
    STACK_DEFER (PROC_STACK, 0); STACK_DEFER (PROC_STACK, 1);	\
    STACK_DEFER (PROC_STACK, 2); STACK_DEFER (PROC_STACK, 3);	\
    STACK_DEFER (PROC_STACK, 4); STACK_DEFER (PROC_STACK, 5);	\
    STACK_DEFER (PROC_STACK, 6); STACK_DEFER (PROC_STACK, 7);	\
    STACK_DEFER (PROC_STACK, 8);				\
    RUN_RECORDS (RETURN);					\
  }

HEAP_RECORDS (heap_records, __defer_proc, __defer_return)
HEAP_RECORDS (heap_records_inlined, proc_inlined, return_inlined)
STACK_RECORDS (stack_records, __defer_proc_stack, __defer_return)
STACK_RECORDS (stack_records_inlined, proc_stack_inlined, return_inlined)

static __attribute__ ((noinline)) void
plain_calls (void)
{
  for (long i = 0; i < 10; i++)
    add (i);
}

BENCH_LOOP (loop_plain_calls, plain_calls ())
BENCH_LOOP (loop_heap_records, heap_records ())
BENCH_LOOP (loop_stack_records, stack_records ())
BENCH_LOOP (loop_heap_records_inlined, heap_records_inlined ())
BENCH_LOOP (loop_stack_records_inlined, stack_records_inlined ())

/* The benchmarks, the plain call first.  */
static const struct bench_row rows[] = {
  { "plain call (10)", loop_plain_calls, 10, 500000 },
  { "heap records (10, loop)", loop_heap_records, 10, 500000 },
  { "stack records (9)", loop_stack_records, 9, 500000 },
  { "heap records, fast paths inlined", loop_heap_records_inlined, 10, 500000 },
  { "stack records, fast paths inlined", loop_stack_records_inlined, 9, 500000 },
};

int
main (void)
{
  size_t n = sizeof rows / sizeof rows[0];
  double ns[sizeof rows / sizeof rows[0]];

  if (bench_time (rows, n, ns) != 0)
    return 1;
  printf ("%-36s %8s %12s\n", "runtime records, hand-written ABI",
	  "ns/defer", "over a call");
  double plain = ns[0] / rows[0].per;
  for (size_t r = 0; r < n; r++)
    {
      double d = ns[r] / rows[r].per;
      if (r == 0)
	printf ("%-36s %8.2f %12s\n", rows[r].key, d, "-");
      else
	printf ("%-36s %8.2f %12.2f\n", rows[r].key, d, d - plain);
    }
  return 0;
}
