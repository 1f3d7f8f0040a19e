/* A deferred call's errors carry the notes of the direct call's: where the function is declared, and the parameter's expected type at the parameter.  */
/* { dg-do compile } */

#include <defer.h>

void take (int *p); /* { dg-note "expected 'int \\*' but argument is of type 'double'" } */
void two (int a, int b); /* { dg-note "declared here" } */

void
f (void (*fp) (int))
{
  defer (take, 1.5); /* { dg-error "incompatible type for argument 1 of 'take'" } */
  defer (two, 1); /* { dg-error "too few arguments to function 'two'" } */
  defer (two, 1, 2, 3); /* { dg-error "too many arguments to function 'two'" } */
  defer (&two, 1); /* { dg-error "too few arguments to function 'two'" } */
  defer (*two, 1); /* { dg-error "too few arguments to function 'two'" } */
  defer (fp); /* { dg-error "too few arguments to function 'fp'" } */
}
