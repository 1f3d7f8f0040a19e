/* panic-callee-saved.h: the program of panic-callee-saved*.c, each of
   which builds it with its own options.

   holder keeps ten values, each from its own load of a volatile, live
   across its call of recovering (so six of them sit in rbx, rbp and
   r12-r15 at -O1 and above, the rest on the stack); recovering defers
   a recover and calls down a chain of frames that ends in a panic.  The
   frames of the chain are picked by a shape string, one letter a frame:

     c  six values of its own live across its call (the same registers,
	other values), and a deferred call that checks three of them
     p  the same without a defer: no landing pad
     v  a variable-length array (the frame addressed from rbp), deferred
	check of its contents
     a  alloca, likewise
     l  a 64-byte-aligned local array (the stack realigned, the frame
	addressed from rbp), deferred check of its alignment and contents
     d  a 64-byte-aligned array and a variable-length array: GCC
	realigns through a DRAP register and describes the frame with
	DW_CFA_def_cfa_expression and DW_CFA_expression rules
     x  the panic

   A dispatching frame without defers (next) sits between any two.  The
   panic runs the chain's deferred checks newest first, each of which
   must see its frame's values as they were at its call -- the
   callee-saved registers of each frame restored as the frames below it
   saved them -- and notes its letter; recovering's deferred rescue
   recovers (R) and sets its result, 42; recovering returns to holder,
   whose ten values must be those it computed.  Each shape runs three
   times.  Expected output by hand: for each shape, its letters other
   than p and x reversed, then R.  */

#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <alloca.h>
#include <defer.h>

/* Every value below is computed from loads of SEED (1000), which the
   compiler cannot fold or merge; the checks compare with constants.  */
static volatile long seed = 1000;
static long wrong, checked;
static int token;
static char trace[32];
static int len;

static void
note (char c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = c;
  trace[len] = '\0';
}

static void
expect (const char *what, int n, long got, long want)
{
  checked++;
  if (got != want)
    {
      wrong++;
      printf ("%s (frame %d): %ld, want %ld\n", what, n, got, want);
    }
}

static __attribute__ ((noipa)) void
use (void *p)
{
  __asm__ volatile ("" : : "r" (p) : "memory");
}

static int next (const char *shape, int n);

static void
check_c (int n, long b0, long b2, long b5)
{
  note ('c');
  expect ("c b0", n, b0, 1000 * 20 + n);
  expect ("c b2", n, b2, 1000 * 22 + n);
  expect ("c b5", n, b5, 1000 * 25 + n);
}

/* The frames 'c' and 'p': six values live across the call.  */
static __attribute__ ((noipa)) int
frame_c (const char *shape, int n)
{
  long b0 = seed * 20 + n, b1 = seed * 21 + n, b2 = seed * 22 + n;
  long b3 = seed * 23 + n, b4 = seed * 24 + n, b5 = seed * 25 + n;
  int r;

  defer (check_c, n, b0, b2, b5);
  r = next (shape, n + 1);
  return r + (int) (b0 ^ b1 ^ b2 ^ b3 ^ b4 ^ b5);
}

static __attribute__ ((noipa)) int
frame_p (const char *shape, int n)
{
  long b0 = seed * 30 + n, b1 = seed * 31 + n, b2 = seed * 32 + n;
  long b3 = seed * 33 + n, b4 = seed * 34 + n, b5 = seed * 35 + n;
  int r = next (shape, n + 1);

  return r + (int) (b0 ^ b1 ^ b2 ^ b3 ^ b4 ^ b5);
}

static void
check_array (char kind, int n, const long *a, int count, long base)
{
  int i;

  note (kind);
  for (i = 0; i < count; i++)
    expect (kind == 'v' ? "vla" : kind == 'a' ? "alloca" : "array", n, a[i],
	    base + i);
}

static __attribute__ ((noipa)) int
frame_v (const char *shape, int n)
{
  long vla[n + 3];
  int i, r;

  for (i = 0; i < n + 3; i++)
    vla[i] = seed * 40 + i;
  defer (check_array, 'v', n, vla, n + 3, 40000);
  use (vla);
  r = next (shape, n + 1);
  use (vla);
  return r + (int) vla[n];
}

static __attribute__ ((noipa)) int
frame_a (const char *shape, int n)
{
  long *a = alloca ((n + 5) * sizeof *a);
  int i, r;

  for (i = 0; i < n + 5; i++)
    a[i] = seed * 50 + i;
  defer (check_array, 'a', n, a, n + 5, 50000);
  use (a);
  r = next (shape, n + 1);
  use (a);
  return r + (int) a[n];
}

