/* The cache of decoded frame rules, keyed by return address.

   One table for the process, 4-way set-associative: a return address
   hashes to a set of four slots, each holding the rule of one address
   (an address whose set is full takes the place of one of the four, in
   turn).  The threads share it without a lock: each slot is a sequence
   lock, whose count is odd while a thread writes the slot.  A reader
   copies the rule between two reads of the count and keeps the copy only
   if the count was even and did not change; a writer that finds the slot
   being written by another thread leaves it (its rule is used once, not
   kept).  Nothing is ever freed, so a reader never reads freed memory; a
   miss costs a decoding (frame-rule.c), never a wrong answer.

   Which rules stay true is the walker's business (frame-walk.c): those of
   objects that may be unloaded carry the loader's generation.  The table
   is 2048 slots, 128 KiB of zeroed data: pages no panic touches cost
   nothing.  */

#include "defer-internal.h"

struct defer_frame_slot
  __deferrt_frame_cache[(1u << DEFER_FRAME_CACHE_SET_BITS)
		      * DEFER_FRAME_CACHE_WAYS] __attribute__ ((aligned (64)));

/* The way of a full set the next put replaces, turning: a fill is rare,
   so the threads share one counter.  */
static unsigned int defer_frame_victim;

/* __deferrt_frame_cache_put stores RULE in its return address's set: over
   the slot that holds that address already, or an empty one, or the
   victim; unless another thread is writing that slot.  */
void
__deferrt_frame_cache_put (const struct defer_frame_rule *rule)
{
  struct defer_frame_slot *set = __deferrt_frame_set_of (rule->pc);
  struct defer_frame_slot *s = NULL;
  uint64_t words[DEFER_RULE_WORDS];
  unsigned long seq;
  unsigned int i;

  for (i = 0; i < DEFER_FRAME_CACHE_WAYS && s == NULL; i++)
    if (__atomic_load_n (&set[i].words[0], __ATOMIC_RELAXED) == rule->pc)
      s = &set[i];
  for (i = 0; i < DEFER_FRAME_CACHE_WAYS && s == NULL; i++)
    if (__atomic_load_n (&set[i].words[0], __ATOMIC_RELAXED) == 0)
      s = &set[i];
  if (s == NULL)
    s = &set[__atomic_fetch_add (&defer_frame_victim, 1, __ATOMIC_RELAXED)
	     % DEFER_FRAME_CACHE_WAYS];
  seq = __atomic_load_n (&s->seq, __ATOMIC_RELAXED);
  if ((seq & 1)
      || !__atomic_compare_exchange_n (&s->seq, &seq, seq + 1, 0,
				       __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    return;
  __atomic_thread_fence (__ATOMIC_RELEASE);
  __builtin_memcpy (words, rule, sizeof *rule);
  for (i = 0; i < DEFER_RULE_WORDS; i++)
    __atomic_store_n (&s->words[i], words[i], __ATOMIC_RELAXED);
  __atomic_store_n (&s->seq, seq + 2, __ATOMIC_RELEASE);
}
