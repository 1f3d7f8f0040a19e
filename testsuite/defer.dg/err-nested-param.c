/* A defer in a nested function's parameter declarations (the size of a variable-length array parameter, evaluated on entry to it) belongs to no frame: a located error, not an undefined reference at link time.  */
/* { dg-do compile } */

#include <defer.h>

void p (int);

int
main (void)
{
  int n = 3;
  void g (int a[(defer (p, 1), n)]) /* { dg-error "'defer' in a parameter declaration of 'g'" } */
  {
    (void) a;
  }
  int b[3];
  g (b);
  return 0;
}