static void
check_aligned (char kind, int n, const long *buf, const long *vla)
{
  int i;

  note (kind);
  expect ("alignment", n, (long) ((uintptr_t) buf & 63), 0);
  for (i = 0; i < 8; i++)
    expect ("aligned", n, buf[i], 60000 + i + n);
  if (vla != NULL)
    for (i = 0; i < n + 2; i++)
      expect ("drap vla", n, vla[i], 70000 + i);
}

static __attribute__ ((noipa)) int
frame_l (const char *shape, int n)
{
  long buf[8] __attribute__ ((aligned (64)));
  int i, r;

  for (i = 0; i < 8; i++)
    buf[i] = seed * 60 + i + n;
  defer (check_aligned, 'l', n, buf, (const long *) NULL);
  use (buf);
  r = next (shape, n + 1);
  use (buf);
  return r + (int) buf[n & 7];
}

static __attribute__ ((noipa)) int
frame_d (const char *shape, int n)
{
  long buf[8] __attribute__ ((aligned (64)));
  long vla[n + 2];
  int i, r;

  for (i = 0; i < 8; i++)
    buf[i] = seed * 60 + i + n;
  for (i = 0; i < n + 2; i++)
    vla[i] = seed * 70 + i;
  defer (check_aligned, 'd', n, buf, vla);
  use (buf);
  use (vla);
  r = next (shape, n + 1);
  use (buf);
  use (vla);
  return r + (int) (buf[n & 7] + vla[n]);
}

/* next calls the frame that SHAPE's first letter names, frame N of the
   chain.  No defers: no landing pad.  */
static __attribute__ ((noipa)) int
next (const char *shape, int n)
{
  int r;

  switch (shape[0])
    {
    case 'c': r = frame_c (shape + 1, n); break;
    case 'p': r = frame_p (shape + 1, n); break;
    case 'v': r = frame_v (shape + 1, n); break;
    case 'a': r = frame_a (shape + 1, n); break;
    case 'l': r = frame_l (shape + 1, n); break;
    case 'd': r = frame_d (shape + 1, n); break;
    case 'x': defer_panic (&token);
    default:
      printf ("bad shape %s\n", shape);
      return 0;
    }
  use (&r);
  return r;
}

static void
rescue (long *res)
{
  void *v = defer_recover ();

  note ('R');
  *res = v == &token ? 42 : -2;
}

static __attribute__ ((noipa)) long
recovering (const char *shape)
{
  long *res = defer_result (long);

  defer (rescue, res);
  next (shape, 0);
  return -1;
}

/* holder: ten values live across recovering's recovered panic.  */
static __attribute__ ((noipa)) long
holder (const char *shape)
{
  long a0 = seed * 2, a1 = seed * 3 + 1, a2 = seed * 4 + 2;
  long a3 = seed * 5 + 3, a4 = seed * 6 + 4, a5 = seed * 7 + 5;
  long a6 = seed * 8 + 6, a7 = seed * 9 + 7, a8 = seed * 10 + 8;
  long a9 = seed * 11 + 9;
  long r = recovering (shape);

  expect ("holder a0", -1, a0, 2000);
  expect ("holder a1", -1, a1, 3001);
  expect ("holder a2", -1, a2, 4002);
  expect ("holder a3", -1, a3, 5003);
  expect ("holder a4", -1, a4, 6004);
  expect ("holder a5", -1, a5, 7005);
  expect ("holder a6", -1, a6, 8006);
  expect ("holder a7", -1, a7, 9007);
  expect ("holder a8", -1, a8, 10008);
  expect ("holder a9", -1, a9, 11009);
  return r;
}

static const char *const shapes[] = {
  "x", "cx", "px", "vx", "ax", "lx", "dx", "cpcx", "cvaldx", "dlavcpx",
  "ppdppx", "cdcdcx", "lvlvx", "apdpcx",
};

int
main (void)
{
  unsigned int i;
  int pass;

  for (pass = 0; pass < 3; pass++)
    for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
      {
	long r;

	len = 0;
	trace[0] = '\0';
	r = holder (shapes[i]);
	if (pass == 2)
	  printf ("%s: %s %ld\n", shapes[i], trace, r);
	else if (r != 42)
	  printf ("pass %d %s: %s %ld\n", pass, shapes[i], trace, r);
      }
  printf ("wrong %ld\n", wrong);
  return 0;
}
