/* A program without defer: loading the plugin must not change it, in any mode.  */

#include <stdio.h>

int
main (void)
{
  printf ("no defer\n");
  return 0;
}

/* { dg-output "^no defer\n\$" } */
