/* The plugin's record types are its own: -Wpadded says nothing about them (the user's struct still gets its warning).  */
/* { dg-do compile } */
/* { dg-options "-Wpadded -fplugin-arg-defer-strategy=stack" } */

#include <defer.h>

extern void g (char, double);

struct user
{
  char c;
  double d; /* { dg-warning "padding struct to align 'd'" } */
};

void
f (int n, char c)
{
  for (int i = 0; i < n; i++)
    defer (g, c, (double) i); /* { dg-bogus "padding" } */
  defer (g, c, 1.0); /* { dg-bogus "padding" } */
}
