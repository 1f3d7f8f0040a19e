/* defer-analyze.cc: what the defer pass needs to know about a function
   before it lowers it, and Go 1.14's choice of strategy.

   The pass runs before "lower", on the gimplifier's output: structured
   loops have already become labels and backward jumps, so "a defer in a
   loop" means what it means for Go's escape analysis with its looping
   labels: a defer statement that lies, in the textual order of the
   statements, between a label and a jump back to that label.  That covers
   for, while and do loops and loops written with goto alike, and errs on
   the side of records for irreducible shapes.  */

#include "defer-plugin.h"

/* Go's limits for open-coded defers (cmd/compile/internal/ssagen).  */
#define MAX_OPEN_DEFERS 8
#define MAX_OPEN_EXIT_CALLS 15

/* A jump from statement number FROM to label TO.  */

struct defer_jump
{
  unsigned from;
  tree to;
};

/* The state of collect_stmt's walk.  */

struct collect_state
{
  defer_function *df;
  unsigned pos;				/* statements seen so far.  */
  hash_map<tree, unsigned> labels;	/* label -> its statement number.  */
  auto_vec<defer_jump> jumps;
  auto_vec<unsigned> computed_gotos;	/* statement numbers.  */
  /* The first statement control may come back to from anywhere later
     (a call that returns twice, a nonlocal label), or 0.  */
  unsigned first_reentry;
};

/* Record a jump from the current statement of ST to LABEL.  */

static void
record_jump (collect_state *st, tree label)
{
  if (label && TREE_CODE (label) == LABEL_DECL)
    st->jumps.safe_push ({ st->pos, label });
}

/* Record that control may come back to the current statement of ST from
   any statement after it, without a jump GCC can see.  */

static void
record_reentry (collect_state *st)
{
  if (st->first_reentry == 0)
    st->first_reentry = st->pos;
}

/* Record BIND, a block of DF's function inside PARENT (NULL for the
   outer bind): its parent, and the block of each of its automatic
   variables; a variable-length array is found by the pointer its storage
   is reached through (`buf [value-expr: *buf.1]').  */

static void
record_bind (defer_function *df, gbind *bind, gbind *parent)
{
  defer_bind_info info = { parent, 0, 0, true };
  df->binds.put (bind, info);
  for (tree var = gimple_bind_vars (bind); var; var = DECL_CHAIN (var))
    {
      if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var))
	continue;
      df->var_bind.put (var, bind);
      if (DECL_HAS_VALUE_EXPR_P (var))
	{
	  tree value = DECL_VALUE_EXPR (var);
	  if ((TREE_CODE (value) == INDIRECT_REF
	       || TREE_CODE (value) == MEM_REF)
	      && VAR_P (TREE_OPERAND (value, 0)))
	    df->vla_of_pointer.put (TREE_OPERAND (value, 0), var);
	}
    }
}

/* walk_gimple_seq callback: reject the defer at GSI, inside an OpenMP
   or OpenACC construct (WI->info names which).  */

static tree
reject_omp_defer (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *wi)
{
  gimple *stmt = gsi_stmt (*gsi);
  if (defer_stmt_call_p (stmt) || defer_result_call_p (stmt))
    error_at (gimple_location (stmt), "%qs inside an %s construct",
	      defer_stmt_call_p (stmt) ? "defer" : "defer_result",
	      (const char *) wi->info);
  return NULL_TREE;
}

/* Reject the defers in the body of STMT, an OpenMP or OpenACC construct:
   its body may run in other threads or several times, in a function GCC
   outlines later, so a defer there has no one frame to belong to.  */

static void
reject_omp_defers (gimple *stmt)
{
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  wi.info = const_cast<char *> (is_gimple_omp_oacc (stmt) ? "OpenACC"
				: "OpenMP");
  walk_gimple_seq (gimple_omp_body (stmt), reject_omp_defer, NULL, &wi);
  if (gimple_code (stmt) == GIMPLE_OMP_FOR)
    walk_gimple_seq (gimple_omp_for_pre_body (stmt), reject_omp_defer, NULL,
		     &wi);
}

/* Where collect_seq is in the function: the innermost block, the
   deepest spine sequence around it and whether it is that very sequence,
   and whether leaving it runs a cleanup of a block that does not end with
   the function (see defer-pass.cc's theory of operation).  */

