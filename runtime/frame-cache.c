/* The cache of decoded frame rules, keyed by return address.

   One table for the process, direct-mapped: a return address hashes to
   one slot, which holds the rule of the last address decoded there.  The
   threads share it without a lock: each slot is a sequence lock, whose
   count is odd while a thread writes the slot.  A reader copies the rule
   between two reads of the count and keeps the copy only if the count
   was even and did not change; a writer that finds the slot being
   written by another thread leaves it (its rule is used once, not kept).
   Nothing is ever freed, so a reader never reads freed memory; a miss
   costs a decoding (frame-rule.c), never a wrong answer.

   Which rules stay true is the walker's business (frame-walk.c): those of
   objects that may be unloaded carry the loader's generation.  The table
   is 128 KiB of zeroed data: pages no panic touches cost nothing.  */

#include "defer-internal.h"

struct defer_frame_slot __defer_frame_cache[DEFER_FRAME_CACHE_SIZE]
  __attribute__ ((aligned (64)));

/* __defer_frame_cache_put stores RULE in its return address's slot,
   unless another thread is writing that slot.  */
void
__defer_frame_cache_put (const struct defer_frame_rule *rule)
{
  struct defer_frame_slot *s = __defer_frame_slot_of (rule->pc);
  uint64_t words[DEFER_RULE_WORDS];
  unsigned long seq = __atomic_load_n (&s->seq, __ATOMIC_RELAXED);
  unsigned int i;

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
