/* int-records.h: records whose payload is one int argument, for the tests
   that call the record ABI by hand the way the plugin's lowering does.  */

#ifndef DEFER_TEST_INT_RECORDS_H
#define DEFER_TEST_INT_RECORDS_H

#include <stdlib.h>
#include <defer.h>

/* The payload of `defer (fn, a)' with fn taking an int.  */
struct int_record
{
  struct __defer_record h;
  void (*fn) (int);
  int a;
};

/* run_records is the exit loop of the plugin's lowering for a frame whose
   records are all int_records (sites 0 and 1): pop ANCHOR's records newest
   first and make each call from the payload.  */
static void
run_records (char *anchor)
{
  struct __defer_record *r;

  while ((r = __defer_return (anchor)))
    switch (r->site)
      {
      case 0:
      case 1:
	{
	  struct int_record *p = (struct int_record *) r;
	  p->fn (p->a);
	  break;
	}
      default:
	abort ();
      }
}

/* defer_heap defers FN (A) in a heap record of SIZE bytes (at least an
   int_record) for ANCHOR's frame, made by site SITE.  */
static void
defer_heap (char *anchor, void (*fn) (int), int a, unsigned long size,
	    unsigned int site)
{
  struct int_record *p = (struct int_record *)
    __defer_proc (size, anchor, site);
  p->fn = fn;
  p->a = a;
}

#endif /* DEFER_TEST_INT_RECORDS_H */
