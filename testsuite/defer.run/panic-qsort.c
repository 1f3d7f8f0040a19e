/* Panics through libc's frames: a qsort comparator, and a bsearch one,
   panic and a deferred recover above qsort (bsearch) stops the panic;
   between them are glibc's own frames (qsort's merge sort recursion,
   deeper or shallower depending on the comparison that panics), which
   have unwind tables but no landing pad of ours.  Every comparison of a
   full sort panics once, in turn, then every comparison of each search,
   so the panic leaves libc from every point of its recursion: each must
   be recovered, after exactly that many comparisons, each of which ran
   its deferred call once.  Then a panic from below the comparator (three
   frames with defers) is recovered two frames above qsort, past a frame
   with a defer: the deferred calls run newest first.  qsort and bsearch
   are called through volatile pointers, so that neither is inlined
   (glibc's stdlib.h has an inline bsearch at -O1 and above).  Expected
   output by hand.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

#define N 16

typedef int cmp_fn (const void *, const void *);
static void (*volatile sort_fn) (void *, size_t, size_t, cmp_fn *) = qsort;
static void *(*volatile search_fn) (const void *, const void *, size_t,
				    size_t, cmp_fn *) = bsearch;

static int token;
static long cmp_calls, cmp_deferred, panic_at;

static void
cmp_done (void)
{
  cmp_deferred++;
}

static int
cmp_int (const void *pa, const void *pb)
{
  int a = *(const int *) pa, b = *(const int *) pb;

  defer (cmp_done);
  if (++cmp_calls == panic_at)
    defer_panic (&token);
  return (a > b) - (a < b);
}

/* rescue runs at every return of the guarded functions: it changes the
   result only when it recovers.  */
static void
rescue (int *res)
{
  void *v = defer_recover ();

  if (v != NULL)
    *res = v == &token ? 1 : -1;
}

/* sort_guarded returns 0 when qsort returns, 1 when a comparison
   panicked and rescue recovered.  */
static __attribute__ ((noipa)) int
sort_guarded (int *a)
{
  int *res = defer_result (int);

  defer (rescue, res);
  sort_fn (a, N, sizeof *a, cmp_int);
  return 0;
}

static __attribute__ ((noipa)) int
search_guarded (const int *a, int key, const int **found)
{
  int *res = defer_result (int);

  defer (rescue, res);
  *found = search_fn (&key, a, N, sizeof *a, cmp_int);
  return 0;
}

static const int shuffled[N]
  = { 9, 3, 14, 0, 7, 12, 5, 1, 15, 8, 2, 11, 6, 13, 4, 10 };

static void
fill (int *a)
{
  int i;

  for (i = 0; i < N; i++)
    a[i] = shuffled[i];
}

static int
sorted_p (const int *a)
{
  int i;

  for (i = 0; i < N; i++)
    if (a[i] != i)
      return 0;
  return 1;
}

static void
test_qsort (void)
{
  int a[N];
  long full, k, wrong = 0;

  fill (a);
  cmp_calls = cmp_deferred = panic_at = 0;
  if (sort_guarded (a) != 0 || !sorted_p (a) || cmp_deferred != cmp_calls)
    printf ("FAIL: the full sort\n");
  full = cmp_calls;
  for (k = 1; k <= full; k++)
    {
      fill (a);
      cmp_calls = cmp_deferred = 0;
      panic_at = k;
      if (sort_guarded (a) != 1 || cmp_calls != k || cmp_deferred != k)
	wrong++;
    }
  printf ("qsort: every comparison of a sort panicked once, %s\n",
	  wrong == 0 && full > N ? "all recovered" : "FAIL");
}

static void
test_bsearch (void)
{
  int a[N], key;
  long wrong = 0;

  for (key = 0; key < N; key++)
    a[key] = key;
  for (key = -1; key <= N; key++)
    {
      const int *found;
      long steps, k;

      cmp_calls = cmp_deferred = panic_at = 0;
      if (search_guarded (a, key, &found) != 0
	  || found != (key >= 0 && key < N ? &a[key] : NULL))
	wrong++;
      steps = cmp_calls;
      for (k = 1; k <= steps; k++)
	{
	  cmp_calls = cmp_deferred = 0;
	  panic_at = k;
	  found = a;
	  if (search_guarded (a, key, &found) != 1 || cmp_calls != k
	      || cmp_deferred != k || found != a)
	    wrong++;
	}
    }
  printf ("bsearch: every comparison of 18 searches panicked once, %s\n",
	  wrong == 0 ? "all recovered" : "FAIL");
}

/* Deeper: the comparator calls three frames with defers, the last
   panics; the recover is two frames above qsort.  */

static void
say (const char *what, int n)
{
  printf ("deferred: %s %d\n", what, n);
}

static __attribute__ ((noipa)) int
deep (int n)
{
  defer (say, "deep", n);
  if (n == 0)
    defer_panicf ("from under the comparator");
  return deep (n - 1) + 1;
}

static int
cmp_deep (const void *pa, const void *pb)
{
  defer (say, "cmp_deep", *(const int *) pa + *(const int *) pb);
  return deep (2);
}

static __attribute__ ((noipa)) void
middle (int *a)
{
  defer (say, "middle", 0);
  sort_fn (a, 2, sizeof *a, cmp_deep);
  printf ("not reached\n");
}

static void
rescue_print (void)
{
  void *v = defer_recover ();

  printf ("recovered: %s\n", v ? (const char *) v : "NULL");
}

static __attribute__ ((noipa)) void
top (void)
{
  int a[2] = { 40, 2 };

  defer (rescue_print);
  middle (a);
}

int
main (void)
{
  test_qsort ();
  test_bsearch ();
  top ();
  printf ("recover after: %s\n", defer_recover () ? "a value" : "NULL");
  return 0;
}

/* { dg-output "^qsort: every comparison of a sort panicked once, all recovered\n" } */
/* { dg-output "bsearch: every comparison of 18 searches panicked once, all recovered\n" } */
/* { dg-output "deferred: deep 0\ndeferred: deep 1\ndeferred: deep 2\n" } */
/* { dg-output "deferred: cmp_deep 42\ndeferred: middle 0\n" } */
/* { dg-output "recovered: from under the comparator\nrecover after: NULL\n\$" } */
