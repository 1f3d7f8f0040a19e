/* Which loaded objects a decoded frame rule may outlive.

   A rule (frame-rule.c) is true while the code it was decoded from stays
   mapped.  Some objects never go away: glibc never unloads the objects a
   program starts with, the executable and the closure of its DT_NEEDED
   entries (they are not dlopen'ed: dlclose of a handle to one only drops
   a count), and this runtime's object outlives the cache, which is part
   of it.  Their rules are permanent.  Any other object (dlopen'ed, or
   preloaded: this file does not tell those apart) may be unloaded and
   another mapped at its addresses: its rules are transient, tagged with
   the loader's generation, dl_iterate_phdr's counts of loads and unloads
   (dlpi_adds, dlpi_subs), which a walk compares once with the loader's.

   The objects the program started with are found once, the first time a
   rule is decoded: dl_iterate_phdr lists objects in load order, so a
   startup object comes after the one that needs it; an object is one if
   its DT_SONAME (or its file name) is a DT_NEEDED name of a startup
   object before it that no other object answered.  An object dlopen'ed
   since has no such name (glibc would have found the loaded one); one
   preloaded by LD_PRELOAD is not found: transient, which is only slower.
   */

#define _GNU_SOURCE
#include <link.h>
#include <pthread.h>
#include <string.h>
#include "defer-internal.h"

/* The startup objects' load addresses (dlpi_addr), at most
   DEFER_STARTUP_MAX of them: past that, the rest are transient.  */
#define DEFER_STARTUP_MAX 128
#define DEFER_NEEDED_MAX 512

static uintptr_t defer_startup[DEFER_STARTUP_MAX];
static unsigned int defer_nstartup;
static pthread_once_t defer_startup_once = PTHREAD_ONCE_INIT;

/* The DT_NEEDED names met while finding them, and whether an object
   answered each.  */
struct defer_needed
{
  const char *names[DEFER_NEEDED_MAX];
  unsigned char claimed[DEFER_NEEDED_MAX];
  unsigned int n;
  unsigned int index;
};

/* defer_object_dynamic returns the dynamic section of the object INFO, or
   NULL.  */
static const ElfW (Dyn) *
defer_object_dynamic (const struct dl_phdr_info *info)
{
  unsigned int i;

  for (i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_DYNAMIC)
      return (const ElfW (Dyn) *) (info->dlpi_addr
				    + info->dlpi_phdr[i].p_vaddr);
  return NULL;
}

/* defer_object_strtab returns the string table of the dynamic section DYN
   of the object INFO: glibc has relocated the address in place, except
   where the section is read-only (the vDSO's), where it is still an
   offset from the load address.  */
static const char *
defer_object_strtab (const struct dl_phdr_info *info, const ElfW (Dyn) *dyn)
{
  for (; dyn->d_tag != DT_NULL; dyn++)
    if (dyn->d_tag == DT_STRTAB)
      {
	uintptr_t p = dyn->d_un.d_ptr;

	return (const char *) (p < info->dlpi_addr ? p + info->dlpi_addr : p);
      }
  return NULL;
}

/* defer_startup_visit is dl_iterate_phdr's callback that finds the
   startup objects, with the DT_NEEDED names N met so far.  */
static int
defer_startup_visit (struct dl_phdr_info *info, size_t size, void *data)
{
  struct defer_needed *n = data;
  const ElfW (Dyn) *dyn = defer_object_dynamic (info);
  const char *strtab = dyn != NULL ? defer_object_strtab (info, dyn) : NULL;
  const char *name = info->dlpi_name;
  const char *slash;
  unsigned int i;
  int startup = n->index++ == 0;

  (void) size;
  if (strtab != NULL)
    for (const ElfW (Dyn) *d = dyn; d->d_tag != DT_NULL; d++)
      if (d->d_tag == DT_SONAME)
	name = strtab + d->d_un.d_val;
  if (!startup && name != NULL && (slash = strrchr (name, '/')) != NULL
      && name == info->dlpi_name)
    name = slash + 1;
  for (i = 0; !startup && name != NULL && i < n->n; i++)
    if (!n->claimed[i] && strcmp (n->names[i], name) == 0)
      {
	n->claimed[i] = 1;
	startup = 1;
      }
  if (!startup || defer_nstartup == DEFER_STARTUP_MAX)
    return 0;
  defer_startup[defer_nstartup++] = info->dlpi_addr;
  if (strtab != NULL)
    for (const ElfW (Dyn) *d = dyn; d->d_tag != DT_NULL; d++)
      if (d->d_tag == DT_NEEDED && n->n < DEFER_NEEDED_MAX)
	{
	  const char *needed = strtab + d->d_un.d_val;

	  /* A DT_NEEDED path names the file, which the object's name
	     then is.  */
	  slash = strrchr (needed, '/');
	  n->names[n->n++] = slash != NULL ? slash + 1 : needed;
	}
  return 0;
}

