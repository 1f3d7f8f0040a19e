/* A defer inside an OpenACC construct is an error, which says OpenACC, not OpenMP.  */
/* { dg-do compile } */
/* { dg-options "-fopenacc" } */

#include <defer.h>

extern void g (int);

void
f (int n)
{
#pragma acc parallel
  {
    defer (g, 1); /* { dg-error "'defer' inside an OpenACC construct" } */
  }
#pragma acc kernels
  {
    defer (g, 2); /* { dg-error "'defer' inside an OpenACC construct" } */
  }
#pragma acc parallel loop
  for (int i = 0; i < n; i++)
    defer (g, i); /* { dg-error "'defer' inside an OpenACC construct" } */
}
