/* Panics through the frames of a shared library the program is linked
   with (libpanic-shared-library.so, loaded at start, the file's
   SHARED_LIBRARY part), interleaved with the program's: program ->
   library -> program -> library -> panic, every frame with a deferred
   note, recovered by the program at the top; the library recovering a
   panic raised by the program's callback; the library panicking and the
   program recovering.  1000 rounds, the depths of the library's parts
   from 0 to 3, each round's deferred calls checked in order.  The first
   round of each kind prints its trace.  Expected output by hand: 'w'
   for each lib_walk frame, 'k' for each lib_sink frame, 'c' the
   callback, 't' the program's top frame, 'R' its recover, 'g' the
   library's recover.  */
/* { dg-do run } */
/* { dg-shared-library "-DSHARED_LIBRARY -O2" } */

#include <stddef.h>
#include <defer.h>

void lib_walk (void (*note) (int), void (*cb) (int), int depth, int arg);
void lib_sink (void (*note) (int), int depth, void *value);
int lib_guard (void (*note) (int), void (*cb) (int), int arg, void *token);

#ifdef SHARED_LIBRARY

static volatile int sink;

/* DEPTH + 1 frames noting 'w', the last calls CB (ARG).  */
void
lib_walk (void (*note) (int), void (*cb) (int), int depth, int arg)
{
  defer (note, 'w');
  if (depth == 0)
    cb (arg);
  else
    lib_walk (note, cb, depth - 1, arg);
  sink = depth;
}

/* DEPTH + 1 frames noting 'k', the last panics with VALUE.  */
void
lib_sink (void (*note) (int), int depth, void *value)
{
  for (int i = 0; i < 1; i++)
    defer (note, 'k');
  if (depth == 0)
    defer_panic (value);
  lib_sink (note, depth - 1, value);
  sink = depth;
}

static void
lib_rescue (void (*note) (int), int *res, void *token)
{
  void *v = defer_recover ();

  note ('g');
  if (v != NULL)
    *res = v == token ? 7 : -1;
}

/* lib_guard calls CB (ARG) and returns 7 when it panicked with TOKEN,
   0 when it returned.  */
int
lib_guard (void (*note) (int), void (*cb) (int), int arg, void *token)
{
  int *res = defer_result (int);

  defer (lib_rescue, note, res, token);
  cb (arg);
  return 0;
}

#else

#include <stdio.h>
#include <string.h>

static char trace[32];
static int len;
static int token;

static void
note (int c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = (char) c;
  trace[len] = '\0';
}

/* The callback: notes 'c' and panics in lib_sink, ARG frames deep.  */
static void
callback (int arg)
{
  defer (note, 'c');
  lib_sink (note, arg, &token);
}

static void
rescue (int *res)
{
  void *v = defer_recover ();

  note ('R');
  if (v != NULL)
    *res = v == &token ? 1 : -1;
}

static __attribute__ ((noipa)) int
top (int walk, int sinkdepth)
{
  int *res = defer_result (int);

  defer (rescue, res);
  defer (note, 't');
  lib_walk (note, callback, walk, sinkdepth);
  return 0;
}

static __attribute__ ((noipa)) int
top_sink (int sinkdepth)
{
  int *res = defer_result (int);

  defer (rescue, res);
  lib_sink (note, sinkdepth, &token);
  return 0;
}

static void
append (char *want, int c, int n)
{
  size_t l = strlen (want);

  while (n-- > 0)
    want[l++] = (char) c;
  want[l] = '\0';
}

int
main (void)
{
  int round, wrong = 0;

  for (round = 0; round < 1000; round++)
    {
      int walk = round % 4, sinkdepth = (round / 4) % 4, r;
      char want[32];

      /* program -> library -> program -> library -> panic.  */
      len = 0;
      want[0] = '\0';
      r = top (walk, sinkdepth);
      append (want, 'k', sinkdepth + 1);
      append (want, 'c', 1);
      append (want, 'w', walk + 1);
      append (want, 't', 1);
      append (want, 'R', 1);
      if (r != 1 || strcmp (trace, want) != 0)
	wrong++;
      if (round == 5)
	printf ("top (1, 1): %s %d\n", trace, r);

      /* The library recovers the program's callback's panic.  */
      len = 0;
      want[0] = '\0';
      r = lib_guard (note, callback, sinkdepth, &token);
      append (want, 'k', sinkdepth + 1);
      append (want, 'c', 1);
      append (want, 'g', 1);
      if (r != 7 || strcmp (trace, want) != 0)
	wrong++;
      if (round == 5)
	printf ("lib_guard (1): %s %d\n", trace, r);

      /* The library panics, the program recovers.  */
      len = 0;
      want[0] = '\0';
      r = top_sink (walk);
      append (want, 'k', walk + 1);
      append (want, 'R', 1);
      if (r != 1 || strcmp (trace, want) != 0)
	wrong++;
      if (round == 5)
	printf ("top_sink (1): %s %d\n", trace, r);
    }
  printf ("3000 panics, %d wrong\n", wrong);
  return 0;
}

#endif

/* { dg-output "^top \\(1, 1\\): kkcwwtR 1\n" } */
/* { dg-output "lib_guard \\(1\\): kkcg 7\n" } */
/* { dg-output "top_sink \\(1\\): kkR 1\n" } */
/* { dg-output "3000 panics, 0 wrong\n\$" } */
