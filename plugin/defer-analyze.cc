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
  auto_vec<unsigned> site_pos;		/* of each site.  */
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

/* Record the automatic variables of BIND, a block inside DF's function,
   if their lifetime ends before the function returns: every block but
   the function's outermost, whose variables live until the end.  */

static void
record_block_scoped_vars (defer_function *df, gbind *bind)
{
  if (bind == df->outer_bind
      || gimple_bind_block (bind) == DECL_INITIAL (df->fun->decl))
    return;
  for (tree var = gimple_bind_vars (bind); var; var = DECL_CHAIN (var))
    if (VAR_P (var) && !TREE_STATIC (var) && !DECL_EXTERNAL (var))
      df->block_scoped_vars.add (var);
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

/* walk_gimple_seq callback: number the statement at GSI and record what
   it is for the analysis: blocks, labels, jumps, returns, defer sites
   and __defer.result calls.  */

static tree
collect_stmt (gimple_stmt_iterator *gsi, bool *handled_ops_p,
	      struct walk_stmt_info *wi)
{
  collect_state *st = static_cast<collect_state *> (wi->info);
  gimple *stmt = gsi_stmt (*gsi);
  st->pos++;

  if (is_gimple_omp (stmt))
    {
      reject_omp_defers (stmt);
      *handled_ops_p = true;
      return NULL_TREE;
    }

  switch (gimple_code (stmt))
    {
    case GIMPLE_BIND:
      record_block_scoped_vars (st->df, as_a<gbind *> (stmt));
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
      break;
    case GIMPLE_CALL:
      /* setjmp and its kind: a longjmp from any later call comes back
	 right after this one.  */
      if (gimple_call_flags (stmt) & ECF_RETURNS_TWICE)
	record_reentry (st);
      if (defer_stmt_call_p (stmt))
	{
	  defer_site *site = new defer_site ();
	  site->stmt = as_a<gcall *> (stmt);
	  site->loc = gimple_location (stmt);
	  site->index = st->df->sites.length ();
	  site->in_loop = false;
	  site->strategy = DEFER_OPEN_CODED;
	  site->fn_value = NULL_TREE;
	  site->record_type = NULL_TREE;
	  site->record = NULL_TREE;
	  st->df->sites.safe_push (site);
	  st->site_pos.safe_push (st->pos);
	}
      else if (defer_result_call_p (stmt))
	st->df->result_calls.safe_push (as_a<gcall *> (stmt));
      break;
    default:
      break;
    }
  return NULL_TREE;
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
  if (st->first_reentry)
    span (st->first_reentry, st->pos);

  int running = 0;
  unsigned next_site = 0;
  for (unsigned pos = 0; pos <= st->pos && next_site < df->sites.length ();
       pos++)
    {
      running += depth[pos];
      while (next_site < df->sites.length ()
	     && st->site_pos[next_site] == pos)
	df->sites[next_site++]->in_loop = running > 0;
    }
}

/* Collect DF's defer sites in textual order, its __defer.result calls
   and its return statements, and find which sites are in loops.  */

void
defer_collect_sites (defer_function *df)
{
  collect_state st;
  st.df = df;
  st.pos = 0;
  st.first_reentry = 0;

  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  wi.info = &st;
  gimple_seq body = gimple_body (df->fun->decl);
  walk_gimple_seq (body, collect_stmt, NULL, &wi);

  find_loop_sites (&st);
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
