/* Eight threads panic and recover at once, many times each: every thread
   has its own chain of panics and its own defer records, so each recover
   finds its own thread's value, at the depth where it was raised, with
   the deferred calls of the frames in between run once each, newest
   first; some panics are replaced by a second one raised by a deferred
   call (the first is aborted), some go through frames with heap records.
   The counts are checked per thread.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

#define THREADS 8
#define ROUNDS 20000

struct state
{
  int id;
  long recovered, replaced, wrong;
  char trace[64];		/* the deferred calls of one round, in order */
  int len;
  int value;			/* what this thread panics with */
};

static void
note (struct state *s, char c)
{
  if (s->len < (int) sizeof s->trace - 1)
    s->trace[s->len++] = c;
  s->trace[s->len] = '\0';
}

static void
replace (struct state *s)
{
  note (s, 'r');
  defer_panicf ("thread %d replaced", s->id);
}

/* Depth N frames, each with a deferred note ('0' + N); the last panics,
   with the thread's value or a formatted string, and for REPLACE one of
   its deferred calls panics again.  Odd depths use a heap record (a defer
   in a loop).  */
static void
dive (struct state *s, int n, int formatted, int replaced)
{
  int i;

  if (n & 1)
    for (i = 0; i < 1; i++)
      defer (note, s, '0' + n);
  else
    defer (note, s, '0' + n);
  if (n > 0)
    {
      dive (s, n - 1, formatted, replaced);
      return;
    }
  if (replaced)
    defer (replace, s);
  if (formatted)
    defer_panicf ("thread %d", s->id);
  defer_panic (&s->value);
}

static void
catcher (struct state *s, int formatted, int replaced)
{
  void *v = defer_recover ();
  char want[32];

  note (s, 'c');
  if (replaced)
    {
      snprintf (want, sizeof want, "thread %d replaced", s->id);
      if (v != NULL && strcmp ((const char *) v, want) == 0)
	s->replaced++;
      else
	s->wrong++;
    }
  else if (formatted)
    {
      snprintf (want, sizeof want, "thread %d", s->id);
      if (v != NULL && strcmp ((const char *) v, want) == 0)
	s->recovered++;
      else
	s->wrong++;
    }
  else if (v == &s->value)
    s->recovered++;
  else
    s->wrong++;
  /* The panic is over: nothing else to recover.  */
  if (defer_recover () != NULL)
    s->wrong++;
}

static void
round_of (struct state *s, int depth, int formatted, int replaced)
{
  defer (catcher, s, formatted, replaced);
  dive (s, depth, formatted, replaced);
}

static pthread_barrier_t start;

static void *
worker (void *arg)
{
  struct state *s = arg;
  int r;

  pthread_barrier_wait (&start);	/* all at once */
  for (r = 0; r < ROUNDS; r++)
    {
      int depth = r % 5;
      int formatted = r % 3 == 0;
      int replaced = r % 7 == 0;
      char want[64];
      int k, len = 0;

      s->len = 0;
      s->trace[0] = '\0';
      round_of (s, depth, formatted, replaced);
      /* Expected: 'r' first if replaced, then depth 0 .. DEPTH, then the
         catcher.  */
      if (replaced)
	want[len++] = 'r';
      for (k = 0; k <= depth; k++)
	want[len++] = '0' + k;
      want[len++] = 'c';
      want[len] = '\0';
      if (strcmp (s->trace, want) != 0)
	{
	  fprintf (stderr, "thread %d round %d: ran %s, want %s\n", s->id, r,
		   s->trace, want);
	  s->wrong++;
	}
    }
  return NULL;
}

int
main (void)
{
  pthread_t th[THREADS];
  struct state st[THREADS];
  long want_replaced = 0, want_recovered;
  int i, ok = 1;

  for (i = 0; i < ROUNDS; i++)
    want_replaced += i % 7 == 0;
  want_recovered = ROUNDS - want_replaced;
  memset (st, 0, sizeof st);
  pthread_barrier_init (&start, NULL, THREADS);
  for (i = 0; i < THREADS; i++)
    {
      st[i].id = i;
      st[i].value = i;
      if (pthread_create (&th[i], NULL, worker, &st[i]) != 0)
	{
	  printf ("FAIL: pthread_create\n");
	  return 1;
	}
    }
  for (i = 0; i < THREADS; i++)
    pthread_join (th[i], NULL);
  for (i = 0; i < THREADS; i++)
    if (st[i].recovered != want_recovered || st[i].replaced != want_replaced
	|| st[i].wrong != 0)
      {
	printf ("FAIL: thread %d: %ld recovered, %ld replaced, %ld wrong\n", i,
		st[i].recovered, st[i].replaced, st[i].wrong);
	ok = 0;
      }
  if (ok)
    printf ("%d threads x %d panics recovered\n", THREADS, ROUNDS);
  return !ok;
}

/* { dg-output "^8 threads x 20000 panics recovered\n\$" } */
