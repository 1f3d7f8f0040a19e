/* Data without defer: structs passed and returned by value, unions,
   bit-fields, flexible array members, designated initializers, compound
   literals, _Generic, function-pointer tables and a qsort comparator.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct vec3
{
  double x, y, z;
};

struct vec3
vec3_add (struct vec3 a, struct vec3 b)
{
  return (struct vec3) { a.x + b.x, a.y + b.y, a.z + b.z };
}

struct vec3
vec3_cross (struct vec3 a, struct vec3 b)
{
  return (struct vec3) {
    .x = a.y * b.z - a.z * b.y,
    .y = a.z * b.x - a.x * b.z,
    .z = a.x * b.y - a.y * b.x,
  };
}

/* A packed header with bit-fields, as a wire format.  */
struct header
{
  unsigned version : 3;
  unsigned flags : 5;
  unsigned length : 12;
  unsigned channel : 4;
  unsigned last : 1;
};

uint32_t
header_pack (struct header h)
{
  return (uint32_t) h.version | (uint32_t) h.flags << 3
	 | (uint32_t) h.length << 8 | (uint32_t) h.channel << 20
	 | (uint32_t) h.last << 24;
}

struct header
header_unpack (uint32_t w)
{
  struct header h = {
    .version = w & 7,
    .flags = (w >> 3) & 31,
    .length = (w >> 8) & 4095,
    .channel = (w >> 20) & 15,
    .last = (w >> 24) & 1,
  };
  return h;
}

/* A tagged union.  */
enum kind { K_INT, K_REAL, K_TEXT, K_PAIR };

struct value
{
  enum kind kind;
  union
  {
    long i;
    double r;
    const char *text;
    struct
    {
      struct value *car, *cdr;
    } pair;
  } u;
};

double
value_number (const struct value *v)
{
  switch (v->kind)
    {
    case K_INT:
      return (double) v->u.i;
    case K_REAL:
      return v->u.r;
    case K_TEXT:
      return strtod (v->u.text, NULL);
    case K_PAIR:
      return value_number (v->u.pair.car) + value_number (v->u.pair.cdr);
    }
  return 0.0;
}

/* Type punning through a union.  */
uint64_t
double_bits (double d)
{
  union
  {
    double d;
    uint64_t u;
  } pun = { .d = d };
  return pun.u;
}

/* A string with a flexible array member.  */
struct str
{
  size_t len;
  char data[];
};

struct str *
str_new (const char *s)
{
  size_t n = strlen (s);
  struct str *p = malloc (sizeof *p + n + 1);
  if (p)
    {
      p->len = n;
      memcpy (p->data, s, n + 1);
    }
  return p;
}

/* A dispatch table of function pointers.  */
typedef long (*binop) (long, long);

static long op_add (long a, long b) { return a + b; }
static long op_sub (long a, long b) { return a - b; }
static long op_mul (long a, long b) { return a * b; }
static long op_div (long a, long b) { return b ? a / b : 0; }

static const struct
{
  char name;
  binop fn;
} ops[] = {
  { '+', op_add }, { '-', op_sub }, { '*', op_mul }, { '/', op_div },
};

long
apply (char name, long a, long b)
{
  size_t i;
  for (i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (ops[i].name == name)
      return ops[i].fn (a, b);
  return 0;
}

/* qsort with a comparator over records.  */
struct person
{
  char name[24];
  unsigned age;
};

static int
by_age_then_name (const void *a, const void *b)
{
  const struct person *p = a, *q = b;
  if (p->age != q->age)
    return p->age < q->age ? -1 : 1;
  return strcmp (p->name, q->name);
}

void
sort_people (struct person *v, size_t n)
{
  qsort (v, n, sizeof *v, by_age_then_name);
}

/* _Generic over the argument's type.  */
#define magnitude(x) _Generic ((x), double: magnitude_d, long: magnitude_l, \
			       default: magnitude_i) (x)

static double magnitude_d (double x) { return x < 0 ? -x : x; }
static long magnitude_l (long x) { return x < 0 ? -x : x; }
static int magnitude_i (int x) { return x < 0 ? -x : x; }

double
total_magnitude (double d, long l, int i)
{
  return magnitude (d) + (double) magnitude (l) + magnitude (i);
}

/* Large struct copies and a static table.  */
struct matrix
{
  double m[4][4];
};

static const struct matrix identity = {
  { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } }
};

struct matrix
matrix_mul (struct matrix a, struct matrix b)
{
  struct matrix r = identity;
  int i, j, k;
  for (i = 0; i < 4; i++)
    for (j = 0; j < 4; j++)
      {
	double s = 0;
	for (k = 0; k < 4; k++)
	  s += a.m[i][k] * b.m[k][j];
	r.m[i][j] = s;
      }
  return r;
}
