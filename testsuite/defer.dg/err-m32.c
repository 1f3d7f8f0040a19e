/* The runtime is x86-64 only: defer under -m32 is one clear error at the first use (defer.h says so too, by #error).  */
/* { dg-do compile } */
/* { dg-require-effective-target m32 } */
/* { dg-options "-m32" } */

extern void release (int);

void
f (int x)
{
  __defer (release, x); /* { dg-error "the defer runtime supports only x86-64 with 64-bit pointers, not '-m32' or '-mx32'" } */
  __defer (release, x);
}
