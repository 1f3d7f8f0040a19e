/* Defers after a setjmp or a nonlocal label may execute again without a loop GCC can see: they are heap-allocated, and those before stay on the stack.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */

#include <setjmp.h>
#include <defer.h>

extern void release (int);
extern void work (int);
static jmp_buf env;

void
with_setjmp (int n)
{
  __defer (release, 0); /* { dg-message "stack-allocated defer" } */
  if (setjmp (env))
    work (n);
  __defer (release, 1); /* { dg-message "heap-allocated defer" } */
  work (n);
}

void
with_nonlocal_label (int n)
{
  __label__ again;
  void back (void) { goto again; }
  __defer (release, 2); /* { dg-message "stack-allocated defer" } */
again:
  __defer (release, 3); /* { dg-message "heap-allocated defer" } */
  if (n--)
    back ();
}

void
plain (int n)
{
  __defer (release, 4); /* { dg-message "open-coded defer" } */
  work (n);
}
