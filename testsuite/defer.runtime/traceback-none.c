/* DEFER_TRACEBACK=none, in the environment when the panic ends the
   process, leaves the traceback out: the panic's line is all it prints.
   The program sets the variable itself, before it panics.  */
/* { dg-do run } */
/* { dg-options "-O0 -g" } */
/* { dg-shouldfail "unrecovered panic" } */

#include <stdlib.h>
#include <defer.h>

int
main (void)
{
  setenv ("DEFER_TRACEBACK", "none", 1);
  defer_panicf ("quiet %d", 1);
}

/* { dg-output "^panic: quiet 1\n$" } */
