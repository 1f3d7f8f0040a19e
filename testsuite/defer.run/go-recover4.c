/* Go's test/recover4.go: when a copy loop panics half way, the deferred
   closure that recovers sees the latest value of the named result n, and
   memcopy returns it with the error the closure stored.  Go makes the
   fault in the PROT_NONE hole a panic (debug.SetPanicOnFault); a fault has
   no C counterpart that unwinds, so here the store checks whether its
   address lies in the hole and panics with Go's message, which is what
   Go's fault handler does at that point.  */
/* { dg-do run } */

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#include "go-panic.h"

static unsigned char *hole_lo, *hole_hi;

/* *P = V, where the hole panics as Go's SetPanicOnFault does.  */
static void
poke (unsigned char *p, unsigned char v)
{
  if (p >= hole_lo && p < hole_hi)
    defer_panicf ("runtime error: invalid memory address or nil pointer dereference");
  *p = v;
}

struct result
{
  long n;
  void *err;
};

static void
memcopy_closure (struct result *r)
{
  void *v = defer_recover ();
  if (v != NULL)
    r->err = v;
}

static struct result
memcopy (unsigned char *dst, long dst_len, const unsigned char *src,
	 long src_len)
{
  struct result *r = defer_result (struct result);
  long i;

  defer (memcopy_closure, r);
  for (i = 0; i < dst_len && i < src_len; i++)
    {
      poke (&dst[i], src[i]);
      r->n++;
    }
  return *r;
}

int
main (void)
{
  long size = sysconf (_SC_PAGESIZE);
  long len = 16 * size;
  unsigned char *data, *src;
  struct result res;
  const long offset = 5;

  data = mmap (NULL, len, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE,
	       -1, 0);
  if (data == MAP_FAILED)
    die ("mmap");
  hole_lo = data + len / 2;
  hole_hi = data + 3 * (len / 4);
  if (mprotect (hole_lo, hole_hi - hole_lo, PROT_NONE) != 0)
    die ("mprotect");

  src = calloc (len, 1);
  res = memcopy (data + offset, len - offset, src, len);
  if (res.err == NULL)
    die ("no error from memcopy across memory hole");
  printf ("memcopy: %s\n", (const char *) res.err);
  if (res.n != len / 2 - offset)
    die ("memcopy returned %ld, want %ld", res.n, len / 2 - offset);
  printf ("memcopy returned len(data)/2 - offset\n");
  free (src);
  return 0;
}

/* { dg-output "^memcopy: runtime error: invalid memory address or nil pointer dereference\nmemcopy returned len\\(data\\)/2 - offset\n\$" } */
