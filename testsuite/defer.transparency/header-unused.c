/* A unit that includes <defer.h> but uses no defer: a ring buffer and a
   small option parser, with a struct member and a local variable named
   "defer" (defer is a function-like macro, so only "defer (" expands).
   transparency.exp compiles the plugin-less side with -D__DEFER__ set to
   the plugin's value, since defer.h refuses to compile without it.  */

#include <defer.h>
#include <stddef.h>
#include <string.h>

struct ring
{
  unsigned char *data;
  size_t size, head, tail;
};

int
ring_put (struct ring *r, unsigned char c)
{
  size_t next = (r->head + 1) % r->size;
  if (next == r->tail)
    return -1;
  r->data[r->head] = c;
  r->head = next;
  return 0;
}

int
ring_get (struct ring *r)
{
  int c;
  if (r->head == r->tail)
    return -1;
  c = r->data[r->tail];
  r->tail = (r->tail + 1) % r->size;
  return c;
}

size_t
ring_drain (struct ring *r, unsigned char *out, size_t max)
{
  size_t n = 0;
  int c;
  while (n < max && (c = ring_get (r)) >= 0)
    out[n++] = (unsigned char) c;
  return n;
}

struct options
{
  int verbose;
  int defer;		/* defer writes until exit */
  long limit;
  const char *output;
};

int
parse_options (struct options *o, int argc, char **argv)
{
  int i, defer = 0;
  memset (o, 0, sizeof *o);
  for (i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (strcmp (a, "-v") == 0)
	o->verbose++;
      else if (strcmp (a, "--defer") == 0)
	defer = 1;
      else if (strncmp (a, "--limit=", 8) == 0)
	{
	  long v = 0;
	  for (a += 8; *a >= '0' && *a <= '9'; a++)
	    v = v * 10 + (*a - '0');
	  o->limit = v;
	}
      else if (strcmp (a, "-o") == 0 && i + 1 < argc)
	o->output = argv[++i];
      else
	return i;
    }
  o->defer = defer;
  return 0;
}

/* Code that a defer would shorten, written by hand.  */
extern int lock (void *);
extern void unlock (void *);
extern int work (void *, int);

int
locked_work (void *mutex, int n)
{
  int r;
  if (lock (mutex) != 0)
    return -1;
  r = work (mutex, n);
  if (r < 0)
    {
      unlock (mutex);
      return r;
    }
  r += work (mutex, n + 1);
  unlock (mutex);
  return r;
}
