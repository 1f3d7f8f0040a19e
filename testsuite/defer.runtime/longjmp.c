/* A million longjmps over frames with pending records leave the runtime
   consistent and memory flat; stale stack records are never read.  */
/* { dg-do run } */

#include <malloc.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>
#include "int-records.h"

/* Functions with records are noinline, as the plugin makes them.  */

#define JUMPS 1000000

static jmp_buf env;
static volatile int jumping = 1;
static long ran;
static char trace[64];

static void
count (int i)
{
  (void) i;
  ran++;
}

static void
note (int i)
{
  size_t n = strlen (trace);

  if (n + 1 < sizeof trace)
    trace[n] = '0' + i;
}

static void
print_trace (const char *what)
{
  printf ("%s: %s\n", what, trace);
  memset (trace, 0, sizeof trace);
}

static void
jump (int i)
{
  note (i);
  longjmp (env, 1);
}

/* Overwrite the dead stack below the caller, as any call may do.  */
static __attribute__ ((noinline)) void
scribble (int seed)
{
  unsigned char buf[4096];

  memset (buf, seed, sizeof buf);
  __asm__ volatile ("" : : "r" (buf) : "memory");
}

/* A frame with a stack record and heap records that never returns: a
   callee jumps out.  */
static __attribute__ ((noinline)) void
doomed (int n)
{
  char anchor;
  struct int_record s;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&s.h, &anchor, 0);
  s.fn = count;
  s.a = n;
  for (int i = 0; i < 3; i++)
    defer_heap (&anchor, count, i, sizeof (struct int_record), 1);
  if (n > 0)
    doomed (n - 1);
  if (jumping)
    longjmp (env, 1);
  run_records (&anchor);
}

/* Call doomed from DEPTH frames further down, each with a stack buffer,
   so that the abandoned records lie at different depths each time.  */
static __attribute__ ((noinline)) void
descend (int depth, int n)
{
  volatile char pad[64];

  pad[0] = depth;
  if (depth > 0 && jumping)
    descend (depth - 1, n);
  else
    doomed (n);
  (void) pad[0];
}

/* A frame with records that itself catches longjmps from below: its own
   records survive and run after the stale ones are dropped.  */
static __attribute__ ((noinline)) void
catcher (void)
{
  char anchor;
  struct int_record s;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&s.h, &anchor, 0);
  s.fn = note;
  s.a = 1;
  defer_heap (&anchor, note, 2, sizeof (struct int_record), 1);
  if (setjmp (env) == 0)
    doomed (2);
  scribble (0x5a);
  defer_heap (&anchor, note, 3, sizeof (struct int_record), 1);
  if (setjmp (env) == 0)
    descend (3, 1);
  run_records (&anchor);
}

/* A deferred call jumps out of the exit loop: its heap record is pending,
   the older records of the frame are stale.  */
static __attribute__ ((noinline)) void
jump_from_deferred (void)
{
  char anchor;
  struct int_record s;

  __defer_frame_enter (&anchor);
  __defer_proc_stack (&s.h, &anchor, 0);
  s.fn = note;
  s.a = 9;
  defer_heap (&anchor, note, 8, sizeof (struct int_record), 1);
  defer_heap (&anchor, jump, 7, sizeof (struct int_record), 1);
  defer_heap (&anchor, note, 6, sizeof (struct int_record), 1);
  run_records (&anchor);
}

/* Normal defers after it all.  */
static __attribute__ ((noinline)) void
normal (void)
{
  char anchor;

  __defer_frame_enter (&anchor);
  for (int i = 0; i < 5; i++)
    defer_heap (&anchor, note, i, sizeof (struct int_record), 1);
  run_records (&anchor);
}

int
main (void)
{
  static size_t warm;
  static long i;

  for (i = 0; i < JUMPS; i++)
    {
      if (i == 1000)
	warm = mallinfo2 ().uordblks;
      if (setjmp (env) == 0)
	descend (i % 4, i % 3);
      scribble (i);
    }
  /* Stale records were dropped as later frames entered, never run.  */
  size_t grown = mallinfo2 ().uordblks - warm;
  printf ("%ld jumps, %ld deferred calls ran, heap %s\n", (long) JUMPS, ran,
	  grown < 4096 ? "flat" : "GREW");

  catcher ();
  print_trace ("catcher");
  if (setjmp (env) == 0)
    jump_from_deferred ();
  print_trace ("jump from deferred");
  normal ();
  print_trace ("normal");
  return 0;
}

/* { dg-output "1000000 jumps, 0 deferred calls ran, heap flat\n" } */
/* { dg-output "catcher: 321\n" } */
/* { dg-output "jump from deferred: 67\n" } */
/* { dg-output "normal: 43210\n" } */
