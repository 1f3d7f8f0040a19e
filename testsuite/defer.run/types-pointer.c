/* Pointer arguments (to data, const strings, void, structs, pointers, and null) keep their value.  */
/* { dg-do run } */

#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

struct node
{
  int value;
  struct node *next;
};

static int target = 42;
static struct node second = { 2, 0 };
static struct node first = { 1, &second };

static void t_intp (int *p) { printf ("int* %d\n", *p); }
static void t_str (const char *s) { printf ("str %s\n", s); }
static void
t_voidp (void *p)
{
  if (p != &target)
    abort ();
  printf ("void* ok\n");
}
static void t_node (struct node *n) { printf ("node %d %d\n", n->value, n->next->value); }
static void t_pp (char **pp) { printf ("char** %s\n", *pp); }
static void
t_null (int *p)
{
  printf ("null %d\n", p == 0);
}

static void
f (void)
{
  int *ip = &target;
  const char *s = "hello";
  char *words[] = { "word", 0 };
  struct node *n = &first;
  defer (t_intp, ip);
  defer (t_str, s);
  defer (t_voidp, &target);
  defer (t_node, n);
  defer (t_pp, words);
  defer (t_null, 0);
  ip = 0;
  s = "changed";
  n = 0;
  target = 43;
  words[0] = "other";
}

int
main (void)
{
  f ();
  return 0;
}

/* { dg-output "^null 1\n" } */
/* { dg-output "char\\*\\* other\n" } */
/* { dg-output "node 1 2\n" } */
/* { dg-output "void\\* ok\n" } */
/* { dg-output "str hello\n" } */
/* { dg-output "int\\* 43\n\$" } */
