/* Overloaded builtins are resolved as for the direct call, with the direct call's errors; the generic atomics that the compiler expands into accesses through their pointers where they are called cannot be deferred.  */
/* { dg-do compile } */

#include <defer.h>

struct four { char c[4]; };
struct odd { char c[3]; };
int r;

void
f (void)
{
  struct four a, b, c;
  struct odd x, y;
  defer (__sync_fetch_and_add, &a, 1); /* { dg-error "operand type 'struct four \\*' is incompatible with argument 1 of '__sync_fetch_and_add'" } */
  defer (__sync_fetch_and_add, &r); /* { dg-error "too few arguments to function '__sync_fetch_and_add'" } */
  defer (__atomic_add_fetch, &r, 1); /* { dg-error "too few arguments to function '__atomic_add_fetch'" } */
  defer (__atomic_load_n, r, __ATOMIC_SEQ_CST); /* { dg-error "operand type 'int' is incompatible with argument 1 of '__atomic_load_n'" } */
  defer (__atomic_load, &a, &b, __ATOMIC_SEQ_CST); /* { dg-error "cannot defer '__atomic_load', which the compiler expands where it is called" } */
  defer (__atomic_store, &a, &b, __ATOMIC_SEQ_CST); /* { dg-error "cannot defer '__atomic_store'" } */
  defer (__atomic_exchange, &a, &b, &c, __ATOMIC_SEQ_CST); /* { dg-error "cannot defer '__atomic_exchange'" } */
  defer (__atomic_compare_exchange, &a, &b, &c, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); /* { dg-error "cannot defer '__atomic_compare_exchange'" } */
  /* A size no instruction handles is a call of libatomic, as for the
     direct call.  */
  defer (__atomic_load, &x, &y, __ATOMIC_SEQ_CST);
}
