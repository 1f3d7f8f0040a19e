/* Go's src/runtime/defer_test.go, TestDeferWithRepeatedRepanics (Go's
   issue 37664): a recursive interpreter whose every level recovers the
   panic and panics again with the same value until the level it names
   keeps it; then recurseFnPanicRec's single panic and recover, through
   frames that fill the stack with 0xffffffff, must find no stale defer
   record or panic left behind by the interpreter.  */
/* { dg-do run } */

#include <stdint.h>
#include "go-panic.h"

static void interpreter (int level, int maxlevel, int rec);

static void
interpreter_closure (int level)
{
  void *e = defer_recover ();
  if (e == NULL)
    {
      printf ("interpreter(%d): nothing to recover\n", level);
      return;
    }
  if (level != go_int_of (e))
    {
      printf ("interpreter(%d): re-panicking %d\n", level, go_int_of (e));
      defer_panic (e);
    }
  printf ("interpreter(%d): recovered\n", level);
}

static void
interpreter (int level, int maxlevel, int rec)
{
  defer (interpreter_closure, level);
  if (level + 1 < maxlevel)
    interpreter (level + 1, maxlevel, rec);
  else
    {
      printf ("interpreter(%d): panic(%d)\n", level, rec);
      defer_panic (GO_INT (rec));
    }
}

static void recurseFn (int level, int maxlevel);

static void
recurseFnPanicRec_closure (void)
{
  void *v = defer_recover ();
  printf ("recurseFnPanicRec: %s\n", v ? (const char *) v : "<nil>");
}

static void
recurseFnPanicRec (int level, int maxlevel)
{
  defer (recurseFnPanicRec_closure);
  recurseFn (level, maxlevel);
}

static volatile uint32_t saveInt;

static void
recurseFn (int level, int maxlevel)
{
  volatile uint32_t a[40];
  int i;

  for (i = 0; i < 40; i++)
    a[i] = 0xffffffff;
  if (level + 1 < maxlevel)
    {
      /* Make sure a array is referenced, so it is not optimized away.  */
      saveInt = a[4];
      recurseFn (level + 1, maxlevel);
    }
  else
    defer_panicf ("recurseFn panic");
}

static void
TestDeferWithRepeatedRepanics (void)
{
  interpreter (0, 6, 2);
  recurseFnPanicRec (0, 10);
  interpreter (0, 5, 1);
  recurseFnPanicRec (0, 10);
  interpreter (0, 6, 3);
  recurseFnPanicRec (0, 10);
}

int
main (void)
{
  TestDeferWithRepeatedRepanics ();
  printf ("TestDeferWithRepeatedRepanics passed\n");
  return 0;
}

/* { dg-output "^interpreter\\(5\\): panic\\(2\\)\ninterpreter\\(5\\): re-panicking 2\ninterpreter\\(4\\): re-panicking 2\ninterpreter\\(3\\): re-panicking 2\n" } */
/* { dg-output "interpreter\\(2\\): recovered\ninterpreter\\(1\\): nothing to recover\ninterpreter\\(0\\): nothing to recover\nrecurseFnPanicRec: recurseFn panic\n" } */
/* { dg-output "interpreter\\(4\\): panic\\(1\\)\ninterpreter\\(4\\): re-panicking 1\ninterpreter\\(3\\): re-panicking 1\ninterpreter\\(2\\): re-panicking 1\n" } */
/* { dg-output "interpreter\\(1\\): recovered\ninterpreter\\(0\\): nothing to recover\nrecurseFnPanicRec: recurseFn panic\ninterpreter\\(5\\): panic\\(3\\)\n" } */
/* { dg-output "interpreter\\(5\\): re-panicking 3\ninterpreter\\(4\\): re-panicking 3\ninterpreter\\(3\\): recovered\ninterpreter\\(2\\): nothing to recover\n" } */
/* { dg-output "interpreter\\(1\\): nothing to recover\ninterpreter\\(0\\): nothing to recover\nrecurseFnPanicRec: recurseFn panic\nTestDeferWithRepeatedRepanics passed\n\$" } */