/* defer_startup_find fills DEFER_STARTUP, once.  */
static void
defer_startup_find (void)
{
  static struct defer_needed n;

  dl_iterate_phdr (defer_startup_visit, &n);
}

/* What defer_object_visit looks for and finds: the loader's generation,
   and about the object holding PC (0: none asked) whether there is one
   and whether it is permanent.  */
struct defer_object_query
{
  uintptr_t pc;
  unsigned int index;
  int found;
  int permanent;
  uint64_t generation;
};

/* defer_object_holds says whether the object INFO maps ADDR in one of its
   loaded segments.  */
static int
defer_object_holds (const struct dl_phdr_info *info, uintptr_t addr)
{
  unsigned int i;

  for (i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW (Phdr) *ph = &info->dlpi_phdr[i];
      uintptr_t start = info->dlpi_addr + ph->p_vaddr;

      if (ph->p_type == PT_LOAD && addr >= start
	  && addr - start < ph->p_memsz)
	return 1;
    }
  return 0;
}

/* defer_object_permanent says whether the object INFO, the INDEX'th
   dl_iterate_phdr lists, is never unloaded while this runtime is loaded.  */
static int
defer_object_permanent (const struct dl_phdr_info *info, unsigned int index)
{
  unsigned int i;

  if (index == 0
      || defer_object_holds (info, (uintptr_t) &__deferrt_object_lookup))
    return 1;
  for (i = 0; i < defer_nstartup; i++)
    if (defer_startup[i] == info->dlpi_addr)
      return 1;
  return 0;
}

/* defer_object_visit is dl_iterate_phdr's callback for the
   defer_object_query DATA: the first object gives the generation (each
   carries the same counts), and is the main program.  */
static int
defer_object_visit (struct dl_phdr_info *info, size_t size, void *data)
{
  struct defer_object_query *q = data;

  if (q->index == 0)
    q->generation = ((uint64_t) info->dlpi_adds << 32) ^ info->dlpi_subs;
  if (q->pc == 0 || size < sizeof *info)
    return 1;
  if (defer_object_holds (info, q->pc))
    {
      q->found = 1;
      q->permanent = defer_object_permanent (info, q->index);
      return 1;
    }
  q->index++;
  return 0;
}

/* __deferrt_loader_generation returns the loader's count of loads and
   unloads, which changes whenever an object may have gone.  */
uint64_t
__deferrt_loader_generation (void)
{
  struct defer_object_query q;

  memset (&q, 0, sizeof q);
  dl_iterate_phdr (defer_object_visit, &q);
  return q.generation;
}

/* __deferrt_object_lookup says what a rule decoded for the code at PC may
   outlive: 0 if PC is in no loaded object (code a JIT registered: the
   rule must not be kept), else 1, with *TRANSIENT set when the object
   may be unloaded and *GENERATION the loader's generation.  */
int
__deferrt_object_lookup (uintptr_t pc, int *transient, uint64_t *generation)
{
  struct defer_object_query q;

  pthread_once (&defer_startup_once, defer_startup_find);
  memset (&q, 0, sizeof q);
  q.pc = pc;
  dl_iterate_phdr (defer_object_visit, &q);
  *transient = !q.permanent;
  *generation = q.generation;
  return q.found;
}