struct collect_ctx
{
  gbind *bind;
  unsigned level;
  bool on_spine;
  bool leaves_cleanup;
};

/* Whether the try/finally STMT runs code on the way out: its cleanup is
   more than the clobbers that end its variables' lives (a cleanup
   attribute's call, the stack restore of a variable-length array).  */

static bool
try_finally_has_cleanup_p (gimple *stmt)
{
  gimple_seq cleanup = gimple_try_cleanup (stmt);
  for (gimple_stmt_iterator gsi = gsi_start (cleanup); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!gimple_clobber_p (gsi_stmt (gsi)))
      return true;
  return false;
}

/* Whether STMT leaves the function other than by a return, in a way
   that runs the deferred calls: `__builtin_return', which returns what
   `__builtin_apply' got, and a nested function's goto to a label of the
   function that contains it, which tree-nested.cc has made a call of
   `__builtin_nonlocal_goto' by now.  */

static bool
other_exit_p (gimple *stmt)
{
  return (gimple_call_builtin_p (stmt, BUILT_IN_RETURN)
	  || gimple_call_builtin_p (stmt, BUILT_IN_NONLOCAL_GOTO));
}

/* Record the defer statement STMT of ST's function, at CTX.  */

static void
record_site (collect_state *st, gcall *stmt, const collect_ctx &ctx)
{
  defer_site *site = new defer_site ();
  site->stmt = stmt;
  site->loc = gimple_location (stmt);
  site->index = st->df->sites.length ();
  site->pos = st->pos;
  site->bind = ctx.bind;
  site->in_loop = false;
  site->exact = false;
  site->strategy = DEFER_OPEN_CODED;
  site->fn_value = NULL_TREE;
  site->record_type = NULL_TREE;
  site->record = NULL_TREE;
  site->call_site = site;
  tree *chain = st->df->nested_chains.get (stmt);
  site->chain = chain ? *chain : NULL_TREE;
  st->df->sites.safe_push (site);
}

/* Record the way out STMT of ST's function, at CTX.  */

static void
record_exit (collect_state *st, gimple *stmt, const collect_ctx &ctx)
{
  defer_exit e;
  e.stmt = stmt;
  e.pos = st->pos;
  e.bind = ctx.bind;
  e.level = ctx.level;
  e.leaves_cleanup = ctx.leaves_cleanup;
  e.is_return = gimple_code (stmt) == GIMPLE_RETURN;
  defer_add_exit (st->df, e);
}

static void collect_seq (collect_state *, gimple_seq *, const collect_ctx &);

/* Whether control may fall off the end of SEQ: unless its last
   statement, looking into the blocks and try bodies that end it, is a
   return, an unconditional or two-way jump, or a call that does not
   return.  */

static bool
seq_falls_off_p (gimple_seq seq)
{
  gimple *last = gimple_seq_last_stmt (seq);
  while (last)
    switch (gimple_code (last))
      {
      case GIMPLE_BIND:
	last = gimple_seq_last_stmt (gimple_bind_body (as_a<gbind *> (last)));
	break;
      case GIMPLE_TRY:
	last = gimple_seq_last_stmt (gimple_try_eval (last));
	break;
      case GIMPLE_RETURN:
      case GIMPLE_GOTO:
      case GIMPLE_COND:
      case GIMPLE_SWITCH:
	return false;
      case GIMPLE_CALL:
	return !(gimple_call_flags (last) & ECF_NORETURN);
      default:
	return true;
      }
  return true;
}

/* Collect the statements of *INNER, a sequence nested in one at CTX:
   on the spine one level deeper if it is the next spine sequence, else
   part of CTX's level, LEAVES saying whether leaving it runs a cleanup.
   BIND is the block whose body it is, if any.  */

static void
collect_sub (collect_state *st, gimple_seq *inner, const collect_ctx &ctx,
	     bool leaves, gbind *bind)
{
  defer_function *df = st->df;
  collect_ctx in = ctx;
  if (bind)
    in.bind = bind;
  if (ctx.on_spine && ctx.level + 1 < df->spine.length ()
      && df->spine[ctx.level + 1] == inner)
    in.level++;
  else
    {
      in.on_spine = false;
      in.leaves_cleanup |= leaves;
    }
  collect_seq (st, inner, in);
}

/* Number the statement STMT of ST's function, at CTX, record what it is
   for the analysis -- blocks, labels, jumps, ways out, defer sites and
   __defer.result calls -- and collect the statements nested in it.  */

