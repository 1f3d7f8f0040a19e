/* Control flow without defer: loops, switch, goto chains, a computed-goto
   interpreter, recursion, and the program's own function called "defer".  */

#include <stddef.h>
#include <string.h>

enum op { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_JNZ, OP_DEC, OP_HALT };

struct insn
{
  enum op op;
  long arg;
};

/* A threaded interpreter: computed goto through a label table.  */
long
run_program (const struct insn *code, size_t n)
{
  static const void *dispatch[] = {
    [OP_PUSH] = &&do_push, [OP_ADD] = &&do_add, [OP_MUL] = &&do_mul,
    [OP_DUP] = &&do_dup,   [OP_JNZ] = &&do_jnz, [OP_DEC] = &&do_dec,
    [OP_HALT] = &&do_halt,
  };
  long stack[64];
  int sp = 0;
  size_t pc = 0;

#define NEXT()                                                           \
  do                                                                     \
    {                                                                    \
      if (pc >= n)                                                       \
	goto do_halt;                                                    \
      goto *dispatch[code[pc].op];                                       \
    }                                                                    \
  while (0)

  NEXT ();
do_push:
  stack[sp++] = code[pc++].arg;
  NEXT ();
do_add:
  sp--;
  stack[sp - 1] += stack[sp];
  pc++;
  NEXT ();
do_mul:
  sp--;
  stack[sp - 1] *= stack[sp];
  pc++;
  NEXT ();
do_dup:
  stack[sp] = stack[sp - 1];
  sp++;
  pc++;
  NEXT ();
do_dec:
  stack[sp - 1]--;
  pc++;
  NEXT ();
do_jnz:
  if (stack[--sp] != 0)
    pc = (size_t) code[pc].arg;
  else
    pc++;
  NEXT ();
do_halt:
  return sp > 0 ? stack[sp - 1] : 0;
#undef NEXT
}

/* A scanner: a switch inside a loop, with fallthrough and early exits.  */
int
count_tokens (const char *s, int *words, int *numbers, int *puncts)
{
  int in_word = 0, in_number = 0, total = 0;
  *words = *numbers = *puncts = 0;
  for (;; s++)
    {
      switch (*s)
	{
	case '\0':
	  return total;
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
	  if (!in_word && !in_number)
	    {
	      in_number = 1;
	      ++*numbers;
	      ++total;
	    }
	  break;
	case ' ': case '\t': case '\n':
	  in_word = in_number = 0;
	  break;
	case '.': case ',': case ';': case '!': case '?':
	  ++*puncts;
	  ++total;
	  /* Fall through.  */
	case '-':
	  in_word = in_number = 0;
	  break;
	default:
	  if (!in_word)
	    {
	      in_word = 1;
	      in_number = 0;
	      ++*words;
	      ++total;
	    }
	}
    }
}

/* Error handling with a chain of labels, the C idiom defer replaces.  */
struct buffers
{
  char *a, *b, *c;
};

extern void *xalloc (size_t);
extern void xfree (void *);
extern int fill (char *, size_t);

int
make_buffers (struct buffers *out, size_t n)
{
  int rc = -1;
  char *a, *b, *c;

  a = xalloc (n);
  if (!a)
    goto fail_a;
  b = xalloc (n);
  if (!b)
    goto fail_b;
  c = xalloc (n);
  if (!c)
    goto fail_c;
  if (fill (a, n) < 0 || fill (b, n) < 0 || fill (c, n) < 0)
    goto fail_fill;
  out->a = a;
  out->b = b;
  out->c = c;
  return 0;

fail_fill:
  xfree (c);
fail_c:
  xfree (b);
fail_b:
  xfree (a);
fail_a:
  return rc;
}

/* The program's own work queue, whose function happens to be called
   defer: without <defer.h> it is an ordinary identifier.  */
typedef void (*job_fn) (void *);

struct queue
{
  job_fn fn[16];
  void *arg[16];
  int n;
};

static int
defer (struct queue *q, job_fn fn, void *arg)
{
  if (q->n == 16)
    return -1;
  q->fn[q->n] = fn;
  q->arg[q->n] = arg;
  return q->n++;
}

void
run_queue (struct queue *q)
{
  while (q->n > 0)
    {
      q->n--;
      q->fn[q->n] (q->arg[q->n]);
    }
}

int
schedule_all (struct queue *q, job_fn fn, void **args, int n)
{
  int i, last = -1;
  for (i = 0; i < n; i++)
    if ((last = defer (q, fn, args[i])) < 0)
      break;
  return last;
}

/* Recursion: quicksort and a mutually recursive parser.  */
void
quicksort (int *v, int lo, int hi)
{
  while (lo < hi)
    {
      int pivot = v[(lo + hi) / 2], i = lo, j = hi;
      while (i <= j)
	{
	  while (v[i] < pivot)
	    i++;
	  while (v[j] > pivot)
	    j--;
	  if (i <= j)
	    {
	      int t = v[i];
	      v[i++] = v[j];
	      v[j--] = t;
	    }
	}
      if (j - lo < hi - i)
	{
	  quicksort (v, lo, j);
	  lo = i;
	}
      else
	{
	  quicksort (v, i, hi);
	  hi = j;
	}
    }
}

static long parse_sum (const char **p);

static long
parse_atom (const char **p)
{
  long v = 0;
  if (**p == '(')
    {
      ++*p;
      v = parse_sum (p);
      if (**p == ')')
	++*p;
      return v;
    }
  while (**p >= '0' && **p <= '9')
    v = v * 10 + (*(*p)++ - '0');
  return v;
}

static long
parse_product (const char **p)
{
  long v = parse_atom (p);
  while (**p == '*')
    {
      ++*p;
      v *= parse_atom (p);
    }
  return v;
}

static long
parse_sum (const char **p)
{
  long v = parse_product (p);
  while (**p == '+' || **p == '-')
    {
      char op = *(*p)++;
      long r = parse_product (p);
      v = op == '+' ? v + r : v - r;
    }
  return v;
}

long
evaluate (const char *expr)
{
  return parse_sum (&expr);
}

/* A do-while with continue and a labelled break out of nested loops.  */
int
find_pair (const int *v, int n, int sum, int *ia, int *ib)
{
  int i = 0;
  do
    {
      int j;
      if (v[i] > sum)
	continue;
      for (j = i + 1; j < n; j++)
	if (v[i] + v[j] == sum)
	  {
	    *ia = i;
	    *ib = j;
	    goto found;
	  }
    }
  while (++i < n);
  return 0;
found:
  return 1;
}

size_t
common_prefix (const char *a, const char *b)
{
  size_t n = strlen (a) < strlen (b) ? strlen (a) : strlen (b), i;
  for (i = 0; i < n && a[i] == b[i]; i++)
    ;
  return i;
}
