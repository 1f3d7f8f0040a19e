/* Panics through libraries loaded with dlopen and unloaded with dlclose,
   three of them in turn, 42 rounds: an unwinder that keeps what it
   learnt of a frame by its address must forget a library's frames when
   dlclose unmaps it.  Libraries a and b are built from the same code
   (LIB_A, LIB_B below), whose only differences are immediates: the
   letter the deferred calls note, the value panicked with, and the size
   of a frame's array (200 or 400 bytes, both disp32 and imm32
   operands), so their functions lie at the same offsets and the return
   addresses of their calls are the same, but the CFA of lib_frame is
   rsp + 240 in one and rsp + 432 in the other; library c (LIB_C) has
   other code at those offsets (a variable-length array, a heap record,
   a frame without defers between two).  The kernel maps each where the
   one closed before it was (the same base in all 42 rounds here).  Each
   round opens one, checks that the others are not loaded, and runs
   three panics through it at a depth of 0 to 4 lib_frame frames:

     the library panics (with its own value), recovered by the program;
     the program's callback, called by the library, panics, recovered by
       the program above the library;
     the callback panics and lib_recovering, in the library, recovers and
       returns 100 + the library's number.

   Each checks the deferred calls that ran, in order ('A', 'B' or 'C'
   for the library's frames, 'p' the callback's, 'R' the program's
   recover, 'r' the library's) and the value recovered; then the library
   is closed and must be gone (RTLD_NOLOAD).  Expected output by hand:
   three panics a round.  */
/* { dg-do run } */
/* { dg-dlopen-library "a" "-O2 -DLIB_A" } */
/* { dg-dlopen-library "b" "-O2 -DLIB_B" } */
/* { dg-dlopen-library "c" "-O2 -DLIB_C" } */

#include <stddef.h>
#include <defer.h>

struct ctx
{
  void (*note) (int);
  void (*callback) (struct ctx *);
  int mode;		/* 0: the library panics, 1: the callback does */
  int *tokens;		/* the callback panics with tokens[0], library N with
			   tokens[N] */
};

#if defined LIB_A || defined LIB_B || defined LIB_C

#ifdef LIB_A
#define LIB_TAG 'A'
#define LIB_ID 1
#define LIB_PAD 200
#elif defined LIB_B
#define LIB_TAG 'B'
#define LIB_ID 2
#define LIB_PAD 400
#else
#define LIB_TAG 'C'
#define LIB_ID 3
#endif

#ifndef LIB_C

/* The same code in libraries a and b, but for immediates.  */
static __attribute__ ((noipa)) int
lib_frame (struct ctx *c, int n)
{
  volatile char pad[LIB_PAD];

  pad[0] = (char) n;
  pad[LIB_PAD - 1] = (char) (n + LIB_ID);
  defer (c->note, LIB_TAG);
  if (n == 0)
    {
      if (c->mode == 0)
	defer_panic (&c->tokens[LIB_ID]);
      c->callback (c);
      return pad[0];
    }
  return lib_frame (c, n - 1) + pad[LIB_PAD - 1];
}

#else

/* Library c's lib_frame, other code: a variable-length array, a defer
   in a loop (a heap record), and a frame without defers between two.  */
static int lib_frame (struct ctx *c, int n);

static __attribute__ ((noipa)) int
lib_hop (struct ctx *c, int n)
{
  int r = lib_frame (c, n);

  __asm__ volatile ("" : "+r" (r));
  return r + 1;
}

static __attribute__ ((noipa)) int
lib_frame (struct ctx *c, int n)
{
  volatile long vla[n + 3];
  int i;

  vla[n] = n;
  for (i = 0; i < 1; i++)
    defer (c->note, LIB_TAG);
  if (n == 0)
    {
      if (c->mode == 0)
	defer_panic (&c->tokens[LIB_ID]);
      c->callback (c);
      return (int) vla[0];
    }
  return lib_hop (c, n - 1) + (int) vla[n];
}

#endif

int
lib_entry (struct ctx *c, int depth)
{
  return lib_frame (c, depth) + 1;
}

static void
lib_rescue (struct ctx *c, int *res)
{
  void *v = defer_recover ();

  if (v != NULL)
    *res = v == &c->tokens[0] ? 100 + LIB_ID : -1;
  c->note ('r');
}

int
lib_recovering (struct ctx *c, int depth)
{
  int *res = defer_result (int);

  defer (lib_rescue, c, res);
  return lib_frame (c, depth) - 1000;
}

#else /* the program */

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int lib_fn (struct ctx *, int);

static int tokens[4];
static char trace[16];
static int len;

