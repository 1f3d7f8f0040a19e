/* go-panic.h: what the C translations of Go's panic tests (go-*.c) share.

   Go panics with interface values; defer_panic takes a void *.  The
   translations use:

   - GO_INT (n), for Go's int n (-128 <= n < 128): the address of a box
     of n, the same address for the same n, so that Go's comparison of
     two interfaces holding ints, v != x, is the pointers' v != x;
   - a string s: the value defer_panicf ("%s", s) panics with (its text
     is what an unrecovered panic prints), compared with go_is_str;
   - nil: NULL, what defer_recover returns when it recovers nothing.
     Go 1.19 (whose output the tests expect) recovers nil from panic (nil);
     defer_panic (NULL) panics with defer_panic_nil, Go 1.21's
     PanicNilError: the tests say where that shows.

   go_show (v) formats V as the Go twins' show (v) does: nil, 1, "text".
   die (...) is the Go tests' failure (runtime.Breakpoint, panic, t.Fatal):
   it prints its message and aborts, which no recover can hide.

   The Go twin of each test has the same functions and prints; the
   expected output (dg-output) is what `go run` prints for it.  */

#ifndef GO_PANIC_H
#define GO_PANIC_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static char go_int_boxes[256];

#define GO_INT(n) ((void *) &go_int_boxes[(n) + 128])

/* Whether V is a Go int made by GO_INT.  */
static inline int
go_is_int (const void *v)
{
  return (const char *) v >= go_int_boxes
	 && (const char *) v < go_int_boxes + sizeof go_int_boxes;
}

/* The int in V, made by GO_INT.  */
static inline int
go_int_of (const void *v)
{
  return (int) ((const char *) v - go_int_boxes) - 128;
}

/* Whether V is a string whose text is S (Go's v == s for an interface
   V and a string S).  */
static inline int
go_is_str (const void *v, const char *s)
{
  return v != NULL && !go_is_int (v) && strcmp ((const char *) v, s) == 0;
}

/* V as the Go twins print it: nil, an int, or a string in quotes.  The
   result is valid until the fourth next call.  */
static inline const char *
go_show (const void *v)
{
  static char bufs[4][128];
  static unsigned int next;
  char *buf = bufs[next++ % 4];

  if (v == NULL)
    return "nil";
  if (go_is_int (v))
    snprintf (buf, sizeof bufs[0], "%d", go_int_of (v));
  else
    snprintf (buf, sizeof bufs[0], "\"%s\"", (const char *) v);
  return buf;
}

#define die(...)					\
  do							\
    {							\
      fflush (stdout);					\
      fprintf (stderr, "FAIL: " __VA_ARGS__);		\
      fputc ('\n', stderr);				\
      abort ();						\
    }							\
  while (0)

#endif /* GO_PANIC_H */
