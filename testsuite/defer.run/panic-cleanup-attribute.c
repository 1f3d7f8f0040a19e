/* A panic through frames without defers whose variables have
   __attribute__ ((cleanup)), in a unit built with -fexceptions: each
   cleanup runs as the panic passes its frame (GCC's landing pad, which
   resumes with _Unwind_Resume), between the deferred calls below and
   above it, newest first, and the recover above them all stops the
   panic; 1000 rounds, the same each time.  Expected output by hand:
   the cleanups and the deferred calls run in the order their frames
   unwind.  */
/* { dg-do run } */
/* { dg-additional-options "-fexceptions" } */

#include <stdio.h>
#include <defer.h>

static char trace[64];
static unsigned int ntrace;
static volatile int sink;

static void
note (char c)
{
  if (ntrace < sizeof trace - 1)
    trace[ntrace++] = c;
}

static void
cleanup_char (char *c)
{
  note (*c);
}

static void
rec (void)
{
  note (defer_recover () != NULL ? 'R' : 'N');
}

static __attribute__ ((noipa)) void
bottom (int n)
{
  defer (note, 'a');
  if (n > 0)
    defer_panic ((void *) "boom");
  sink = n;
}

/* No defer here: only the cleanups' landing pad.  */
static __attribute__ ((noipa)) void
middle (int n)
{
  char outer __attribute__ ((cleanup (cleanup_char))) = 'c';
  {
    char inner __attribute__ ((cleanup (cleanup_char))) = 'b';
    bottom (n);
    sink = inner;
  }
  sink = outer;
}

static __attribute__ ((noipa)) void
upper (int n)
{
  defer (note, 'd');
  middle (n);
  sink = n;
}

static __attribute__ ((noipa)) void
top (int n)
{
  defer (rec);
  upper (n);
  sink = n;
}

int
main (void)
{
  int same = 0;

  top (1);
  trace[ntrace] = '\0';
  printf ("%s\n", trace);
  for (int i = 0; i < 1000; i++)
    {
      ntrace = 0;
      top (1);
      trace[ntrace] = '\0';
      same += __builtin_strcmp (trace, "abcdR") == 0;
    }
  printf ("%d rounds the same\n", same);
  ntrace = 0;
  top (0);
  trace[ntrace] = '\0';
  printf ("%s\n", trace);
  return 0;
}

/* { dg-output "abcdR\n1000 rounds the same\nabcdN\n" } */
