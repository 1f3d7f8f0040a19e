/* panic-stack-args.h: the program of panic-stack-args*.c, each of which
   builds it with its own options.

   outer (six integers and a 40-byte struct, which goes on the stack)
   defers a recover and a call that takes the struct by value, and calls
   relay, without defers, with twelve arguments (six on the stack); relay
   calls nine, with ten (four on the stack), which defers a call of six
   of its arguments, three of them its stack arguments, and calls itself
   with its arguments rotated, from a frame with a landing pad: with
   pushed arguments (GCC's default for x86-64, -mpush-args), GCC
   describes the bytes pushed at each call with DW_CFA_GNU_args_size,
   which an unwinder must apply when it lands in the frame, and moves
   the CFA of a frame without a frame pointer at each push.  The last
   nine panics.  Each nine frame's deferred call must see the arguments
   the frame had, outer's the struct, and outer's recover returns
   (b.v[4] + x) * 10 as its result.

   Expected output by hand.  outer (1, 2, 3, 4, 5, 6, {11..15}, 2): nine
   (1 2 3 4 5 6 11 12 13, depth 2), then (2 3 4 5 6 11 12 13 101, 1),
   then (3 4 5 6 11 12 13 101 102, 0), which panics; each prints a1 a5
   a7 a8 a9, the newest first; outer's deferred calls print the struct
   and r = 6, then recover: (15 + 1) * 10 = 160.  outer (7, 8, 9, 10,
   11, 12, {21..25}, 0): one nine, (7 ... 12 21 22 23), and (25 + 7) * 10
   = 320.  Then 300 quiet rounds of depth i % 7, each nine frame checking
   its arguments against those it stored at entry: 42 cycles of 1 + ... +
   7 = 28 calls, then 1 + ... + 6: 1176 + 21 = 1197 deferred calls of
   nine.  */

#include <stdio.h>
#include <defer.h>

struct big
{
  long v[5];
};

static int token;
static int quiet;
static long nine_calls, wrong;
static long seen[16][5];

static void
show9 (int depth, long a1, long a5, long a7, long a8, long a9)
{
  nine_calls++;
  if (!quiet)
    printf ("nine %d: %ld %ld %ld %ld %ld\n", depth, a1, a5, a7, a8, a9);
  else if (a1 != seen[depth][0] || a5 != seen[depth][1]
	   || a7 != seen[depth][2] || a8 != seen[depth][3]
	   || a9 != seen[depth][4])
    wrong++;
}

static __attribute__ ((noipa)) long
nine (long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8,
      long a9, int depth)
{
  seen[depth][0] = a1;
  seen[depth][1] = a5;
  seen[depth][2] = a7;
  seen[depth][3] = a8;
  seen[depth][4] = a9;
  defer (show9, depth, a1, a5, a7, a8, a9);
  if (depth == 0)
    defer_panic (&token);
  return nine (a2, a3, a4, a5, a6, a7, a8, a9, a1 + 100, depth - 1) + a6;
}

static __attribute__ ((noipa)) long
relay (long a1, long a2, long a3, long a4, long a5, long a6, long a7,
       long a8, long a9, long a10, long a11, long a12)
{
  long r = nine (a1, a2, a3, a4, a5, a6, a7, a8, a9, (int) (a10 + a11 + a12));

  return r * 2 + a12;
}

static void
show_big (struct big b, long r)
{
  if (!quiet)
    printf ("outer deferred: %ld %ld %ld %ld %ld, r %ld\n", b.v[0], b.v[1],
	    b.v[2], b.v[3], b.v[4], r);
}

static void
rescue (long *res, long x)
{
  void *v = defer_recover ();

  *res = v == &token ? x * 10 : -1;
  if (!quiet)
    printf ("rescue: %s\n", v == &token ? "recovered" : "wrong value");
}

static __attribute__ ((noipa)) long
outer (long x, long y, long z, long p, long q, long r, struct big b,
       long depth)
{
  long *res = defer_result (long);

  defer (rescue, res, b.v[4] + x);
  defer (show_big, b, r);
  return relay (x, y, z, p, q, r, b.v[0], b.v[1], b.v[2], depth, 0, 0) + 1;
}

int
main (void)
{
  struct big b1 = { { 11, 12, 13, 14, 15 } };
  struct big b2 = { { 21, 22, 23, 24, 25 } };
  long recovered = 0;
  int i;

  printf ("result %ld\n", outer (1, 2, 3, 4, 5, 6, b1, 2));
  printf ("result %ld\n", outer (7, 8, 9, 10, 11, 12, b2, 0));
  quiet = 1;
  nine_calls = 0;
  for (i = 0; i < 300; i++)
    {
      struct big b = { { i, i + 1, i + 2, i + 3, i * 3 } };

      if (outer (i, -i, i * 2, i * 5, 9, 8, b, i % 7) == (i * 3 + i) * 10)
	recovered++;
    }
  printf ("loop: %ld recovered, %ld deferred calls of nine, %ld wrong\n",
	  recovered, nine_calls, wrong);
  return 0;
}
