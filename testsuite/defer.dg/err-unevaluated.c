/* A defer in an operand that is not evaluated (sizeof, typeof, _Alignof) would never be made: a located error.  defer_result there is harmless.  */
/* { dg-do compile } */

#include <defer.h>

void p (void);

int
f (void)
{
  int a = sizeof (defer (p), 1); /* { dg-error "'defer' in an operand of 'sizeof', 'typeof' or '_Alignof', which is not evaluated" } */
  __typeof__ (defer (p)) *q = 0; /* { dg-error "not evaluated" } */
  int c = _Alignof (__typeof__ (defer (p), 1)); /* { dg-error "not evaluated" } */
  __typeof__ (defer_result (int)) r = defer_result (int);
  return a + c + (q != 0) + *r;
}