static void
note (int c)
{
  if (len < (int) sizeof trace - 1)
    trace[len++] = (char) c;
  trace[len] = '\0';
}

static void
callback (struct ctx *c)
{
  defer (note, 'p');
  defer_panic (&c->tokens[0]);
}

/* lib_path writes into BUF the path of the library NAME, beside the
   program.  */
static void
lib_path (char *buf, size_t size, const char *name)
{
  char exe[4096];
  ssize_t n = readlink ("/proc/self/exe", exe, sizeof exe - 1);
  char *slash;

  if (n < 0)
    {
      perror ("readlink /proc/self/exe");
      exit (1);
    }
  exe[n] = '\0';
  slash = strrchr (exe, '/');
  *slash = '\0';
  snprintf (buf, size, "%s/libdlclose-alternate-%s.so", exe, name);
}

static void
rescue (void **res)
{
  void *v = defer_recover ();

  note ('R');
  if (v != NULL)
    *res = v;
}

/* guarded calls the library's lib_entry and returns the value its
   recover got.  */
static __attribute__ ((noipa)) void *
guarded (lib_fn *entry, struct ctx *c, int depth)
{
  void **res = defer_result (void *);

  defer (rescue, res);
  entry (c, depth);
  printf ("not reached\n");
  return NULL;
}

/* What the deferred calls of DEPTH + 1 library frames with the letter
   TAG write, between BEFORE and AFTER (0 for none).  */
static const char *
want_trace (int before, int tag, int depth, int after)
{
  static char want[16];
  int i, n = 0;

  if (before)
    want[n++] = (char) before;
  for (i = 0; i <= depth; i++)
    want[n++] = (char) tag;
  want[n++] = (char) after;
  want[n] = '\0';
  return want;
}

static int wrong;

static void
check (int round, const char *what, int ok)
{
  if (!ok)
    {
      wrong++;
      printf ("round %d, %s: wrong (trace %s)\n", round, what, trace);
    }
}

int
main (void)
{
  static const char names[3] = { 'a', 'b', 'c' };
  char paths[3][4200];
  int i, round, panics = 0;

  for (i = 0; i < 3; i++)
    {
      char name[2] = { names[i], '\0' };

      lib_path (paths[i], sizeof paths[i], name);
    }
  for (round = 0; round < 42; round++)
    {
      int id = round % 3 + 1, tag = 'A' + id - 1;
      int depth = round % 5;
      const char *path = paths[id - 1];
      struct ctx c = { note, callback, 0, tokens };
      void *h, *v;
      lib_fn *entry, *recovering;
      int r;

      h = dlopen (path, RTLD_NOW | RTLD_LOCAL);
      if (h == NULL)
	{
	  printf ("dlopen: %s\n", dlerror ());
	  return 1;
	}
      for (i = 0; i < 3; i++)
	if (i != id - 1)
	  check (round, "the others are closed",
		 dlopen (paths[i], RTLD_NOW | RTLD_NOLOAD) == NULL);
      entry = (lib_fn *) dlsym (h, "lib_entry");
      recovering = (lib_fn *) dlsym (h, "lib_recovering");
      if (entry == NULL || recovering == NULL)
	{
	  printf ("dlsym: %s\n", dlerror ());
	  return 1;
	}

      len = 0;
      c.mode = 0;
      v = guarded (entry, &c, depth);
      check (round, "library panics",
	     v == &tokens[id] && strcmp (trace, want_trace (0, tag, depth, 'R')) == 0);

      len = 0;
      c.mode = 1;
      v = guarded (entry, &c, depth);
      check (round, "callback panics",
	     v == &tokens[0] && strcmp (trace, want_trace ('p', tag, depth, 'R')) == 0);

      len = 0;
      r = recovering (&c, depth);
      check (round, "library recovers",
	     r == 100 + id && strcmp (trace, want_trace ('p', tag, depth, 'r')) == 0);
      panics += 3;

      if (dlclose (h) != 0)
	printf ("dlclose: %s\n", dlerror ());
      check (round, "closed", dlopen (path, RTLD_NOW | RTLD_NOLOAD) == NULL);
      if (round < 3)
	printf ("round %d, library %c, depth %d: %s\n", round, tag, depth,
		wrong == 0 ? "ok" : "wrong");
    }
  printf ("%d panics through 42 dlopen'ed libraries, %d wrong\n", panics,
	  wrong);
  return 0;
}

#endif

/* { dg-output "^round 0, library A, depth 0: ok\n" } */
/* { dg-output "round 1, library B, depth 1: ok\n" } */
/* { dg-output "round 2, library C, depth 2: ok\n" } */
/* { dg-output "126 panics through 42 dlopen'ed libraries, 0 wrong\n\$" } */
