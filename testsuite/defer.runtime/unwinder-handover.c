/* Which unwinder a panic takes.  The program counts the calls of GCC's
   unwinder's entry points that the runtime makes (it defines them and
   passes each call on to libgcc's):

   - a panic through plain C frames, recovered, never calls libgcc: the
     runtime's own unwinder walks and enters every landing pad, and
     recover finds its caller without a backtrace;
   - a panic through a frame whose CFA is a DWARF expression (a local
     aligned to 64 bytes beside a variable-length array: GCC realigns the
     stack through a register) is handed to _Unwind_ForcedUnwind once,
     at that frame; the landing pads below it ran already, the ones above
     run in GCC's unwinder until one resumes with __defer_resume, which
     goes on with the runtime's own (no _Unwind_Resume);
   - with DEFER_UNWINDER=libgcc (the program runs itself again with it)
     every panic is a forced unwind from the start and every resume an
     _Unwind_Resume.

   The deferred calls run in the same order every time.  */
/* { dg-do run } */
/* { dg-options "-O2 -ldl" } */

#define _GNU_SOURCE
#include <defer.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

static int forced, resumes, backtraces;

_Unwind_Reason_Code
_Unwind_ForcedUnwind (struct _Unwind_Exception *exc, _Unwind_Stop_Fn stop,
		      void *arg)
{
  _Unwind_Reason_Code (*real) (struct _Unwind_Exception *, _Unwind_Stop_Fn,
			       void *)
    = dlsym (RTLD_NEXT, "_Unwind_ForcedUnwind");

  forced++;
  return real (exc, stop, arg);
}

void
_Unwind_Resume (struct _Unwind_Exception *exc)
{
  void (*real) (struct _Unwind_Exception *)
    = dlsym (RTLD_NEXT, "_Unwind_Resume");

  resumes++;
  real (exc);
  abort ();
}

_Unwind_Reason_Code
_Unwind_Backtrace (_Unwind_Trace_Fn fn, void *arg)
{
  _Unwind_Reason_Code (*real) (_Unwind_Trace_Fn, void *)
    = dlsym (RTLD_NEXT, "_Unwind_Backtrace");

  backtraces++;
  return real (fn, arg);
}

static volatile int sink;

static void
say (const char *what)
{
  printf ("%s ", what);
}

static void
rec (void)
{
  const char *v = defer_recover ();

  printf ("recovered %s\n", v != NULL ? v : "nothing");
}

static __attribute__ ((noipa)) void
low (int n)
{
  defer (say, "low");
  if (n > 0)
    defer_panic ((void *) "boom");
  sink = n;
}

static __attribute__ ((noipa)) void
fill (char *a, char *b, int n)
{
  a[0] = b[0] = (char) n;
}

/* A frame GCC describes with DW_CFA_def_cfa_expression: the stack is
   realigned through a register that the CFA is read back from.  */
static __attribute__ ((noipa)) void
realigned (int n)
{
  char buf[64] __attribute__ ((aligned (64)));
  char vla[n + 1];

  fill (buf, vla, n);
  low (vla[0]);
  sink = buf[0] + vla[n];
}

static __attribute__ ((noipa)) void
plain (int n)
{
  low (n);
  sink = n;
}

static __attribute__ ((noipa)) void
mid (void (*through) (int))
{
  defer (say, "mid");
  through (1);
  sink = 0;
}

static __attribute__ ((noipa)) void
top (void (*through) (int))
{
  defer (rec);
  mid (through);
  sink = 1;
}

static void
report (const char *what)
{
  printf ("%s: forced %d, resumes %d, backtraces %d\n", what, forced,
	  resumes, backtraces);
  forced = resumes = backtraces = 0;
}

int
main (int argc, char **argv)
{
  int stock = argc > 1 && strcmp (argv[1], "stock") == 0;

  top (plain);
  report (stock ? "stock plain" : "plain");
  top (realigned);
  report (stock ? "stock realigned" : "realigned");
  fflush (stdout);
  if (!stock)
    {
      setenv ("DEFER_UNWINDER", "libgcc", 1);
      execl ("/proc/self/exe", argv[0], "stock", (char *) NULL);
      perror ("exec");
      return 1;
    }
  return 0;
}

/* { dg-output "low mid recovered boom\n" } */
/* { dg-output "plain: forced 0, resumes 0, backtraces 0\n" } */
/* { dg-output "low mid recovered boom\n" } */
/* { dg-output "realigned: forced 1, resumes 0, backtraces 0\n" } */
/* Under GCC's unwinder: the panic's forced unwind, low's and mid's
   landing pads resume, and recover takes a backtrace.  */
/* { dg-output "low mid recovered boom\n" } */
/* { dg-output "stock plain: forced 1, resumes 2, backtraces 1\n" } */
/* { dg-output "low mid recovered boom\n" } */
/* { dg-output "stock realigned: forced 1, resumes 2, backtraces 1\n" } */
