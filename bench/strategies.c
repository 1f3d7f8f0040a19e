/* strategies: the cost per defer of each strategy, compiled with the
   plugin, beside a plain call of the deferred function.

     Call         a plain call of release, the noipa function every defer
                  here defers (its work: one add to a volatile)
     Defer8       8 defers in one function: open-coded (deferbits)
     Defer9       9 defers in one function: stack records (more than 8
                  defers; Go's deferprocStack)
     DeferLoop10  a loop of 10 defers in one function: heap records
                  (Go's deferproc)
     Hand9        the 9 calls of Defer9 written by hand, newest first
     HandChain9   Hand9 with a record per call linked by hand into a
                  thread's list, Go's deferprocStack and deferreturn
                  inlined: each record written (link, site, argument)
                  and made the list's head; each call after a test that
                  its record is the head, which it then unlinks; the
                  least a record on a chain can cost
     HandLoop10   DeferLoop10's loop by hand: the arguments into an
                  array of 10, then called back newest first, the least
                  a loop of cleanups can do
     HandGrow10   HandLoop10 into an array that may have to grow, as a
                  loop's defers, whose number is not known, need: each
                  store tests the array's room, and a full array would
                  call a function that grows it (never, here) before the
                  store

   Each operation is a call of the function from the loop; table.sh
   divides by the defers of one (PER) for the per-defer figures.  Every
   function called is noipa: called as if from another unit, so that GCC
   neither clones nor specializes it.  Go's twins are in
   go/defer_test.go.  */

#include <defer.h>
#include "bench.h"

static volatile long sink;

static __attribute__ ((noipa)) void
release (long v)
{
  sink += v;
}

static __attribute__ ((noipa)) void
defer8 (long v)
{
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v);
}

static __attribute__ ((noipa)) void
defer9 (long v)
{
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
  defer (release, v); defer (release, v); defer (release, v);
}

static __attribute__ ((noipa)) void
defer_loop10 (long v)
{
  for (long k = 0; k < 10; k++)
    defer (release, v + k);
}

static __attribute__ ((noipa)) void
hand9 (long v)
{
  release (v); release (v); release (v);
  release (v); release (v); release (v);
  release (v); release (v); release (v);
}

/* A record of hand_chain9 and the thread's list of them.  */
struct chain_record
{
  struct chain_record *link;
  long site;
  long arg;
};
static __thread struct chain_record *chain_head;

/* chain_lost would drop the records of frames a longjmp left and run the
   frame's own; never called here.  */
static __attribute__ ((noipa)) void
chain_lost (void)
{
  abort ();
}

#define CHAIN_PUSH(k)							\
  r[k].link = chain_head;						\
  r[k].site = k;							\
  r[k].arg = v;								\
  chain_head = &r[k];
#define CHAIN_POP(k)							\
  if (__builtin_expect (chain_head != &r[k], 0))			\
    chain_lost ();							\
  chain_head = r[k].link;						\
  release (r[k].arg);

static __attribute__ ((noipa)) void
hand_chain9 (long v)
{
  struct chain_record r[9];

  CHAIN_PUSH (0) CHAIN_PUSH (1) CHAIN_PUSH (2)
  CHAIN_PUSH (3) CHAIN_PUSH (4) CHAIN_PUSH (5)
  CHAIN_PUSH (6) CHAIN_PUSH (7) CHAIN_PUSH (8)
  CHAIN_POP (8) CHAIN_POP (7) CHAIN_POP (6)
  CHAIN_POP (5) CHAIN_POP (4) CHAIN_POP (3)
  CHAIN_POP (2) CHAIN_POP (1) CHAIN_POP (0)
}

static __attribute__ ((noipa)) void
hand_loop10 (long v)
{
  long args[10];
  int n = 0;
  for (long k = 0; k < 10; k++)
    args[n++] = v + k;
  while (n > 0)
    release (args[--n]);
}

/* The array of hand_grow10, with room for every run, and its end.  */
static long grow_args[16];
static long *grow_end = grow_args + 16;

/* grow would move the array to a larger one and return where its
   arguments now end; never called here.  */
static __attribute__ ((noipa)) long *
grow (long *at)
{
  grow_end = at;
  abort ();
}

static __attribute__ ((noipa)) void
hand_grow10 (long v)
{
  long *arg = grow_args;
  long *end = grow_end;
  for (long k = 0; k < 10; k++)
    {
      if (__builtin_expect (arg == end, 0))
	{
	  arg = grow (arg);
	  end = grow_end;
	}
      *arg++ = v + k;
    }
  while (arg > grow_args)
    release (*--arg);
}

BENCH_LOOP (loop_call, release (i))
BENCH_LOOP (loop_defer8, defer8 (i))
BENCH_LOOP (loop_defer9, defer9 (i))
BENCH_LOOP (loop_defer_loop10, defer_loop10 (i))
BENCH_LOOP (loop_hand9, hand9 (i))
BENCH_LOOP (loop_hand_chain9, hand_chain9 (i))
BENCH_LOOP (loop_hand_loop10, hand_loop10 (i))
BENCH_LOOP (loop_hand_grow10, hand_grow10 (i))

static const struct bench_row rows[] = {
  { "Call", loop_call, 1, 5000000 },
  { "Defer8", loop_defer8, 8, 500000 },
  { "Defer9", loop_defer9, 9, 500000 },
  { "DeferLoop10", loop_defer_loop10, 10, 500000 },
  { "Hand9", loop_hand9, 9, 500000 },
  { "HandChain9", loop_hand_chain9, 9, 500000 },
  { "HandLoop10", loop_hand_loop10, 10, 500000 },
  { "HandGrow10", loop_hand_grow10, 10, 500000 },
};

int
main (int argc, char **argv)
{
  return bench_main (rows, sizeof rows / sizeof rows[0], argc, argv);
}
