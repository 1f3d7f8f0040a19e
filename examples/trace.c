/* trace: Go's trace/un example -- entry and exit logging with one line
   per function, and a deferred call that changes the function's result.  */
#include <stdio.h>
#include <defer.h>

static int depth;

static const char *
trace (const char *name)
{
  printf ("%*sentering: %s\n", depth * 2, "", name);
  depth++;
  return name;
}

static void
un (const char *name)
{
  depth--;
  printf ("%*sleaving: %s\n", depth * 2, "", name);
}

static void
a (void)
{
  defer (un, trace ("a"));
  printf ("%*sin a\n", depth * 2, "");
}

static void
b (void)
{
  defer (un, trace ("b"));
  printf ("%*sin b\n", depth * 2, "");
  a ();
}

/* A deferred call that doubles the result, as a Go closure over a named
   result would.  */
static void
double_it (int *result)
{
  *result *= 2;
}

static int
answer (void)
{
  defer (double_it, defer_result (int));
  return 21;
}

int
main (void)
{
  b ();
  printf ("answer () = %d\n", answer ());
  return 0;
}
