/* defer outside a function, which C would take for an old-style declaration of __defer (replacing the builtin for the rest of the unit), is a located error; a defer after it still compiles.  */
/* { dg-do compile } */
/* GCC's own warnings about the declaration it sees: */
/* { dg-prune-output "data definition has no type" } */
/* { dg-prune-output "type defaults to 'int'" } */
/* { dg-prune-output "parameter names .without types." } */

#include <defer.h>

void p (void);

defer (p); /* { dg-error "'defer' outside a function" } */
__defer (p); /* { dg-error "declaration of '__defer', a builtin of the defer plugin" } */

int
main (void)
{
  defer (p);
  return 0;
}
