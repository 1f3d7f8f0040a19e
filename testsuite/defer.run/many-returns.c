/* Functions with many returns and many defers (records, one shared exit): every path runs exactly the defers executed before it, newest first, and returns its own result, which the deferred calls see.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

#define N 40

static int order[N + 1];
static int norder;

static void
release (int i)
{
  order[norder++] = i;
}

static void
check_result (int *r, int want)
{
  if (*r != want)
    {
      printf ("deferred call sees result %d, not %d\n", *r, want);
      abort ();
    }
  *r += 1000;
}

/* N times: acquire, defer the release, return on error at step K.  */
static int
interleaved (int k)
{
  int *r = defer_result (int);
  defer (check_result, r, k == N ? -1 : k + 1);
#define STEP(i) defer (release, i); if (k == i) return i + 1;
  STEP (0) STEP (1) STEP (2) STEP (3) STEP (4) STEP (5) STEP (6) STEP (7)
  STEP (8) STEP (9) STEP (10) STEP (11) STEP (12) STEP (13) STEP (14)
  STEP (15) STEP (16) STEP (17) STEP (18) STEP (19) STEP (20) STEP (21)
  STEP (22) STEP (23) STEP (24) STEP (25) STEP (26) STEP (27) STEP (28)
  STEP (29) STEP (30) STEP (31) STEP (32) STEP (33) STEP (34) STEP (35)
  STEP (36) STEP (37) STEP (38) STEP (39)
#undef STEP
  return -1;
}

/* Ten defers up front, then a return per case.  */
static int
upfront (int k)
{
  for (int i = 0; i < 1; i++)
    ;
  defer (release, 0); defer (release, 1); defer (release, 2);
  defer (release, 3); defer (release, 4); defer (release, 5);
  defer (release, 6); defer (release, 7); defer (release, 8);
  defer (release, 9);
  switch (k)
    {
    case 0: return 100; case 1: return 101; case 2: return 102;
    case 3: return 103; case 4: return 104; case 5: return 105;
    case 6: return 106; case 7: return 107; case 8: return 108;
    case 9: return 109; case 10: return 110; case 11: return 111;
    case 12: return 112; case 13: return 113; case 14: return 114;
    case 15: return 115; case 16: return 116; case 17: return 117;
    case 18: return 118; case 19: return 119;
    }
  return -1;
}

/* The releases recorded must be FIRST, FIRST - 1, ..., 0.  */
static void
expect_releases (const char *what, int k, int first)
{
  if (norder != first + 1)
    {
      printf ("%s (%d): %d releases, not %d\n", what, k, norder, first + 1);
      abort ();
    }
  for (int i = 0; i <= first; i++)
    if (order[i] != first - i)
      {
	printf ("%s (%d): release %d is %d\n", what, k, i, order[i]);
	abort ();
      }
  norder = 0;
}

int
main (void)
{
  for (int k = 0; k <= N; k++)
    {
      int r = interleaved (k);
      int want = (k == N ? -1 : k + 1) + 1000;
      if (r != want)
	{
	  printf ("interleaved (%d) returned %d, not %d\n", k, r, want);
	  abort ();
	}
      expect_releases ("interleaved", k, k == N ? N - 1 : k);
    }
  printf ("interleaved: %d paths\n", N + 1);

  for (int k = 0; k <= 20; k++)
    {
      int r = upfront (k);
      if (r != (k < 20 ? 100 + k : -1))
	{
	  printf ("upfront (%d) returned %d\n", k, r);
	  abort ();
	}
      expect_releases ("upfront", k, 9);
    }
  printf ("upfront: 21 paths\n");
  return 0;
}

/* { dg-output "interleaved: 41 paths\nupfront: 21 paths\n" } */