static void
collect_stmt (collect_state *st, gimple *stmt, const collect_ctx &ctx)
{
  st->pos++;
  if (is_gimple_omp (stmt))
    {
      reject_omp_defers (stmt);
      return;
    }

  switch (gimple_code (stmt))
    {
    case GIMPLE_BIND:
      {
	gbind *bind = as_a<gbind *> (stmt);
	unsigned start = st->pos;
	record_bind (st->df, bind, ctx.bind);
	collect_sub (st, gimple_bind_body_ptr (bind), ctx, false, bind);
	defer_bind_info *info = st->df->binds.get (bind);
	info->start = start;
	info->end = st->pos;
	info->falls_off = seq_falls_off_p (gimple_bind_body (bind));
      }
      break;
    case GIMPLE_TRY:
      collect_sub (st, gimple_try_eval_ptr (stmt), ctx,
		   gimple_try_kind (stmt) == GIMPLE_TRY_FINALLY
		   && try_finally_has_cleanup_p (stmt), NULL);
      collect_sub (st, gimple_try_cleanup_ptr (stmt), ctx, false, NULL);
      break;
    case GIMPLE_CATCH:
      collect_sub (st, gimple_catch_handler_ptr (as_a<gcatch *> (stmt)), ctx,
		   false, NULL);
      break;
    case GIMPLE_EH_FILTER:
      collect_sub (st, gimple_eh_filter_failure_ptr (stmt), ctx, false, NULL);
      break;
    case GIMPLE_EH_ELSE:
      {
	geh_else *eh_else = as_a<geh_else *> (stmt);
	collect_sub (st, gimple_eh_else_n_body_ptr (eh_else), ctx, false,
		     NULL);
	collect_sub (st, gimple_eh_else_e_body_ptr (eh_else), ctx, false,
		     NULL);
      }
      break;
    case GIMPLE_TRANSACTION:
      collect_sub (st, gimple_transaction_body_ptr (as_a<gtransaction *>
						     (stmt)),
		   ctx, false, NULL);
      break;
    case GIMPLE_LABEL:
      {
	tree label = gimple_label_label (as_a<glabel *> (stmt));
	st->labels.put (label, st->pos);
	/* A nested function's goto may come back here from any later
	   call.  */
	if (DECL_NONLOCAL (label))
	  record_reentry (st);
      }
      break;
    case GIMPLE_GOTO:
      if (TREE_CODE (gimple_goto_dest (stmt)) == LABEL_DECL)
	record_jump (st, gimple_goto_dest (stmt));
      else
	st->computed_gotos.safe_push (st->pos);
      break;
    case GIMPLE_COND:
      record_jump (st, gimple_cond_true_label (as_a<gcond *> (stmt)));
      record_jump (st, gimple_cond_false_label (as_a<gcond *> (stmt)));
      break;
    case GIMPLE_SWITCH:
      {
	gswitch *sw = as_a<gswitch *> (stmt);
	for (unsigned i = 0; i < gimple_switch_num_labels (sw); i++)
	  record_jump (st, CASE_LABEL (gimple_switch_label (sw, i)));
      }
      break;
    case GIMPLE_ASM:
      {
	gasm *asm_stmt = as_a<gasm *> (stmt);
	for (unsigned i = 0; i < gimple_asm_nlabels (asm_stmt); i++)
	  record_jump (st, TREE_VALUE (gimple_asm_label_op (asm_stmt, i)));
      }
      break;
    case GIMPLE_RETURN:
      st->df->n_returns++;
      record_exit (st, stmt, ctx);
      break;
    case GIMPLE_CALL:
      /* setjmp and its kind: a longjmp from any later call comes back
	 right after this one.  */
      if (gimple_call_flags (stmt) & ECF_RETURNS_TWICE)
	record_reentry (st);
      if (defer_stmt_call_p (stmt))
	record_site (st, as_a<gcall *> (stmt), ctx);
      else if (defer_result_call_p (stmt))
	st->df->result_calls.safe_push (as_a<gcall *> (stmt));
      else if (other_exit_p (stmt))
	record_exit (st, stmt, ctx);
      break;
    default:
      break;
    }
}

/* Collect the statements of *SEQ, at CTX.  */

