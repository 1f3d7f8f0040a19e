/* defer_result with a pointer result: a deferred call replaces the returned pointer.  */
/* { dg-do run } */

#include <stdio.h>
#include <defer.h>

static const char replacement[] = "replaced";

static void
replace_if_null (const char **r)
{
  if (*r == 0)
    *r = replacement;
}

static const char *
lookup (int known)
{
  defer (replace_if_null, defer_result (const char *));
  if (known)
    return "found";
  return 0;
}

int
main (void)
{
  printf ("%s\n", lookup (1));
  printf ("%s\n", lookup (0));
  return 0;
}

/* { dg-output "^found\nreplaced\n\$" } */
