/* Records use the runtime, which is not transaction-safe: a record defer in an atomic transaction or a transaction_safe function is an error in the plugin's words, and GCC names none of the runtime's functions.  Open-coded defers and relaxed transactions are fine.  */
/* { dg-do compile } */
/* { dg-options "-fgnu-tm" } */

#include <defer.h>

__attribute__ ((transaction_safe)) extern void g (int);

int
in_atomic (int n)
{
  __transaction_atomic
  {
    for (int i = 0; i < n; i++)
      defer (g, i); /* { dg-error "heap-allocated defer in an atomic transaction: the defer runtime is not transaction-safe" } */
  }
  return 0;
}

__attribute__ ((transaction_safe)) int
safe_loop (int n)
{
  for (int i = 0; i < n; i++)
    defer (g, i); /* { dg-error "heap-allocated defer in 'safe_loop', which is 'transaction_safe'" } */
  return 0;
}

__attribute__ ((transaction_safe)) int
safe_open_coded (void (*fp) (int) __attribute__ ((transaction_safe)), int n)
{
  defer (g, n);
  defer (fp, n);
  return 0;
}

int
relaxed (int n)
{
  __transaction_relaxed
  {
    for (int i = 0; i < n; i++)
      defer (g, i);
  }
  return 0;
}

/* { dg-bogus "__defer" "" { target *-*-* } 0 } */
