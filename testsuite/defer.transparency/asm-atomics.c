/* Low-level code without defer: inline asm with outputs, inputs and
   clobbers, asm goto, __atomic and __sync builtins, thread-local storage,
   per-function optimize attributes, constructors, weak symbols, aliases
   and sections.  */

#include <stdint.h>

static inline uint64_t
read_tsc (void)
{
  uint32_t lo, hi;
  __asm__ __volatile__ ("rdtsc" : "=a" (lo), "=d" (hi));
  return (uint64_t) hi << 32 | lo;
}

void
cpu_id (uint32_t leaf, uint32_t regs[4])
{
  __asm__ __volatile__ ("cpuid"
			: "=a" (regs[0]), "=b" (regs[1]), "=c" (regs[2]),
			  "=d" (regs[3])
			: "a" (leaf), "c" (0));
}

static inline void
compiler_barrier (void)
{
  __asm__ __volatile__ ("" ::: "memory");
}

uint64_t
time_loop (volatile int *flag, int spins)
{
  uint64_t start = read_tsc ();
  while (spins-- > 0 && !*flag)
    {
      __asm__ __volatile__ ("pause");
      compiler_barrier ();
    }
  return read_tsc () - start;
}

unsigned
add_with_carry (unsigned a, unsigned b, unsigned *carry)
{
  unsigned char c;
  __asm__ ("addl %3, %0\n\tsetc %1" : "=r" (a), "=q" (c) : "0" (a), "rm" (b)
	   : "cc");
  *carry = c;
  return a;
}

int
is_negative (long x)
{
  __asm__ goto ("testq %0, %0\n\tjs %l[negative]" : : "r" (x) : "cc"
		: negative);
  return 0;
negative:
  return 1;
}

/* A spinlock and counters with __atomic builtins.  */
struct spinlock
{
  int locked;
};

void
spin_lock (struct spinlock *l)
{
  while (__atomic_exchange_n (&l->locked, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (&l->locked, __ATOMIC_RELAXED))
      __builtin_ia32_pause ();
}

void
spin_unlock (struct spinlock *l)
{
  __atomic_store_n (&l->locked, 0, __ATOMIC_RELEASE);
}

static long counter;

long
bump (long by)
{
  return __atomic_add_fetch (&counter, by, __ATOMIC_SEQ_CST);
}

int
claim_slot (int *slot, int expected, int desired)
{
  return __atomic_compare_exchange_n (slot, &expected, desired, 0,
				      __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

long
legacy_swap (long *p, long v)
{
  return __sync_lock_test_and_set (p, v);
}

/* Thread-local state.  */
static __thread int depth;
__thread char thread_name[16];

int
enter (void)
{
  return ++depth;
}

int
leave (void)
{
  return depth--;
}

/* Per-function optimization options.  */
__attribute__ ((optimize ("O3"), noinline)) void
scale_hot (float *v, int n, float k)
{
  int i;
  for (i = 0; i < n; i++)
    v[i] *= k;
}

__attribute__ ((optimize ("O0"))) int
debug_checksum (const unsigned char *p, int n)
{
  int s = 0, i;
  for (i = 0; i < n; i++)
    s = (s << 1) ^ p[i];
  return s;
}

__attribute__ ((cold, noinline)) void
report_overflow (const char *where)
{
  (void) where;
  __builtin_trap ();
}

int
checked_add (int a, int b)
{
  int r;
  if (__builtin_expect (__builtin_add_overflow (a, b, &r), 0))
    report_overflow ("checked_add");
  return r;
}

/* Bit manipulation builtins.  */
int
log2_floor (uint64_t x)
{
  return x ? 63 - __builtin_clzll (x) : -1;
}

int
bits_set (uint64_t x)
{
  return __builtin_popcountll (x);
}

uint32_t
byte_swap (uint32_t x)
{
  return __builtin_bswap32 (x);
}

/* Constructors, weak symbols, aliases and sections.  */
static int initialized;

__attribute__ ((constructor)) static void
init_module (void)
{
  initialized = 1;
}

__attribute__ ((destructor)) static void
fini_module (void)
{
  initialized = 0;
}

__attribute__ ((weak)) int
platform_hook (int x)
{
  return x + initialized;
}

int real_entry (int x) { return platform_hook (x) * 2; }
int entry_alias (int) __attribute__ ((alias ("real_entry")));

__attribute__ ((section (".text.startup_tables"))) const int boot_table[4]
  = { 1, 2, 4, 8 };
