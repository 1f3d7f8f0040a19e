/* The dangling-argument warning follows the exits that run the deferred call: none when every such exit is inside the pointee's block (open-coded returns run their exit in place), one when some exit runs it outside (a later return, the shared exit of records, a return leaving a block with a cleanup), for every kind of block-scope object.  */
/* { dg-do compile } */

#include <defer.h>

extern void pp (void *);
extern int h (int);

/* Open-coded: the only exit after the defer is inside x's block.  */
int
in_scope (int k)
{
  if (k)
    {
      int x = 1;
      defer (pp, &x); /* { dg-bogus "points at" } */
      return 1;
    }
  return 0;
}

/* A return before the defer runs nothing of it.  */
int
earlier_return (int k)
{
  if (k)
    {
      int x = 1;
      if (h (x))
	return 2;
      defer (pp, &x); /* { dg-bogus "points at" } */
      return 1;
    }
  return 0;
}

/* The exit after the block runs the call when x is dead.  */
int
later_return (int k)
{
  if (k)
    {
      int x = 1; /* { dg-message "'x' is declared here" } */
      defer (pp, &x); /* { dg-warning "deferred argument 1 points at 'x'" } */
      h (x);
    }
  return 0;
}

/* In a loop, every exit may run it.  */
int
in_loop (int n)
{
  if (h (n))
    return 3;
  for (int i = 0; i < n; i++)
    {
      int y = i; /* { dg-message "'y' is declared here" } */
      defer (pp, &y); /* { dg-warning "deferred argument 1 points at 'y'" } */
    }
  return 0;
}

/* Records: the returns share one exit, outside z's block.  */
int
records (int k)
{
  defer (pp, 0); defer (pp, 0); defer (pp, 0); defer (pp, 0);
  defer (pp, 0); defer (pp, 0); defer (pp, 0); defer (pp, 0);
  if (k)
    {
      int z = 1; /* { dg-message "'z' is declared here" } */
      defer (pp, &z); /* { dg-warning "deferred argument 1 points at 'z'" } */
      return 1;
    }
  return 0;
}

/* A block-scope VLA: the return leaves the block's stack restore, so the
   call runs after it, at the shared exit.  */
int
vla_in_block (int n)
{
  if (n)
    {
      char buf[n]; /* { dg-message "'buf' is declared here" } */
      defer (pp, buf); /* { dg-warning "deferred argument 1 points at 'buf'" } */
      return 1;
    }
  return 0;
}

/* A function-level VLA lives until the function returns.  */
int
vla_at_top (int n)
{
  char buf[n];
  defer (pp, buf); /* { dg-bogus "points at" } */
  if (h (n))
    return 1;
  return 0;
}

/* A compound literal lives until the end of its block.  */
int
compound_literal (int k)
{
  if (k)
    {
      defer (pp, &(int) { 7 }); /* { dg-warning "deferred argument 1 points at a compound literal" } */
      h (k);
    }
  return 0;
}
