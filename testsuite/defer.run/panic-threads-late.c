/* Threads panicking and recovering at once, some of them created after
   the first panics: main panics first; then four threads start, and
   once each has recovered 1000 panics (and goes on) main starts three
   more, while the four still panic; the eighth is created by the fourth
   thread from inside a deferred call that a panic is running.  Whatever
   an unwinder keeps between panics (per thread or shared) must serve
   threads that did not exist when it was filled, and their panics the
   frames of the same functions at other addresses (each thread's
   stack).  Each thread recovers 10000 panics from depths 0 to 8 (frames
   with open-coded defers, heap records and none), each round's deferred
   calls checked in order and its value (the thread's own) and its
   recovering function's result checked.  Expected output by hand: the
   counts.  */
/* { dg-do run } */

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>

#define THREADS 8
#define ROUNDS 10000

struct state
{
  int id;
  long recovered, wrong;
  char trace[32];
  int len;
  int value;
};

static struct state st[THREADS];
static pthread_t th[THREADS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int warmed;		/* threads past 1000 panics */
static int late_created;

static void *worker (void *);

static void
note (struct state *s, char c)
{
  if (s->len < (int) sizeof s->trace - 1)
    s->trace[s->len++] = c;
  s->trace[s->len] = '\0';
}

static int dive (struct state *, int);

/* A frame without defers, at depths N % 3 == 2.  */
static __attribute__ ((noipa)) int
plain (struct state *s, int n)
{
  int r = dive (s, n - 1);

  __asm__ volatile ("" : "+r" (r));
  return r + 1;
}

static __attribute__ ((noipa)) int
dive (struct state *s, int n)
{
  int r;

  if (n % 3 == 0)
    defer (note, s, '0' + n);
  else
    for (int i = 0; i < 1; i++)
      defer (note, s, '0' + n);
  if (n == 0)
    defer_panic (&s->value);
  r = (n - 1) % 3 == 2 ? plain (s, n - 1) : dive (s, n - 1);
  return r + 1;
}

/* The fourth thread's deferred call creates the eighth thread, while
   the panic runs it.  */
static void
spawn_late (struct state *s)
{
  note (s, 's');
  if (pthread_create (&th[7], NULL, worker, &st[7]) != 0)
    printf ("FAIL: pthread_create from a deferred call\n");
  pthread_mutex_lock (&lock);
  late_created = 1;
  pthread_mutex_unlock (&lock);
}

static void
rescue (struct state *s, int *res)
{
  void *v = defer_recover ();

  note (s, 'R');
  if (v != NULL)
    *res = v == &s->value ? s->id + 100 : -1;
}

static __attribute__ ((noipa)) int
round_of (struct state *s, int depth, int spawn)
{
  int *res = defer_result (int);

  defer (rescue, s, res);
  if (spawn)
    defer (spawn_late, s);
  if (depth % 3 == 2)
    plain (s, depth);
  else
    dive (s, depth);
  return -2;
}

static void
run_rounds (struct state *s, int from, int to)
{
  int r;

  for (r = from; r < to; r++)
    {
      int depth = (r * 7 + s->id) % 9;
      int spawn = s->id == 3 && r == 2000;
      char want[32];
      int k, len = 0, res;

      s->len = 0;
      res = round_of (s, depth, spawn);
      for (k = 0; k <= depth; k++)
	if (k % 3 != 2)
	  want[len++] = '0' + k;
      if (spawn)
	want[len++] = 's';
      want[len++] = 'R';
      want[len] = '\0';
      if (res == s->id + 100 && strcmp (s->trace, want) == 0)
	s->recovered++;
      else if (s->wrong++ < 3)
	printf ("thread %d round %d: ran %s, want %s, result %d\n", s->id, r,
		s->trace, want, res);
    }
}

static void *
worker (void *arg)
{
  struct state *s = arg;

  run_rounds (s, 0, 1000);
  pthread_mutex_lock (&lock);
  warmed++;
  pthread_cond_broadcast (&cond);
  pthread_mutex_unlock (&lock);
  run_rounds (s, 1000, ROUNDS);
  return NULL;
}

int
main (void)
{
  long total = 0, wrong = 0;
  int i;

  for (i = 0; i < THREADS; i++)
    {
      st[i].id = i;
      st[i].value = i;
    }
  /* Main's own panics first, as thread 8's state would be.  */
  {
    static struct state m = { .id = THREADS, .value = THREADS };

    run_rounds (&m, 0, 100);
    printf ("main: %ld recovered, %ld wrong\n", m.recovered, m.wrong);
  }
  for (i = 0; i < 4; i++)
    if (pthread_create (&th[i], NULL, worker, &st[i]) != 0)
      printf ("FAIL: pthread_create %d\n", i);
  /* The late ones, while the first four go on panicking.  */
  pthread_mutex_lock (&lock);
  while (warmed < 4)
    pthread_cond_wait (&cond, &lock);
  pthread_mutex_unlock (&lock);
  for (i = 4; i < 7; i++)
    if (pthread_create (&th[i], NULL, worker, &st[i]) != 0)
      printf ("FAIL: pthread_create %d\n", i);
  for (i = 0; i < 7; i++)
    pthread_join (th[i], NULL);
  /* Thread 3 created thread 7 before it ended.  */
  if (!late_created)
    printf ("FAIL: no eighth thread\n");
  pthread_join (th[7], NULL);
  for (i = 0; i < THREADS; i++)
    {
      total += st[i].recovered;
      wrong += st[i].wrong;
      if (st[i].recovered != ROUNDS)
	printf ("thread %d: %ld recovered\n", i, st[i].recovered);
    }
  printf ("%d threads: %ld recovered, %ld wrong\n", THREADS, total, wrong);
  return 0;
}

/* { dg-output "^main: 100 recovered, 0 wrong\n" } */
/* { dg-output "8 threads: 80000 recovered, 0 wrong\n\$" } */
