/* A deferred call pushes so many records that the thread's chain, an
   array, grows (and moves) while the calling frame has records pending
   below them, and at its end shrinks again: the exit code of the frame
   goes on with its own records, wherever the chain now is.  Two frames:
   nine defers of stack records (the exits pop them straight) and a loop
   of defers (heap records, the exit loop).  Expected output by hand:
   each frame's deferred calls newest first, the grower's sum 0 + 1 +
   ... + 4999 = 12497500 in its place; then 40 more rounds, each with
   the grower taking another size (1000 to 8800 records), and the
   chain as deep as it started.  Under valgrind and ASan
   (defer.memcheck), a pop through the chain's old array is an error.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

/* The thread's chain, as defer.h publishes its layout for the plugin's
   inline paths.  */
extern __thread struct __defer_chain __defer_thread
  __attribute__ ((tls_model ("initial-exec")));

static int verbose = 1;
static unsigned long calls, sum;

static void
note (int k)
{
  calls++;
  if (verbose)
    printf (" %d", k);
}

static void
add (unsigned long i)
{
  sum += i;
}

static void
print_sum (long n)
{
  if (verbose)
    printf (" grew:%ld:%lu", n, sum);
}

/* grow pushes N heap records and one more, which runs last.  */
static __attribute__ ((noipa)) void
grow (long n)
{
  sum = 0;
  defer (print_sum, n);
  for (long i = 0; i < n; i++)
    defer (add, (unsigned long) i);
}

/* Nine defers, none in a loop: stack records, popped straight.  */
static __attribute__ ((noipa)) void
straight (long n)
{
  defer (note, 0); defer (note, 1); defer (note, 2); defer (note, 3);
  defer (grow, n);
  defer (note, 5); defer (note, 6); defer (note, 7); defer (note, 8);
}

/* A loop of defers: heap records, and the exit loop.  */
static __attribute__ ((noipa)) void
looped (long n)
{
  for (int k = 0; k < 4; k++)
    defer (note, k);
  defer (grow, n);
  for (int k = 5; k < 9; k++)
    defer (note, k);
}

int
main (void)
{
  long depth = __defer_thread.top - __defer_thread.base;

  printf ("straight:");
  straight (5000);
  printf ("\nlooped:");
  looped (5000);
  printf ("\n");
  verbose = 0;
  calls = 0;
  for (long r = 0; r < 20; r++)
    {
      straight (1000 + r * 400);
      looped (8800 - r * 400);
    }
  printf ("40 rounds: %lu calls, last sum %lu, depth back: %d\n", calls,
	  sum, __defer_thread.top - __defer_thread.base == depth);
  return 0;
}

/* { dg-output "^straight: 8 7 6 5 grew:5000:12497500 3 2 1 0\n" } */
/* { dg-output "looped: 8 7 6 5 grew:5000:12497500 3 2 1 0\n" } */
/* { dg-output "40 rounds: 320 calls, last sum 719400, depth back: 1\n\$" } */
