/* A defer inside an OpenMP construct is an error: the body runs in other threads, in a function GCC outlines, with no one frame for the deferred call.  */
/* { dg-do compile } */
/* { dg-options "-fopenmp" } */

#include <defer.h>

extern void g (int);

void
f (void)
{
  defer (g, 0);
#pragma omp parallel num_threads(2)
  {
    defer (g, 1); /* { dg-error "'defer' inside an OpenMP construct" } */
  }
#pragma omp parallel for
  for (int i = 0; i < 4; i++)
    defer (g, i); /* { dg-error "'defer' inside an OpenMP construct" } */
}
