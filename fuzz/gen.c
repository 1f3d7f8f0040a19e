/* fuzz/gen.c: defer-fuzz-gen, the program generator of defer's
   differential fuzzer (fuzz/fuzz.sh drives it; see fuzz/README).

     defer-fuzz-gen [-p LEVEL] [-x FEATURE,...] [-S] SEED BASE

   writes BASE.c and BASE.go: one random program, the same in C with
   defer (fn, args...) and defer_result (T), and in Go.  The same SEED and
   options always give the same two files.  Both programs print one
   trace (every function entry, every direct and deferred call, every
   result), so their outputs compare byte for byte.

   What the programs have: 3 to 7 functions calling each other (a
   function calls only later ones, or itself with a bounded depth);
   0 to 20 defer statements per function, so that each of the three
   strategies is met (a defer in a loop is a heap record; more than 8
   defers, or returns x defers > 15, makes records); for and while loops
   with break and continue; loops made with goto, left and re-entered
   from nested blocks; dispatch loops made with computed gotos (Go: a
   switch of gotos); forward gotos that jump over defers; switch with
   fallthrough; early returns; deferred calls' arguments with side
   effects (counter++, a call that prints, a call of the program's own
   functions, whose defers run then) evaluated at the defer statement; deferred calls that change the pending result through
   defer_result (Go: a named result r and `defer set_result(&r, v)`);
   GCC nested functions (Go: closures) deferred, some deferring calls of
   their own; function pointers evaluated at the defer; arguments of
   many types (64-bit, double, structs, variadic printf).  A global fuel
   bounds the number of calls, so every program ends and its output
   stays small.

   -p 1 adds panics: defer_panic of string literals (Go: panic("...")),
   deferred defer_panic, panics raised inside deferred calls (replacing
   the running panic), and defer_recover () called directly by deferred
   functions and nested functions (Go: recover() in deferred functions
   and closures), and called indirectly (which returns NULL, and nil in
   Go).  main always recovers, so both programs exit with status 0.
   -p 2 adds defer_panicf (Go: panic(fmt.Sprintf(...))).  Never
   defer_panic (NULL): Go 1.19's panic(nil) is recovered as nil, the
   contract follows Go 1.21.

   -x FEATURE,... leaves features out, to look past a bug already known
   (the names: feature_names below; e.g. -x show,nested).

   -S sabotages the C program: its last line differs when it is
   optimized (__OPTIMIZE__), so that a run against Go and a
   self-consistency run both fail.  It exists to show that the fuzzer's
   tests can fail.

   Rules kept so that the two programs mean the same:
   - all arithmetic is on 32-bit unsigned values (u32, Go's uint32):
     wrapping, never undefined; every binary operator is parenthesized
     (C's and Go's precedences differ) and has a non-constant operand
     (Go rejects constant expressions that overflow); / and % only by
     non-zero constants, shifts only by constants below 32;
   - one expression never holds two effects whose order C leaves
     unspecified: at most one counter++ and one tick () per statement,
     which touch different things, and a call in an expression only
     beside locals it cannot change;
   - no declaration at a block's own level after its first statement
     (loop counters live in their loop's block): Go's goto may not jump
     over one, and no label is left unused;
   - a pending result is read or left by falling off the end only in a
     function that has a defer statement (there the result starts at
     zero; Go's named results always do).  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- random numbers: splitmix64, the same on every host ---- */

static unsigned long long rng;

