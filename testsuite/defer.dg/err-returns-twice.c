/* A function that returns twice (setjmp, vfork, getcontext, returns_twice) cannot be deferred: its second return would come back into the exit code.  A naked function has no exit code for deferred calls.  */
/* { dg-do compile } */

#include <setjmp.h>
#include <unistd.h>
#include <ucontext.h>
#include <defer.h>

jmp_buf jb;
ucontext_t uc;
__attribute__ ((returns_twice)) int mine (void);
void p (void);

__attribute__ ((naked)) void
naked (void)
{
  defer (p); /* { dg-error "'defer' in 'naked', which is 'naked'" } */
}

int
main (void)
{
  defer (setjmp, jb); /* { dg-error "cannot defer 'setjmp', which returns twice" } */
  defer (_setjmp, jb); /* { dg-error "cannot defer '_setjmp', which returns twice" } */
  defer (vfork); /* { dg-error "cannot defer 'vfork', which returns twice" } */
  defer (getcontext, &uc); /* { dg-error "cannot defer 'getcontext', which returns twice" } */
  defer (mine); /* { dg-error "cannot defer 'mine', which returns twice" } */
  return 0;
}
