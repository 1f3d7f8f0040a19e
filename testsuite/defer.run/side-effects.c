/* Side effects in the function and argument expressions happen once, at the defer statement.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static int counter;

static int
next (void)
{
  return ++counter;
}

static void
say_int (int n)
{
  printf ("deferred %d\n", n);
}

static void
say_twice (int n)
{
  printf ("twice %d\n", n);
}

static void (*table[]) (int) = { say_int, say_twice };

static void
f (void)
{
  int i = 0;
  int k = 0;
  defer (say_int, i++);
  defer (say_int, i++);
  defer (say_int, next ());
  defer (table[k++], 50);
  printf ("body i %d k %d counter %d\n", i, k, counter);
}

int
main (void)
{
  f ();
  printf ("after counter %d\n", counter);
  return 0;
}

/* { dg-output "^body i 2 k 1 counter 1\n" } */
/* { dg-output "deferred 50\ndeferred 1\ndeferred 1\ndeferred 0\n" } */
/* { dg-output "after counter 1\n\$" } */
