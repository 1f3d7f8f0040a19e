/* GCC extensions around scopes, without defer: nested functions (one
   whose address escapes, so it needs a trampoline), cleanup attributes,
   variable-length arrays, alloca, setjmp/longjmp and statement
   expressions.  */

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nested functions: one called directly, one passed to qsort.  */
int
sort_by_distance (int *v, int n, int origin)
{
  int calls = 0;

  int distance (int x)
  {
    return x > origin ? x - origin : origin - x;
  }

  int compare (const void *a, const void *b)
  {
    calls++;
    return distance (*(const int *) a) - distance (*(const int *) b);
  }

  qsort (v, (size_t) n, sizeof *v, compare);
  return calls;
}

/* __attribute__((cleanup)): GCC's scope-bound cleanups.  */
static void
close_file (FILE **f)
{
  if (*f)
    fclose (*f);
}

static void
free_ptr (void *p)
{
  free (*(void **) p);
}

long
count_lines (const char *path)
{
  __attribute__ ((cleanup (close_file))) FILE *f = fopen (path, "r");
  __attribute__ ((cleanup (free_ptr))) char *buf = malloc (4096);
  long lines = 0;
  size_t n, i;

  if (!f || !buf)
    return -1;
  while ((n = fread (buf, 1, 4096, f)) > 0)
    for (i = 0; i < n; i++)
      lines += buf[i] == '\n';
  return lines;
}

/* Variable-length arrays, in a loop and as a parameter.  */
double
trace_of_square (int n, const double m[n][n])
{
  double sq[n][n];
  double t = 0;
  int i, j, k;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      {
	double s = 0;
	for (k = 0; k < n; k++)
	  s += m[i][k] * m[k][j];
	sq[i][j] = s;
      }
  for (i = 0; i < n; i++)
    t += sq[i][i];
  return t;
}

int
longest_run (const char *const *words, int count)
{
  int best = 0, w;
  for (w = 0; w < count; w++)
    {
      size_t len = strlen (words[w]);
      char copy[len + 1];
      int run = 1, i;
      memcpy (copy, words[w], len + 1);
      for (i = 1; copy[i - 1] && copy[i]; i++)
	{
	  run = copy[i] == copy[i - 1] ? run + 1 : 1;
	  if (run > best)
	    best = run;
	}
    }
  return best;
}

char *
join_with (const char *sep, const char *a, const char *b)
{
  size_t la = strlen (a), ls = strlen (sep), lb = strlen (b);
  char *tmp = __builtin_alloca (la + ls + lb + 1);
  memcpy (tmp, a, la);
  memcpy (tmp + la, sep, ls);
  memcpy (tmp + la + ls, b, lb + 1);
  return strdup (tmp);
}

/* setjmp/longjmp error recovery.  */
static jmp_buf parse_error;

static int
digit (char c)
{
  if (c < '0' || c > '9')
    longjmp (parse_error, c ? c : -1);
  return c - '0';
}

static long
parse_digits (const char *s)
{
  long value = 0;
  do
    value = value * 10 + digit (*s++);
  while (*s);
  return value;
}

int
parse_number (const char *s, long *out)
{
  int err;

  if ((err = setjmp (parse_error)) != 0)
    return err;
  *out = parse_digits (s);
  return 0;
}

/* Statement expressions.  */
#define MAX(a, b)                                                        \
  ({                                                                     \
    __typeof__ (a) a_ = (a);                                             \
    __typeof__ (b) b_ = (b);                                             \
    a_ > b_ ? a_ : b_;                                                   \
  })

int
max_of (const int *v, int n)
{
  int m = v[0], i;
  for (i = 1; i < n; i++)
    m = MAX (m, v[i]);
  return m;
}

/* A nested function reading the enclosing frame through a callback.  */
typedef void (*visit_fn) (int);

static void
for_each (const int *v, int n, visit_fn f)
{
  int i;
  for (i = 0; i < n; i++)
    f (v[i]);
}

long
sum_above (const int *v, int n, int threshold)
{
  long total = 0;
  void add (int x)
  {
    if (x > threshold)
      total += x;
  }
  for_each (v, n, add);
  return total;
}