static void
collect_seq (collect_state *st, gimple_seq *seq, const collect_ctx &ctx)
{
  for (gimple_stmt_iterator gsi = gsi_start (*seq); !gsi_end_p (gsi);
       gsi_next (&gsi))
    collect_stmt (st, gsi_stmt (gsi), ctx);
}

/* Find the loops of ST's function and mark the sites in them: a site
   lies in a loop when some jump at or after it goes back to a label at
   or before it.  A computed goto may reach any label whose address was
   taken; a longjmp or a nonlocal goto, the statement after a setjmp or a
   nonlocal label.  Linear in the statements and jumps: each backward jump adds
   one to the depth of the statements it spans, recorded at its two ends,
   and a running sum over the statement numbers gives each site's depth.  */

static void
find_loop_sites (collect_state *st)
{
  defer_function *df = st->df;
  /* DEPTH[P] - DEPTH[P - 1]: the loops that start at statement P, minus
     those that ended at statement P - 1.  */
  auto_vec<int> depth;
  depth.safe_grow_cleared (st->pos + 2);
  auto span = [&] (unsigned first, unsigned last) {
    depth[first]++;
    depth[last + 1]--;
  };

  for (const defer_jump &j : st->jumps)
    {
      unsigned *label_pos = st->labels.get (j.to);
      if (label_pos && *label_pos <= j.from)
	span (*label_pos, j.from);
    }

  /* The pairs of an address-taken label and a later computed goto span,
     together, from the first such label to the last computed goto.  */
  if (!st->computed_gotos.is_empty ())
    {
      unsigned last_goto = 0;
      for (unsigned from : st->computed_gotos)
	last_goto = MAX (last_goto, from);
      unsigned first_label = UINT_MAX;
      for (auto it = st->labels.begin (); it != st->labels.end (); ++it)
	if (FORCED_LABEL ((*it).first))
	  first_label = MIN (first_label, (*it).second);
      if (first_label <= last_goto)
	span (first_label, last_goto);
    }

  /* Every later statement may come back to the first reentry point: a
     longjmp to a setjmp, a nested function's goto to a nonlocal label.
     Each such transfer is backward, and executes the defers after it
     again (Go's rule: n executions, n deferred calls).  */
  df->reentry = st->first_reentry != 0;
  if (st->first_reentry)
    span (st->first_reentry, st->pos);

  int running = 0;
  unsigned next_site = 0;
  for (unsigned pos = 0; pos <= st->pos && next_site < df->sites.length ();
       pos++)
    {
      running += depth[pos];
      while (next_site < df->sites.length ()
	     && df->sites[next_site]->pos == pos)
	df->sites[next_site++]->in_loop = running > 0;
    }
}

/* Find DF's spine: the outer bind's body, then, as long as the last
   statement of the sequence is a block or a try/finally (the scope
   cleanups the gimplifier makes for `__attribute__((cleanup))',
   variable-length arrays and the end of addressable variables' lives),
   its body.  Those blocks end with the function: a variable declared on
   the spine lives until the function returns.  Each spine sequence's
   innermost block goes to DF->spine_binds, and the deepest level whose
   way in from the outer bind crosses no cleanup (a jump there runs no
   cleanup when it leaves) to DF->landing_level.  */

static void
find_spine (defer_function *df)
{
  gimple_seq *seq = gimple_bind_body_ptr (df->outer_bind);
  gbind *bind = df->outer_bind;
  bool cleanup = false;
  df->landing_level = 0;
  for (;;)
    {
      if (!cleanup)
	df->landing_level = df->spine.length ();
      df->spine.safe_push (seq);
      df->spine_binds.safe_push (bind);
      gimple *last = gimple_seq_last_stmt (*seq);
      if (last && gimple_code (last) == GIMPLE_BIND)
	{
	  bind = as_a<gbind *> (last);
	  seq = gimple_bind_body_ptr (bind);
	}
      else if (last && gimple_code (last) == GIMPLE_TRY
	       && gimple_try_kind (last) == GIMPLE_TRY_FINALLY)
	{
	  cleanup |= try_finally_has_cleanup_p (last);
	  seq = gimple_try_eval_ptr (last);
	}
      else
	break;
    }
}

/* Collect DF's defer sites in textual order, its __defer.result calls,
   its blocks and its ways out, and find which sites are in loops.  */

