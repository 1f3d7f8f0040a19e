/* Zero-cost shapes: each deferred shape beside the same cleanup written
   by hand at every exit.  bench/zero-cost.sh compiles this file at -O2
   and compares the instruction counts of each pair of functions.  */
#include <defer.h>

extern void release (int *);
extern void release2 (int *, long);
extern int work (int *);
extern int cond (void);

/* unconditional: one defer, one exit.  */
int unconditional_defer (int *p) { defer (release, p); return work (p); }
int unconditional_hand (int *p) { int r = work (p); release (p); return r; }

/* early return: one defer, two exits.  */
int early_defer (int *p)
{
  defer (release, p);
  if (work (p))
    return 1;
  return work (p + 1);
}
int early_hand (int *p)
{
  if (work (p))
    {
      release (p);
      return 1;
    }
  int r = work (p + 1);
  release (p);
  return r;
}

/* conditional: a defer that may not execute.  */
int conditional_defer (int *p)
{
  if (cond ())
    defer (release, p);
  return work (p);
}
int conditional_hand (int *p)
{
  int c = cond ();
  int r = work (p);
  if (c)
    release (p);
  return r;
}

/* two defers, two exits.  */
int two_defer (int *p, long n)
{
  defer (release, p);
  defer (release2, p, n);
  if (work (p))
    return 1;
  return work (p + n);
}
int two_hand (int *p, long n)
{
  if (work (p))
    {
      release2 (p, n);
      release (p);
      return 1;
    }
  int r = work (p + n);
  release2 (p, n);
  release (p);
  return r;
}
