/* A deferred argument that points at a variable of an inner block draws a warning at the defer when the call runs after the block ends (here: at the return after it).  Function-level variables, statics and copies through pointers do not.  */
/* { dg-do compile } */

#include <defer.h>

struct s { int a; };
extern void use (struct s *);
extern void puts_like (const char *);

static struct s global;

int
f (int c, struct s *param)
{
  struct s top = { 1 };
  defer (use, &top);
  defer (use, param);
  defer (use, &global);
  if (c)
    {
      struct s inner = { 2 }; /* { dg-message "'inner' is declared here" } */
      char buf[8] = "inner"; /* { dg-message "'buf' is declared here" } */
      static struct s kept;
      struct s *copy = &inner;
      defer (use, &inner); /* { dg-warning "deferred argument 1 points at 'inner', whose lifetime ends before the deferred call runs" } */
      defer (puts_like, buf); /* { dg-warning "deferred argument 1 points at 'buf'" } */
      defer (use, &kept);
      defer (use, copy);
    }
  return 0;
}