void
defer_collect_sites (defer_function *df)
{
  collect_state st;
  st.df = df;
  st.pos = 0;
  st.first_reentry = 0;

  find_spine (df);
  st.pos++;
  record_bind (df, df->outer_bind, NULL);
  collect_ctx ctx = { df->outer_bind, 0, true, false };
  collect_seq (&st, gimple_bind_body_ptr (df->outer_bind), ctx);
  defer_bind_info *outer = df->binds.get (df->outer_bind);
  outer->start = 1;
  outer->end = st.pos;

  find_loop_sites (&st);
  for (const defer_jump &j : st.jumps)
    {
      unsigned *to = st.labels.get (j.to);
      df->jumps.safe_push (std::make_pair (j.from, to ? *to : 0u));
    }
  for (unsigned from : st.computed_gotos)
    df->jumps.safe_push (std::make_pair (from, 0u));
}

/* Add the way out E to DF's exits.  */

void
defer_add_exit (defer_function *df, const defer_exit &e)
{
  df->exit_index.put (e.stmt, df->exits.length ());
  df->exits.safe_push (e);
}

/* Whether the way out E of DF runs the deferred calls right where it is
   (rather than at its spine level's shared exit): every way out that is
   not a return, and, as Go does, the returns of an open-coded function,
   unless such a return leaves a block whose cleanup must run first.  A
   function without defers has nothing to run.  */

bool
defer_exit_in_place_p (const defer_function *df, const defer_exit &e)
{
  return (!e.is_return || df->sites.is_empty ()
	  || (df->open_coded && !e.leaves_cleanup));
}

/* The innermost block around the place where the way out E of DF runs
   the deferred calls.  */

gbind *
defer_exit_bind (const defer_function *df, const defer_exit &e)
{
  return defer_exit_in_place_p (df, e) ? e.bind : df->spine_binds[e.level];
}

/* Whether the block INNER of DF is OUTER or nested in it.  */

bool
defer_bind_within_p (const defer_function *df, gbind *inner, gbind *outer)
{
  hash_map<gbind *, defer_bind_info> &binds
    = const_cast<defer_function *> (df)->binds;
  for (gbind *b = inner; b;)
    {
      if (b == outer)
	return true;
      defer_bind_info *info = binds.get (b);
      b = info ? info->parent : NULL;
    }
  return false;
}

/* Go's name for STRATEGY, as -d=defer prints it.  */

const char *
defer_strategy_name (enum defer_strategy strategy)
{
  switch (strategy)
    {
    case DEFER_OPEN_CODED:
      return "open-coded";
    case DEFER_STACK_RECORD:
      return "stack-allocated";
    case DEFER_HEAP_RECORD:
      return "heap-allocated";
    }
  gcc_unreachable ();
}

/* Whether Go 1.14 would open-code DF's defers: at most 8, none in a loop,
   and at most 15 deferred calls written out over all return statements.  */

static bool
open_codable_p (defer_function *df)
{
  unsigned n = df->sites.length ();
  if (n > MAX_OPEN_DEFERS || df->n_returns * n > MAX_OPEN_EXIT_CALLS)
    return false;
  for (defer_site *site : df->sites)
    if (site->in_loop)
      return false;
  return true;
}

/* Choose the strategy of every site of DF: open-coded when the function
   allows it and the options do not force records; otherwise records,
   heap-allocated in loops (or everywhere under strategy=heap) and
   stack-allocated elsewhere.  Open-coded and record defers never mix in
   one function.  */

void
defer_choose_strategies (defer_function *df)
{
  df->open_coded = (defer_opts.strategy == DEFER_STRATEGY_OPTION_AUTO
		    && open_codable_p (df));
  for (defer_site *site : df->sites)
    {
      if (df->open_coded)
	site->strategy = DEFER_OPEN_CODED;
      else if (site->in_loop
	       || defer_opts.strategy == DEFER_STRATEGY_OPTION_HEAP)
	site->strategy = DEFER_HEAP_RECORD;
      else
	site->strategy = DEFER_STACK_RECORD;
    }

  if (dump_file)
    {
      fprintf (dump_file, "function %s: %u defers, %u returns\n",
	       function_name (df->fun), df->sites.length (), df->n_returns);
      for (defer_site *site : df->sites)
	fprintf (dump_file, "defer %u at line %d: %s%s\n", site->index,
		 LOCATION_LINE (site->loc),
		 defer_strategy_name (site->strategy),
		 site->in_loop ? " (in a loop)" : "");
    }
}