static unsigned long long
next64 (void)
{
  unsigned long long z = (rng += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* rnd (N): 0 .. N-1.  */
static unsigned
rnd (unsigned n)
{
  return n ? (unsigned) (next64 () % n) : 0;
}

/* chance (PCT): true PCT times in 100.  */
static int
chance (unsigned pct)
{
  return rnd (100) < pct;
}

/* ---- growing text buffers ---- */

struct buf
{
  char *p;
  size_t n, cap;
};

static void
bvprintf (struct buf *b, const char *fmt, va_list ap)
{
  va_list aq;
  va_copy (aq, ap);
  int len = vsnprintf (NULL, 0, fmt, aq);
  va_end (aq);
  if (len < 0)
    abort ();
  if (b->n + (size_t) len + 1 > b->cap)
    {
      b->cap = (b->n + (size_t) len + 1) * 2;
      b->p = realloc (b->p, b->cap);
      if (!b->p)
	abort ();
    }
  vsnprintf (b->p + b->n, (size_t) len + 1, fmt, ap);
  b->n += (size_t) len;
}

static void
bprintf (struct buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  bvprintf (b, fmt, ap);
  va_end (ap);
}

static void
bfree (struct buf *b)
{
  free (b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

/* The whole files, and the current function's parts: its C body, its C
   nested functions (defined at its top), its Go body.  */
static struct buf cfile, gofile, cbody, cnested, gbody;
static int ind;		/* nesting of the line being written */

/* cl, gl: one line of C (two spaces a level) or Go (a tab a level).  */
static void
cl (const char *fmt, ...)
{
  va_list ap;
  for (int i = 0; i <= ind; i++)
    bprintf (&cbody, "  ");
  va_start (ap, fmt);
  bvprintf (&cbody, fmt, ap);
  va_end (ap);
  bprintf (&cbody, "\n");
}

static void
gl (const char *fmt, ...)
{
  va_list ap;
  for (int i = 0; i <= ind; i++)
    bprintf (&gbody, "\t");
  va_start (ap, fmt);
  bvprintf (&gbody, fmt, ap);
  va_end (ap);
  bprintf (&gbody, "\n");
}

/* ---- the program's shape ---- */

#define MAX_FUNCS 7
#define MAX_DEFERS 20
#define MAX_NEST 3
#define MAX_LOOPS 2
#define MAX_DEPTH 2		/* self-recursion: depth 0 .. MAX_DEPTH */

static int panic_level;		/* -p */
static int sabotage;		/* -S */

/* -x NAME,...: features left out (to steer around a known bug).  */
static const char *const feature_names[] = {
  "show", "nested", "result", "call", "pick", "fpv", "wide", "double",
  "pair", "big", "printf", "note3", "recover", "indirect", "panicker",
  "deferpanic", "panic", "goto", "fwdgoto", "switch", "while", "for",
  "recursion", "cgoto", "callarg", NULL
};
static unsigned excluded;

static int
on (const char *name)
{
  for (int i = 0; feature_names[i]; i++)
    if (!strcmp (feature_names[i], name))
      return !(excluded & (1u << i));
  fprintf (stderr, "defer-fuzz-gen: no feature '%s'\n", name);
  abort ();
}
static int nfuncs;
static int isvoid[MAX_FUNCS];

/* The function being generated.  */
static int fidx;		/* its index */
static int ndefers, maxdefers;	/* defer statements so far, and its budget */
static int need_rp;		/* its C nested functions use rp */
static int nest, loops, in_for, in_switch;
static int tagc;		/* the next tag: every statement's own number */

/* The loop variables in scope (i<tag> of for loops, g<tag> of goto
   loops), and the goto loops whose label a jump may go back to.  */
static char vars[16][16];
static int nvars;
static int golabel[8];
static int ngolabels;

/* ---- expressions ---- */

#define EXLEN 600

struct ex
{
  char c[EXLEN], g[EXLEN];
  int konst;
};

/* xs: snprintf into an expression's text, which must fit (a cut
   expression would be wrong code in one language only).  */
static void
xs (char *dst, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (dst, EXLEN, fmt, ap);
  va_end (ap);
  if (n < 0 || n >= EXLEN)
    {
      fprintf (stderr, "defer-fuzz-gen: an expression is too long\n");
      exit (1);
    }
}

static void
ex_set (struct ex *e, const char *c, const char *g, int konst)
{
  xs (e->c, "%s", c);
  xs (e->g, "%s", g);
  e->konst = konst;
}

static void
ex_konst (struct ex *e, unsigned k)
{
  xs (e->c, "%uu", k);
  xs (e->g, "%u", k);
  e->konst = 1;
}

static unsigned
small_konst (void)
{
  static const unsigned pool[] = { 0, 1, 2, 3, 5, 7, 9, 13, 100, 255, 1000,
    65535, 2654435761u, 4294967295u };
  return chance (60) ? rnd (20) : pool[rnd (sizeof pool / sizeof pool[0])];
}

/* atom: a constant, a parameter, acc, or a loop variable in scope.  */
static void
atom (struct ex *e)
{
  unsigned r = rnd (10);
  if (r < 3)
    ex_konst (e, small_konst ());
  else if (r < 6)
    ex_set (e, "acc", "acc", 0);
  else if (r < 8 || nvars == 0)
    {
      if (chance (75))
	ex_set (e, "a", "a", 0);
      else
	ex_set (e, "depth", "depth", 0);
    }
  else
    {
      const char *v = vars[rnd ((unsigned) nvars)];
      ex_set (e, v, v, 0);
    }
}

static void gen_expr (struct ex *e, int d);

/* nonconst: an expression with a variable in it.  */
static void
nonconst (struct ex *e, int d)
{
  gen_expr (e, d);
  if (e->konst)
    ex_set (e, "acc", "acc", 0);
}

static void
gen_expr (struct ex *e, int d)
{
  if (d <= 0 || chance (35))
    {
      atom (e);
      return;
    }
  struct ex l, r;
  unsigned op = rnd (12);
  static const char *const bin[] = { "+", "*", "^", "&", "|", "-", "+", "^" };
  if (op < 8)
    {
      gen_expr (&l, d - 1);
      gen_expr (&r, d - 1);
      if (l.konst && r.konst)
	ex_set (&l, "acc", "acc", 0);
      xs (e->c, "(%s %s %s)", l.c, bin[op], r.c);
      xs (e->g, "(%s %s %s)", l.g, bin[op], r.g);
    }
  else
    {
      static const char *const kop[] = { "%", "/", ">>", "<<" };
      unsigned k = op == 8 || op == 9 ? 2 + rnd (15) : 1 + rnd (31);
      nonconst (&l, d - 1);
      xs (e->c, "(%s %s %uu)", l.c, kop[op - 8], k);
      xs (e->g, "(%s %s %u)", l.g, kop[op - 8], k);
    }
  e->konst = 0;
}

/* gen_cond: a condition, C's int and Go's bool.  */
static void
gen_cond (struct ex *e)
{
  struct ex x;
  unsigned m, k;
  nonconst (&x, 2);
  switch (rnd (5))
    {
    case 0:
    case 1:
      m = 2 + rnd (4);
      k = rnd (m);
      xs (e->c, "((%s %% %uu) == %uu)", x.c, m, k);
      xs (e->g, "((%s %% %u) == %u)", x.g, m, k);
      break;
    case 2:
      k = small_konst ();
      xs (e->c, "(%s < %uu)", x.c, k);
      xs (e->g, "(%s < %u)", x.g, k);
      break;
    case 3:
      k = 1u << rnd (8);
      xs (e->c, "((%s & %uu) != 0u)", x.c, k);
      xs (e->g, "((%s & %u) != 0)", x.g, k);
      break;
    default:
      {
	struct ex y;
	nonconst (&y, 1);
	const char *op = chance (50) ? "&&" : "||";
	xs (e->c, "((%s %% 3u) != 0u %s (%s & 1u) == 0u)",
		  x.c, op, y.c);
	xs (e->g, "((%s %% 3) != 0 %s (%s & 1) == 0)",
		  x.g, op, y.g);
      }
    }
  e->konst = 0;
}

/* A deferred call's argument: an expression, or (once per statement
   each) counter++ or tick (expr), whose effects happen at the defer, or
   (then alone with effects in the statement) a call of a later function
   of the program, whose defers run while the defer statement evaluates
   its arguments.  NO_CALL: no call in this statement (its function is
   read from a global that a call could change).  */
static int used_inc, used_tick, no_call;

static void
gen_arg (struct ex *e)
{
  if (!used_inc && !used_tick && !no_call && fidx < nfuncs - 1
      && chance (10) && on ("callarg"))
    {
      int j = fidx + 1 + (int) rnd ((unsigned) (nfuncs - fidx - 1));
      if (!isvoid[j])
	{
	  struct ex x;
	  used_inc = used_tick = no_call = 1;
	  gen_expr (&x, 1);
	  xs (e->c, "f%d (%s, depth)", j, x.c);
	  xs (e->g, "f%d(%s, depth)", j, x.g);
	  e->konst = 0;
	  return;
	}
    }
  if (!used_inc && chance (15))
    {
      used_inc = 1;
      ex_set (e, "counter++", "postinc()", 0);
      return;
    }
  if (!used_tick && chance (10))
    {
      struct ex x;
      used_tick = 1;
      gen_expr (&x, 1);
      xs (e->c, "tick (%s)", x.c);
      xs (e->g, "tick(%s)", x.g);
      e->konst = 0;
      return;
    }
  gen_expr (e, 2);
}

/* ---- statements ---- */

static void gen_stmt (void);

static void
gen_block (int n)
{
  for (int i = 0; i < n; i++)
    gen_stmt ();
}

/* open / close: a braced block in both languages, the first line given
   in each.  */
static void
open_block (const char *c, const char *g)
{
  cl ("%s {", c);
  gl ("%s {", g);
  ind++;
  nest++;
}

static void
close_block (void)
{
  ind--;
  nest--;
  cl ("}");
  gl ("}");
}

static int
can_value (void)
{
  return !isvoid[fidx];
}

/* The text of a call of function J with argument X at depth D.  */
static void
call_text (struct ex *out, int j, const struct ex *x, const char *dc,
	   const char *dg)
{
  xs (out->c, "f%d (%s, %s)", j, x->c, dc);
  xs (out->g, "f%d(%s, %s)", j, x->g, dg);
}

static void
gen_defer (void)
{
  int tag = tagc++;
  struct ex x, y, z;
  used_inc = used_tick = no_call = 0;
  ndefers++;
  for (;;)
    {
      unsigned kind = rnd (panic_level ? 22 : 16);
      switch (kind)
	{
	case 0:
	case 1:
	  gen_arg (&x);
	  cl ("defer (note, %du, %s);", tag, x.c);
	  gl ("defer note(%d, %s)", tag, x.g);
	  return;
	case 2:
	  if (!on ("note3"))
	    continue;
	  gen_arg (&x);
	  gen_arg (&y);
	  gen_arg (&z);
	  cl ("defer (note3, %du, %s, %s, %s);", tag, x.c, y.c, z.c);
	  gl ("defer note3(%d, %s, %s, %s)", tag, x.g, y.g, z.g);
	  return;
	case 3:
	  if (!on ("printf"))
	    continue;
	  gen_arg (&x);
	  if (chance (50))
	    {
	      cl ("defer (printf, \"p%%u %%u\\n\", %du, %s);", tag, x.c);
	      gl ("defer fmt.Fprintf(out, \"p%%d %%d\\n\", %d, %s)", tag, x.g);
	    }
	  else
	    {
	      gen_arg (&y);
	      cl ("defer (printf, \"q%%u %%u %%u\\n\", %du, %s, %s);", tag,
		  x.c, y.c);
	      gl ("defer fmt.Fprintf(out, \"q%%d %%d %%d\\n\", %d, %s, %s)",
		  tag, x.g, y.g);
	    }
	  return;
	case 4:
	case 5:
	  if (!can_value () || !on ("result"))
	    continue;
	  gen_arg (&x);
	  cl ("defer (%s, defer_result (u32), %s);",
	      kind == 4 ? "set_result" : "mix_result", x.c);
	  gl ("defer %s(&r, %s)", kind == 4 ? "setResult" : "mixResult", x.g);
	  return;
	case 6:
	  if (!on ("show"))
	    continue;
	  cl ("defer (show, %du, &acc);", tag);
	  gl ("defer show(%d, &acc)", tag);
	  return;
	case 7:
	  {
	    if (fidx == nfuncs - 1 || !on ("call"))
	      continue;
	    int j = fidx + 1 + (int) rnd ((unsigned) (nfuncs - fidx - 1));
	    gen_arg (&x);
	    cl ("defer (f%d, %s, depth);", j, x.c);
	    gl ("defer f%d(%s, depth)", j, x.g);
	    return;
	  }
	case 8:
	  if (!on ("pick"))
	    continue;
	  nonconst (&x, 1);
	  gen_arg (&y);
	  cl ("defer (pick (%s), %du, %s);", x.c, tag, y.c);
	  gl ("defer pick(%s)(%d, %s)", x.g, tag, y.g);
	  return;
	case 9:
	  if (!on ("fpv"))
	    continue;
	  no_call = 1;
	  gen_arg (&x);
	  cl ("defer (fpv, %du, %s);", tag, x.c);
	  gl ("defer fpv(%d, %s)", tag, x.g);
	  return;
	case 10:
	  if (!on ("wide"))
	    continue;
	  nonconst (&x, 1);
	  gen_expr (&y, 1);
	  cl ("defer (wide, %du, ((u64) %s << 32) | %s);", tag, x.c, y.c);
	  gl ("defer wide(%d, (uint64(%s) << 32) | uint64(%s))", tag, x.g, y.g);
	  return;
	case 11:
	  if (!on ("double"))
	    continue;
	  nonconst (&x, 1);
	  cl ("defer (fl, %du, (double) %s / 8.0);", tag, x.c);
	  gl ("defer fl(%d, float64(%s) / 8.0)", tag, x.g);
	  return;
	case 12:
	  if (!on ("pair"))
	    continue;
	  gen_arg (&x);
	  gen_arg (&y);
	  cl ("defer (pairf, %du, mkpair (%s, %s));", tag, x.c, y.c);
	  gl ("defer pairf(%d, mkpair(%s, %s))", tag, x.g, y.g);
	  return;
	case 13:
	  if (!on ("big"))
	    continue;
	  gen_arg (&x);
	  cl ("defer (bigf, %du, mkbig (%s));", tag, x.c);
	  gl ("defer bigf(%d, mkbig(%s))", tag, x.g);
	  return;
	case 14:
	case 15:
	  {
	    /* A nested function (Go: a closure) that reads and changes acc,
	       and maybe the pending result, when it runs.  */
	    if (!on ("nested"))
	      continue;
	    int res = can_value () && chance (60) && on ("result");
	    int inner = chance (35);
	    unsigned m = 1 + 2 * rnd (4), k = rnd (10);
	    bprintf (&cnested, "  void nf%d (void)\n  {\n", tag);
	    if (inner)
	      bprintf (&cnested, "    defer (note, %du, acc);\n", tag);
	    bprintf (&cnested, "    printf (\"nf%%u %%u\\n\", %du, acc);\n", tag);
	    bprintf (&cnested, "    acc = (acc * %uu) + %uu;\n", m, k);
	    if (res)
	      {
		need_rp = 1;
		bprintf (&cnested, "    *rp = (*rp ^ acc);\n");
	      }
	    bprintf (&cnested, "  }\n");
	    cl ("defer (nf%d);", tag);
	    gl ("defer func() {");
	    if (inner)
	      gl ("\tdefer note(%d, acc)", tag);
	    gl ("\tfmt.Fprintf(out, \"nf%%d %%d\\n\", %d, acc)", tag);
	    gl ("\tacc = (acc * %u) + %u", m, k);
	    if (res)
	      gl ("\tr = (r ^ acc)");
	    gl ("}()");
	    return;
	  }
	  /* Panics.  */
	case 16:
	case 17:
	  if (!on ("recover"))
	    continue;
	  cl ("defer (rec, %du);", tag);
	  gl ("defer rec(%d)", tag);
	  return;
	case 18:
	  if (!can_value () || !on ("recover") || !on ("result"))
	    continue;
	  gen_arg (&x);
	  cl ("defer (rec_set, defer_result (u32), %du, %s);", tag, x.c);
	  gl ("defer recSet(&r, %d, %s)", tag, x.g);
	  return;
	case 19:
	  {
	    int ind_ok = on ("indirect");
	    int nest_ok = on ("nested") && on ("recover");
	    if (!ind_ok && !nest_ok)
	      continue;
	    if (ind_ok && (!nest_ok || chance (50)))
	      {
		cl ("defer (rec_indirect, %du);", tag);
		gl ("defer recIndirect(%d)", tag);
		return;
	      }
	    bprintf (&cnested, "  void nf%d (void)\n  {\n", tag);
	    bprintf (&cnested, "    printf (\"nfr%%u %%s\\n\", %du, "
		     "pvs (defer_recover ()));\n  }\n", tag);
	    cl ("defer (nf%d);", tag);
	    gl ("defer func() {");
	    gl ("\tfmt.Fprintf(out, \"nfr%%d %%s\\n\", %d, pvs(recover()))",
		tag);
	    gl ("}()");
	    return;
	  }
	case 20:
	  if (!on ("panicker"))
	    continue;
	  cl ("defer (panicker, %du);", tag);
	  gl ("defer panicker(%d)", tag);
	  return;
	case 21:
	  if (!on ("deferpanic"))
	    continue;
	  if (chance (70) || !on ("indirect"))
	    {
	      cl ("defer (defer_panic, (void *) \"dp%d\");", tag);
	      gl ("defer panic(\"dp%d\")", tag);
	    }
	  else
	    {
	      /* A deferred call that recovers nothing (no panic, or not
		 called directly) and says so.  */
	      cl ("defer (rec_indirect, %du);", tag);
	      gl ("defer recIndirect(%d)", tag);
	    }
	  return;
	}
    }
}

static void
gen_panic (void)
{
  int tag = tagc++;
  struct ex c, x;
  gen_cond (&c);
  char cbuf[700], gbuf[700];
  snprintf (cbuf, sizeof cbuf, "if %s", c.c);
  snprintf (gbuf, sizeof gbuf, "if %s", c.g);
  open_block (cbuf, gbuf);
  if (panic_level >= 2 && chance (40))
    {
      nonconst (&x, 1);
      cl ("defer_panicf (\"pf%d:%%u\", %s);", tag, x.c);
      gl ("panic(fmt.Sprintf(\"pf%d:%%d\", %s))", tag, x.g);
    }
  else
    {
      cl ("defer_panic ((void *) \"p%d\");", tag);
      gl ("panic(\"p%d\")", tag);
    }
  close_block ();
}

/* A line that prints, used after labels (a label needs a statement).  */
static void
step_line (int tag, const char *vc, const char *vg)
{
  cl ("step (%du, %s);", tag, vc);
  gl ("step(%d, %s)", tag, vg);
}

static void
gen_stmt (void)
{
  struct ex c, x;
  char cbuf[800], gbuf[800];
  for (;;)
    {
      unsigned w = rnd (100);
      if (w < 10)
	{
	  /* a trace line */
	  gen_expr (&x, 2);
	  step_line (tagc++, x.c, x.g);
	  return;
	}
      if (w < 20)
	{
	  /* arithmetic on acc */
	  gen_expr (&x, 2);
	  switch (rnd (4))
	    {
	    case 0:
	      cl ("acc = %s;", x.c);
	      gl ("acc = %s", x.g);
	      break;
	    case 1:
	      cl ("acc += %s;", x.c);
	      gl ("acc += %s", x.g);
	      break;
	    case 2:
	      cl ("acc ^= (acc >> 3u) + %s;", x.c);
	      gl ("acc ^= (acc >> 3) + %s", x.g);
	      break;
	    default:
	      cl ("acc = (acc * 2654435761u) + %s;", x.c);
	      gl ("acc = (acc * 2654435761) + %s", x.g);
	    }
	  return;
	}
      if (w < 23)
	{
	  /* the global counter */
	  gen_expr (&x, 1);
	  if (chance (50))
	    {
	      cl ("counter += (%s & 7u);", x.c);
	      gl ("counter += (%s & 7)", x.g);
	    }
	  else
	    {
	      cl ("acc += counter;");
	      gl ("acc += counter");
	    }
	  return;
	}
      if (w < 45)
	{
	  if (ndefers >= maxdefers)
	    continue;
	  gen_defer ();
	  return;
	}
      if (w < 52)
	{
	  if (nest >= MAX_NEST)
	    continue;
	  gen_cond (&c);
	  snprintf (cbuf, sizeof cbuf, "if %s", c.c);
	  snprintf (gbuf, sizeof gbuf, "if %s", c.g);
	  open_block (cbuf, gbuf);
	  gen_block (1 + (int) rnd (3));
	  if (chance (40))
	    {
	      ind--;
	      cl ("} else {");
	      gl ("} else {");
	      ind++;
	      gen_block (1 + (int) rnd (3));
	    }
	  close_block ();
	  return;
	}
      if (w < 56)
	{
	  /* for loop */
	  if (nest >= MAX_NEST || loops >= MAX_LOOPS || !on ("for"))
	    continue;
	  int tag = tagc++;
	  unsigned n = rnd (5);
	  snprintf (cbuf, sizeof cbuf, "for (u32 i%d = 0u; i%d < %uu; i%d++)",
		    tag, tag, n, tag);
	  snprintf (gbuf, sizeof gbuf, "for i%d := uint32(0); i%d < %u; i%d++",
		    tag, tag, n, tag);
	  open_block (cbuf, gbuf);
	  snprintf (vars[nvars++], sizeof vars[0], "i%d", tag);
	  loops++;
	  in_for++;
	  int sw = in_switch;
	  in_switch = 0;
	  gen_block (1 + (int) rnd (4));
	  in_switch = sw;
	  in_for--;
	  loops--;
	  nvars--;
	  close_block ();
	  return;
	}
      if (w < 59)
	{
	  /* while loop, counted at its top (so that continue is safe) */
	  if (nest >= MAX_NEST || loops >= MAX_LOOPS || !on ("while"))
	    continue;
	  int tag = tagc++;
	  unsigned n = rnd (4);
	  open_block ("", "");
	  cl ("u32 w%d = 0u;", tag);
	  gl ("w%d := uint32(0)", tag);
	  snprintf (cbuf, sizeof cbuf, "while (w%d < %uu)", tag, n);
	  snprintf (gbuf, sizeof gbuf, "for w%d < %u", tag, n);
	  open_block (cbuf, gbuf);
	  cl ("w%d++;", tag);
	  gl ("w%d++", tag);
	  snprintf (vars[nvars++], sizeof vars[0], "w%d", tag);
	  loops++;
	  in_for++;
	  int sw = in_switch;
	  in_switch = 0;
	  gen_block (1 + (int) rnd (3));
	  in_switch = sw;
	  in_for--;
	  loops--;
	  nvars--;
	  close_block ();
	  close_block ();
	  return;
	}
      if (w < 62)
	{
	  /* a loop made with goto: g counts the jumps back */
	  if (nest >= MAX_NEST || loops >= MAX_LOOPS || !on ("goto"))
	    continue;
	  int tag = tagc++;
	  unsigned n = 1 + rnd (4);
	  open_block ("", "");
	  cl ("u32 g%d = 0u;", tag);
	  gl ("g%d := uint32(0)", tag);
	  ind--;
	  cl ("L%d:", tag);
	  gl ("L%d:", tag);
	  ind++;
	  snprintf (cbuf, sizeof cbuf, "g%d", tag);
	  step_line (tag, cbuf, cbuf);
	  snprintf (vars[nvars++], sizeof vars[0], "g%d", tag);
	  golabel[ngolabels++] = tag;
	  loops++;
	  gen_block (1 + (int) rnd (4));
	  loops--;
	  ngolabels--;
	  nvars--;
	  cl ("if (++g%d < %uu) goto L%d;", tag, n, tag);
	  gl ("g%d++", tag);
	  gl ("if g%d < %u {", tag, n);
	  gl ("\tgoto L%d", tag);
	  gl ("}");
	  close_block ();
	  return;
	}
      if (w < 64)
	{
	  /* a jump back to an enclosing goto loop, from any depth */
	  if (ngolabels == 0)
	    continue;
	  int t = golabel[rnd ((unsigned) ngolabels)];
	  gen_cond (&c);
	  cl ("if (%s && ++g%d < 3u) goto L%d;", c.c, t, t);
	  gl ("if %s {", c.g);
	  gl ("\tg%d++", t);
	  gl ("\tif g%d < 3 {", t);
	  gl ("\t\tgoto L%d", t);
	  gl ("\t}");
	  gl ("}");
	  return;
	}
      if (w < 68)
	{
	  /* a forward goto over a few statements of this block */
	  if (nest >= MAX_NEST || !on ("fwdgoto"))
	    continue;
	  int tag = tagc++;
	  gen_cond (&c);
	  cl ("if %s goto F%d;", c.c, tag);
	  gl ("if %s {", c.g);
	  gl ("\tgoto F%d", tag);
	  gl ("}");
	  nest++;
	  gen_block (1 + (int) rnd (3));
	  nest--;
	  ind--;
	  cl ("F%d:", tag);
	  gl ("F%d:", tag);
	  ind++;
	  step_line (tag, "acc", "acc");
	  return;
	}
      if (w < 72)
	{
	  /* an early return */
	  gen_cond (&c);
	  gen_expr (&x, 2);
	  if (isvoid[fidx])
	    {
	      cl ("if %s return;", c.c);
	      gl ("if %s {", c.g);
	      gl ("\treturn");
	    }
	  else
	    {
	      cl ("if %s return %s;", c.c, x.c);
	      gl ("if %s {", c.g);
	      gl ("\treturn %s", x.g);
	    }
	  gl ("}");
	  return;
	}
      if (w < 76)
	{
	  /* switch, with fallthrough and break */
	  if (nest >= MAX_NEST || !on ("switch"))
	    continue;
	  int tag = tagc++;
	  unsigned m = 3 + rnd (3);
	  nonconst (&x, 1);
	  snprintf (cbuf, sizeof cbuf, "switch (%s %% %uu)", x.c, m);
	  snprintf (gbuf, sizeof gbuf, "switch %s %% %u", x.g, m);
	  open_block (cbuf, gbuf);
	  in_switch++;
	  int ncase = 0, cases[8];
	  for (unsigned v = 0; v < m; v++)
	    if (chance (60))
	      cases[ncase++] = (int) v;
	  int dflt = chance (50);
	  int nclause = ncase + dflt;
	  for (int k = 0; k < nclause; k++)
	    {
	      int fall = k < nclause - 1 && chance (30);
	      ind--;
	      if (k < ncase)
		{
		  cl ("case %du:", cases[k]);
		  gl ("case %d:", cases[k]);
		}
	      else
		{
		  cl ("default:");
		  gl ("default:");
		}
	      ind++;
	      cl ("{");
	      ind++;
	      step_line (tag, "acc", "acc");
	      gen_block ((int) rnd (3));
	      ind--;
	      cl ("}");
	      if (fall)
		{
		  cl ("/* fall through */");
		  gl ("fallthrough");
		}
	      else
		cl ("break;");
	    }
	  in_switch--;
	  close_block ();
	  return;
	}
      if (w < 77)
	{
	  /* a dispatch loop made with computed gotos: K segments, each
	     ending in a jump through a table of label addresses (Go: a
	     switch of gotos), N jumps at most */
	  if (nest >= MAX_NEST || loops >= MAX_LOOPS || !on ("cgoto"))
	    continue;
	  int tag = tagc++;
	  unsigned k = 2 + rnd (2), n = 1 + rnd (4);
	  open_block ("", "");
	  bprintf (&cbody, "%*sstatic void *const t%d[] = {", 2 * (ind + 1), "",
		   tag);
	  for (unsigned i = 0; i < k; i++)
	    bprintf (&cbody, " &&C%d_%u,", tag, i);
	  bprintf (&cbody, " &&C%d_e };\n", tag);
	  cl ("u32 c%d = 0u, s%d = 0u;", tag, tag);
	  gl ("c%d, s%d := uint32(0), uint32(0)", tag, tag);
	  snprintf (vars[nvars++], sizeof vars[0], "c%d", tag);
	  loops++;
	  nest++;
	  nonconst (&x, 1);
	  cl ("goto *t%d[%s %% %uu];", tag, x.c, k);
	  gl ("switch %s %% %u {", x.g, k);
	  for (unsigned i = 0; i < k; i++)
	    gl ("case %u:\n%*sgoto C%d_%u", i, ind + 2, "", tag, i);
	  gl ("default:\n%*sgoto C%d_e", ind + 2, "", tag);
	  gl ("}");
	  for (unsigned i = 0; i <= k; i++)
	    {
	      ind--;
	      if (i < k)
		{
		  cl ("C%d_%u:", tag, i);
		  gl ("C%d_%u:", tag, i);
		}
	      else
		{
		  cl ("C%d_e:", tag);
		  gl ("C%d_e:", tag);
		}
	      ind++;
	      snprintf (cbuf, sizeof cbuf, "c%d", tag);
	      step_line (tag, cbuf, cbuf);
	      if (i == k)
		break;
	      gen_block (1 + (int) rnd (3));
	      nonconst (&x, 1);
	      cl ("s%d = (++c%d < %uu) ? (%s %% %uu) : %uu;", tag, tag, n, x.c,
		  k, k);
	      cl ("goto *t%d[s%d];", tag, tag);
	      gl ("c%d++", tag);
	      gl ("if c%d < %u {", tag, n);
	      gl ("\ts%d = %s %% %u", tag, x.g, k);
	      gl ("} else {");
	      gl ("\ts%d = %u", tag, k);
	      gl ("}");
	      gl ("switch s%d {", tag);
	      for (unsigned j = 0; j < k; j++)
		gl ("case %u:\n%*sgoto C%d_%u", j, ind + 2, "", tag, j);
	      gl ("default:\n%*sgoto C%d_e", ind + 2, "", tag);
	      gl ("}");
	    }
	  nest--;
	  loops--;
	  nvars--;
	  close_block ();
	  return;
	}
      if (w < 83)
	{
	  /* a call of a later function */
	  if (fidx == nfuncs - 1)
	    continue;
	  int j = fidx + 1 + (int) rnd ((unsigned) (nfuncs - fidx - 1));
	  struct ex call;
	  gen_expr (&x, 1);
	  call_text (&call, j, &x, "depth", "depth");
	  if (isvoid[j])
	    {
	      cl ("%s;", call.c);
	      gl ("%s", call.g);
	    }
	  else
	    {
	      cl ("acc = (acc * 7u) + ret (%du, %s);", j, call.c);
	      gl ("acc = (acc * 7) + ret(%d, %s)", j, call.g);
	    }
	  return;
	}
      if (w < 86)
	{
	  /* recursion, bounded by depth */
	  if (!on ("recursion"))
	    continue;
	  struct ex call;
	  gen_expr (&x, 1);
	  call_text (&call, fidx, &x, "depth + 1u", "depth+1");
	  cl ("if (depth < %du) {", MAX_DEPTH);
	  gl ("if depth < %d {", MAX_DEPTH);
	  if (isvoid[fidx])
	    {
	      cl ("  %s;", call.c);
	      gl ("\t%s", call.g);
	    }
	  else
	    {
	      cl ("  acc += ret (%d, %s);", fidx, call.c);
	      gl ("\tacc += ret(%d, %s)", fidx, call.g);
	    }
	  if (ndefers < maxdefers && chance (40) && on ("call"))
	    {
	      /* deferred recursion */
	      gen_expr (&x, 1);
	      cl ("  defer (f%d, %s, depth + 1u);", fidx, x.c);
	      gl ("\tdefer f%d(%s, depth+1)", fidx, x.g);
	      ndefers++;
	    }
	  cl ("}");
	  gl ("}");
	  return;
	}
      if (w < 90)
	{
	  /* break or continue */
	  if (!in_for && !in_switch)
	    continue;
	  int cont = in_for && chance (50);
	  gen_cond (&c);
	  cl ("if %s %s;", c.c, cont ? "continue" : "break");
	  gl ("if %s {", c.g);
	  gl ("\t%s", cont ? "continue" : "break");
	  gl ("}");
	  return;
	}
      if (w < 93)
	{
	  /* the pending result, read or set from the body */
	  if (isvoid[fidx] || ndefers == 0 || !on ("result"))
	    continue;
	  if (chance (50))
	    {
	      gen_expr (&x, 1);
	      cl ("*defer_result (u32) = %s;", x.c);
	      gl ("r = %s", x.g);
	    }
	  else
	    {
	      cl ("acc += *defer_result (u32);");
	      gl ("acc += r");
	    }
	  return;
	}
      if (w < 95)
	{
	  nonconst (&x, 1);
	  cl ("fpv = pick (%s);", x.c);
	  gl ("fpv = pick(%s)", x.g);
	  return;
	}
      if (w < 100)
	{
	  if (!panic_level || !on ("panic"))
	    continue;
	  gen_panic ();
	  return;
	}
    }
}

/* ---- functions and the program ---- */

static void
gen_function (int i)
{
  fidx = i;
  ndefers = 0;
  need_rp = 0;
  nest = loops = in_for = in_switch = 0;
  nvars = ngolabels = 0;
  switch (rnd (10))
    {
    case 0:
    case 1:
    case 2:
      maxdefers = (int) rnd (4);
      break;
    case 3:
    case 4:
    case 5:
      maxdefers = 4 + (int) rnd (5);
      break;
    default:
      maxdefers = 9 + (int) rnd (MAX_DEFERS - 8);
    }
  ind = 0;
  bfree (&cbody);
  bfree (&cnested);
  bfree (&gbody);

  gen_block (3 + (int) rnd (10));
  /* The end: a return, or falling off (void functions, and functions
     with defers, whose pending result is then returned).  */
  struct ex x;
  gen_expr (&x, 2);
  if (isvoid[i])
    {
      if (chance (30))
	{
	  cl ("return;");
	  gl ("return");
	}
    }
  else if (ndefers > 0 && chance (30))
    gl ("return");
  else
    {
      cl ("return %s;", x.c);
      gl ("return %s", x.g);
    }

  const char *ct = isvoid[i] ? "void" : "u32";
  bprintf (&cfile, "\nstatic %s\nf%d (u32 a, u32 depth)\n{\n", ct, i);
  bprintf (&cfile, "  u32 acc = (a ^ %uu);\n", i * 0x9e37u + 1u);
  if (need_rp)
    bprintf (&cfile, "  u32 *rp = defer_result (u32);\n");
  if (cnested.n)
    bprintf (&cfile, "%s", cnested.p);
  bprintf (&cfile, "  printf (\"f%d %%u %%u\\n\", a, depth);\n", i);
  bprintf (&cfile, "  if (fuel == 0u)\n    return%s;\n  fuel--;\n",
	   isvoid[i] ? "" : " 1u");
  if (cbody.n)
    bprintf (&cfile, "%s", cbody.p);
  bprintf (&cfile, "}\n");

  if (isvoid[i])
    bprintf (&gofile, "\nfunc f%d(a, depth uint32) {\n", i);
  else
    bprintf (&gofile, "\nfunc f%d(a, depth uint32) (r uint32) {\n", i);
  bprintf (&gofile, "\tacc := (a ^ %u)\n\t_ = acc\n", i * 0x9e37u + 1u);
  bprintf (&gofile, "\tfmt.Fprintf(out, \"f%d %%d %%d\\n\", a, depth)\n", i);
  bprintf (&gofile, "\tif fuel == 0 {\n\t\treturn%s\n\t}\n\tfuel--\n",
	   isvoid[i] ? "" : " 1");
  if (gbody.n)
    bprintf (&gofile, "%s", gbody.p);
  bprintf (&gofile, "}\n");
}

static const char c_prelude[] =
  "#include <stdio.h>\n"
  "#include <defer.h>\n"
  "\n"
  "typedef unsigned int u32;\n"
  "typedef unsigned long long u64;\n"
  "struct pair { u32 x, y; };\n"
  "struct big { u32 v[6]; };\n"
  "typedef void (*notefn) (u32, u32);\n"
  "\n"
  "static u32 counter;\n"
  "static u32 fuel = %uu;\n"
  "\n"
  "static void step (u32 t, u32 v) { printf (\"s%%u %%u\\n\", t, v); }\n"
  "static void note (u32 t, u32 v) { printf (\"d%%u %%u\\n\", t, v); }\n"
  "static void note2 (u32 t, u32 v) { printf (\"e%%u %%u\\n\", t, v); }\n"
  "static void note3 (u32 t, u32 x, u32 y, u32 z)\n"
  "{\n"
  "  printf (\"n%%u %%u %%u %%u\\n\", t, x, y, z);\n"
  "}\n"
  "static u32 tick (u32 x) { printf (\"tick %%u\\n\", x); return (x * 3u) + 1u; }\n"
  "static u32 ret (u32 j, u32 v) { printf (\"ret%%u %%u\\n\", j, v); return v; }\n"
  "static void set_result (u32 *r, u32 v) { printf (\"set %%u %%u\\n\", *r, v); *r = v; }\n"
  "static void mix_result (u32 *r, u32 v)\n"
  "{\n"
  "  printf (\"mix %%u %%u\\n\", *r, v);\n"
  "  *r = (*r * 3u) + v;\n"
  "}\n"
  "static void show (u32 t, u32 *p) { printf (\"show%%u %%u\\n\", t, *p); }\n"
  "static notefn pick (u32 k) { return (k & 1u) ? note2 : note; }\n"
  "static notefn fpv = note;\n"
  "static void wide (u32 t, u64 v) { printf (\"w%%u %%llu\\n\", t, v); }\n"
  "static void fl (u32 t, double v) { printf (\"fl%%u %%.3f\\n\", t, v); }\n"
  "static struct pair mkpair (u32 x, u32 y) { struct pair p = { x, y }; return p; }\n"
  "static void pairf (u32 t, struct pair p) { printf (\"pr%%u %%u %%u\\n\", t, p.x, p.y); }\n"
  "static struct big\n"
  "mkbig (u32 x)\n"
  "{\n"
  "  struct big b;\n"
  "  for (int i = 0; i < 6; i++)\n"
  "    b.v[i] = x + (u32) i * 11u;\n"
  "  return b;\n"
  "}\n"
  "static void\n"
  "bigf (u32 t, struct big b)\n"
  "{\n"
  "  printf (\"big%%u %%u %%u %%u %%u %%u %%u\\n\", t, b.v[0], b.v[1], b.v[2],\n"
  "          b.v[3], b.v[4], b.v[5]);\n"
  "}\n"
  "static void finish (void) { printf (\"end %%u %%u\\n\", counter%s, fuel); }\n";

static const char c_panic_prelude[] =
  "static const char *pvs (void *v) { return v ? (const char *) v : \"nil\"; }\n"
  "static void rec (u32 t) { printf (\"rec%u %s\\n\", t, pvs (defer_recover ())); }\n"
  "static void\n"
  "rec_set (u32 *r, u32 t, u32 v)\n"
  "{\n"
  "  void *p = defer_recover ();\n"
  "  printf (\"recset%u %s\\n\", t, pvs (p));\n"
  "  if (p)\n"
  "    *r = v;\n"
  "}\n"
  "static int __attribute__ ((noinline)) rec_inner (void) { return defer_recover () != 0; }\n"
  "static void rec_indirect (u32 t) { printf (\"ind%u %d\\n\", t, rec_inner ()); }\n"
  "static const char *const pnames[8] = {\n"
  "  \"k0\", \"k1\", \"k2\", \"k3\", \"k4\", \"k5\", \"k6\", \"k7\"\n"
  "};\n"
  "static void\n"
  "panicker (u32 t)\n"
  "{\n"
  "  printf (\"panicking %u\\n\", t);\n"
  "  defer_panic ((void *) pnames[t % 8u]);\n"
  "}\n";

static const char go_prelude[] =
  "package main\n"
  "\n"
  "import (\n"
  "\t\"bufio\"\n"
  "\t\"fmt\"\n"
  "\t\"os\"\n"
  ")\n"
  "\n"
  "type pair struct{ x, y uint32 }\n"
  "type big struct{ v [6]uint32 }\n"
  "\n"
  "var out = bufio.NewWriter(os.Stdout)\n"
  "var counter uint32\n"
  "var fuel uint32 = %u\n"
  "\n"
  "func step(t, v uint32)  { fmt.Fprintf(out, \"s%%d %%d\\n\", t, v) }\n"
  "func note(t, v uint32)  { fmt.Fprintf(out, \"d%%d %%d\\n\", t, v) }\n"
  "func note2(t, v uint32) { fmt.Fprintf(out, \"e%%d %%d\\n\", t, v) }\n"
  "func note3(t, x, y, z uint32) {\n"
  "\tfmt.Fprintf(out, \"n%%d %%d %%d %%d\\n\", t, x, y, z)\n"
  "}\n"
  "func tick(x uint32) uint32 { fmt.Fprintf(out, \"tick %%d\\n\", x); return (x * 3) + 1 }\n"
  "func ret(j, v uint32) uint32 { fmt.Fprintf(out, \"ret%%d %%d\\n\", j, v); return v }\n"
  "func postinc() uint32 { v := counter; counter++; return v }\n"
  "func setResult(r *uint32, v uint32) { fmt.Fprintf(out, \"set %%d %%d\\n\", *r, v); *r = v }\n"
  "func mixResult(r *uint32, v uint32) {\n"
  "\tfmt.Fprintf(out, \"mix %%d %%d\\n\", *r, v)\n"
  "\t*r = (*r * 3) + v\n"
  "}\n"
  "func show(t uint32, p *uint32) { fmt.Fprintf(out, \"show%%d %%d\\n\", t, *p) }\n"
  "func pick(k uint32) func(uint32, uint32) {\n"
  "\tif (k & 1) != 0 {\n"
  "\t\treturn note2\n"
  "\t}\n"
  "\treturn note\n"
  "}\n"
  "\n"
  "var fpv = note\n"
  "\n"
  "func wide(t uint32, v uint64)  { fmt.Fprintf(out, \"w%%d %%d\\n\", t, v) }\n"
  "func fl(t uint32, v float64)   { fmt.Fprintf(out, \"fl%%d %%.3f\\n\", t, v) }\n"
  "func mkpair(x, y uint32) pair  { return pair{x, y} }\n"
  "func pairf(t uint32, p pair)   { fmt.Fprintf(out, \"pr%%d %%d %%d\\n\", t, p.x, p.y) }\n"
  "func mkbig(x uint32) (b big) {\n"
  "\tfor i := 0; i < 6; i++ {\n"
  "\t\tb.v[i] = x + uint32(i)*11\n"
  "\t}\n"
  "\treturn\n"
  "}\n"
  "func bigf(t uint32, b big) {\n"
  "\tfmt.Fprintf(out, \"big%%d %%d %%d %%d %%d %%d %%d\\n\", t, b.v[0], b.v[1], b.v[2],\n"
  "\t\tb.v[3], b.v[4], b.v[5])\n"
  "}\n"
  "func finish() { fmt.Fprintf(out, \"end %%d %%d\\n\", counter, fuel) }\n";

static const char go_panic_prelude[] =
  "func pvs(v interface{}) string {\n"
  "\tif v == nil {\n"
  "\t\treturn \"nil\"\n"
  "\t}\n"
  "\treturn fmt.Sprint(v)\n"
  "}\n"
  "func rec(t uint32) { fmt.Fprintf(out, \"rec%d %s\\n\", t, pvs(recover())) }\n"
  "func recSet(r *uint32, t, v uint32) {\n"
  "\tp := recover()\n"
  "\tfmt.Fprintf(out, \"recset%d %s\\n\", t, pvs(p))\n"
  "\tif p != nil {\n"
  "\t\t*r = v\n"
  "\t}\n"
  "}\n"
  "func recInner() int {\n"
  "\tif recover() != nil {\n"
  "\t\treturn 1\n"
  "\t}\n"
  "\treturn 0\n"
  "}\n"
  "func recIndirect(t uint32) { fmt.Fprintf(out, \"ind%d %d\\n\", t, recInner()) }\n"
  "\n"
  "var pnames = [8]string{\"k0\", \"k1\", \"k2\", \"k3\", \"k4\", \"k5\", \"k6\", \"k7\"}\n"
  "\n"
  "func panicker(t uint32) {\n"
  "\tfmt.Fprintf(out, \"panicking %d\\n\", t)\n"
  "\tpanic(pnames[t%8])\n"
  "}\n";

static void
usage (void)
{
  fprintf (stderr, "usage: defer-fuzz-gen [-p LEVEL] [-S] [-x FEATURE,...] "
	   "SEED BASE\n"
	   "  writes BASE.c and BASE.go, the same random program in C "
	   "and in Go\n");
  exit (2);
}

static void
write_file (const char *base, const char *ext, const struct buf *b)
{
  char name[4096];
  snprintf (name, sizeof name, "%s%s", base, ext);
  FILE *f = fopen (name, "w");
  if (!f || fwrite (b->p, 1, b->n, f) != b->n || fclose (f) != 0)
    {
      perror (name);
      exit (1);
    }
}

int
main (int argc, char **argv)
{
  int i = 1;
  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (!strcmp (argv[i], "-p") && i + 1 < argc)
	panic_level = atoi (argv[++i]);
      else if (!strcmp (argv[i], "-S"))
	sabotage = 1;
      else if (!strcmp (argv[i], "-x") && i + 1 < argc)
	{
	  char *list = argv[++i], *name;
	  for (name = strtok (list, ","); name; name = strtok (NULL, ","))
	    {
	      int k = 0;
	      while (feature_names[k] && strcmp (feature_names[k], name))
		k++;
	      if (!feature_names[k])
		{
		  fprintf (stderr, "defer-fuzz-gen: -x: no feature '%s'; the "
			   "features:", name);
		  for (k = 0; feature_names[k]; k++)
		    fprintf (stderr, " %s", feature_names[k]);
		  fprintf (stderr, "\n");
		  exit (2);
		}
	      excluded |= 1u << k;
	    }
	}
      else
	usage ();
    }
  if (argc - i != 2)
    usage ();
  char *end;
  unsigned long long seed = strtoull (argv[i], &end, 10);
  if (*end || !*argv[i])
    usage ();
  const char *base = argv[i + 1];

  rng = seed * 0x2545f4914f6cdd1dULL + 0x1234567ULL
	+ (unsigned long long) panic_level * 0x100000001b3ULL;
  nfuncs = 3 + (int) rnd (MAX_FUNCS - 2);
  unsigned fuel = 60 + rnd (200);
  for (int k = 0; k < nfuncs; k++)
    isvoid[k] = k > 0 && chance (25);

  /* -S: the last line is one off when optimized.  */
  const char *sab = sabotage ? " + FUZZ_SABOTAGE" : "";
  char opts[512] = "";
  if (panic_level)
    snprintf (opts, sizeof opts, " -p %d", panic_level);
  if (sabotage)
    strcat (opts, " -S");
  for (int k = 0, first = 1; feature_names[k]; k++)
    if (excluded & (1u << k))
      {
	strcat (opts, first ? " -x " : ",");
	strcat (opts, feature_names[k]);
	first = 0;
      }
  bprintf (&cfile, "/* defer-fuzz-gen%s %llu: the C side (its Go twin: "
	   "the .go file of the same name) */\n", opts, seed);
  if (sabotage)
    bprintf (&cfile, "#ifdef __OPTIMIZE__\n#define FUZZ_SABOTAGE 1u\n#else\n"
	     "#define FUZZ_SABOTAGE 0u\n#endif\n");
  bprintf (&cfile, c_prelude, fuel, sab);
  if (panic_level)
    bprintf (&cfile, "%s", c_panic_prelude);
  bprintf (&gofile, "// defer-fuzz-gen%s %llu: the Go side\n\n", opts, seed);
  bprintf (&gofile, go_prelude, fuel);
  if (panic_level)
    bprintf (&gofile, "%s", go_panic_prelude);

  bprintf (&cfile, "\n");
  for (int k = 0; k < nfuncs; k++)
    bprintf (&cfile, "static %s f%d (u32 a, u32 depth);\n",
	     isvoid[k] ? "void" : "u32", k);
  for (int k = 0; k < nfuncs; k++)
    gen_function (k);

  /* main: calls f0 and, with what fuel is left, f1.  */
  unsigned a0 = rnd (1000), a1 = rnd (1000);
  bprintf (&cfile, "\nint\nmain (void)\n{\n  defer (finish);\n");
  bprintf (&gofile, "\nfunc main() {\n\tdefer out.Flush()\n\tdefer finish()\n");
  if (panic_level)
    {
      bprintf (&cfile, "  defer (rec, 0u);\n");
      bprintf (&gofile, "\tdefer rec(0)\n");
    }
  bprintf (&cfile, "  step (0u, ret (0u, f0 (%uu, 0u)));\n", a0);
  bprintf (&gofile, "\tstep(0, ret(0, f0(%u, 0)))\n", a0);
  if (isvoid[1])
    {
      bprintf (&cfile, "  f1 (%uu, 0u);\n", a1);
      bprintf (&gofile, "\tf1(%u, 0)\n", a1);
    }
  else
    {
      bprintf (&cfile, "  step (1u, ret (1u, f1 (%uu, 0u)));\n", a1);
      bprintf (&gofile, "\tstep(1, ret(1, f1(%u, 0)))\n", a1);
    }
  bprintf (&cfile, "  return 0;\n}\n");
  bprintf (&gofile, "}\n");

  write_file (base, ".c", &cfile);
  write_file (base, ".go", &gofile);
  return 0;
}
