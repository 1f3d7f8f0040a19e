/* defer-pass.cc: the "defer" GIMPLE pass.

   Theory of operation.  The pass runs before "lower", where every exit of
   a function is still a GIMPLE_RETURN (goto, break and switch out of
   nested blocks end at one, falling off the end gets one here), and each
   return still sits inside every scope that encloses it.  The exit code
   -- test the defer bits newest first and call (open-coded), or pop and
   call this frame's records (records) -- goes where the deferred calls
   see what Go's see: the function's own variables alive.

   The blocks that end with the function, its outermost block and those
   closing at its closing brace, form the spine (defer-analyze.cc's
   find_spine); a variable declared on the spine, with its
   `__attribute__((cleanup))' and its variable-length array, lives until
   the function returns.  Every return
   runs the deferred calls after the cleanups of the blocks it leaves and
   before those of the spine:

   - A function with records has one exit per spine level that some
     return needs, at the end of that level's sequence; each return
     stores its result and jumps there, and GCC's lowering of try/finally
     runs the cleanups of the blocks it leaves on the way.  Code size is
     O(defers + returns).
   - An open-coded function writes the exit right before each return, as
     Go does (Go bounds the copies: returns x defers <= 15), unless the
     return leaves a block whose cleanup must run first: that return
     jumps to its level's shared exit too.

   Before:                        After (open-coded):

     int f (int x)                  int f (int x)
     {                              {
       __defer.stmt (0, g, x);        deferbits = 0;
       if (x) return 1;               defer_result = 0;
       return 2;                      defer_arg = x;
     }                                deferbits = deferbits | 1;
                                      if (x)
                                        {
                                          defer_result = 1;
                                          if (deferbits & 1)
                                            { deferbits &= ~1; g (defer_arg); }
                                          defer_ret = defer_result;
                                          return defer_ret;
                                        }
                                      defer_result = 2;
                                      if (deferbits & 1) ...
                                      defer_ret = defer_result;
                                      return defer_ret;
                                    }

                                  After (records):

                                    int f (int x)
                                    {
                                      <frame entry>
                                      defer_result = 0;
                                      <push a record of g (x)>
                                      if (x)
                                        {
                                          defer_result = 1;
                                          goto defer_exit.0;
                                        }
                                      defer_result = 2;
                                      goto defer_exit.0;
                                    defer_exit.0:
                                      <pop and call this frame's records>
                                      defer_ret = defer_result;
                                      return defer_ret;
                                    }

   The result is set before the deferred calls run: each `return R' stores
   R into the pending result (defer_result, whose address __defer.result
   gives) and returns a value loaded from it after the calls, so a
   deferred call can change what the function returns, as a Go deferred
   closure can change a named result.  A function with defers starts with
   a zero result.

   Locations: a deferred call keeps its defer statement's line, so that a
   backtrace shows which defer runs; the exit code around it has the
   return's line where it is written at the return, and the function's
   closing brace where it is shared, as gimple-low.cc places the return
   it merges.

   The pass runs on every function whose body the front end saw use
   __defer or __defer_result.  */

#include "defer-plugin.h"

/* Set up DF's pending result, if the function returns a value: the
   variable deferred calls can reach, and what the function returns after
   the deferred calls ran.  */

static void
create_pending_result (defer_function *df)
{
  tree fndecl = df->fun->decl;
  tree resdecl = DECL_RESULT (fndecl);
  df->result = df->return_value = NULL_TREE;
  if (!resdecl || VOID_TYPE_P (TREE_TYPE (resdecl)))
    return;

  df->result = defer_create_var (TREE_TYPE (resdecl), "defer_result");
  /* Mark it now, before any statement mentions it: the operand scanner
     must see every use of it as memory.  */
  if (!df->result_calls.is_empty ())
    TREE_ADDRESSABLE (df->result) = 1;
  else if (defer_opts.unwind && !df->open_coded && !df->sites.is_empty ())
    {
      /* The landing pad of records returns it when a panic is recovered:
	 in memory, each path into the landing pad does not bring its own
	 value (GCC would give every call of the body a landing pad of its
	 own to set it).  A volatile stays in memory.  */
      TREE_TYPE (df->result) = build_qualified_type (TREE_TYPE (df->result),
						     TYPE_QUAL_VOLATILE);
      TREE_THIS_VOLATILE (df->result) = 1;
      TREE_SIDE_EFFECTS (df->result) = 1;
    }
  if (aggregate_value_p (resdecl, fndecl))
    df->return_value = resdecl;
  else
    df->return_value = defer_create_var (TREE_TYPE (resdecl), "defer_ret");
}

/* Rewrite the return statement at GSI of DF, an open-coded function
   (or one without defers), into its own exit, right where it is (Go's
   open-coded exits), all at the return's line but the deferred calls:

     return R;   =>   defer_result = R;
                      <bit tests and calls>
                      defer_ret = defer_result;
                      return defer_ret;  */

static void
lower_return_in_place (defer_function *df, gimple_stmt_iterator *gsi)
{
  greturn *ret = as_a<greturn *> (gsi_stmt (*gsi));
  location_t loc = gimple_location (ret);
  tree value = gimple_return_retval (ret);
  gimple_seq seq = NULL;

  if (df->result && value && value != df->result)
    defer_seq_add (&seq, gimple_build_assign (df->result, value), loc);
  if (!df->sites.is_empty ())
    gimple_seq_add_seq (&seq, emit_open_coded_exit_checks (df, loc, false));
  if (df->result)
    {
      defer_seq_add (&seq, gimple_build_assign (df->return_value,
						df->result), loc);
      gimple_return_set_retval (ret, df->return_value);
    }
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
}

/* The shared exit of DF's returns at spine level LEVEL (see
   defer_exit_in_place_p): its label, made on first use.  */

static tree
shared_exit_label (defer_function *df, unsigned level)
{
  while (df->exit_labels.length () <= level)
    df->exit_labels.safe_push (NULL_TREE);
  if (!df->exit_labels[level])
    df->exit_labels[level] = create_artificial_label (df->end_loc);
  return df->exit_labels[level];
}

/* Rewrite the return statement at GSI of DF into a jump to the exit
   that its spine level LEVEL shares, at the return's line:

     return R;   =>   defer_result = R;
                      goto defer_exit.LEVEL;  */

static void
lower_return_to_shared_exit (defer_function *df, gimple_stmt_iterator *gsi,
			     unsigned level)
{
  greturn *ret = as_a<greturn *> (gsi_stmt (*gsi));
  location_t loc = gimple_location (ret);
  tree value = gimple_return_retval (ret);
  gimple_seq seq = NULL;

  if (df->result && value && value != df->result)
    defer_seq_add (&seq, gimple_build_assign (df->result, value), loc);
  defer_seq_add (&seq, gimple_build_goto (shared_exit_label (df, level)),
		 loc);
  gsi_replace_with_seq (gsi, seq, false);
}

/* Run DF's pending deferred calls right before the way out at GSI that
   is not a return (defer-analyze.cc's other_exit_p), with the exit code a
   return runs.  The pending result is not what such an exit returns:
   deferred calls cannot change it.  */

static void
lower_other_exit (defer_function *df, gimple_stmt_iterator *gsi)
{
  location_t loc = gimple_location (gsi_stmt (*gsi));
  if (dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "other exit at line %d: exit in place\n",
	     LOCATION_LINE (loc));
  gsi_insert_seq_before (gsi, emit_exit_code (df, loc), GSI_SAME_STMT);
}

/* Lower the way out E of DF, whose statement is at GSI: in place or by a
   jump to its level's shared exit (defer_exit_in_place_p).  */

static void
lower_exit (defer_function *df, const defer_exit &e,
	    gimple_stmt_iterator *gsi)
{
  int line = LOCATION_LINE (gimple_location (e.stmt));
  if (!e.is_return)
    {
      if (!df->sites.is_empty ())
	lower_other_exit (df, gsi);
    }
  else if (defer_exit_in_place_p (df, e))
    {
      if (dump_file && (dump_flags & TDF_DETAILS))
	fprintf (dump_file, "return at line %d: exit in place\n", line);
      lower_return_in_place (df, gsi);
    }
  else
    {
      if (dump_file && (dump_flags & TDF_DETAILS))
	fprintf (dump_file, "return at line %d: shared exit %u\n", line,
		 e.level);
      lower_return_to_shared_exit (df, gsi, e.level);
    }
}

/* walk_gimple_seq_mod callback: lower the way out at GSI, if it is one
   of DF's (WI->info).  Either rewrite leaves GSI at the last statement
   it wrote.  */

static tree
lower_exit_stmt (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *wi)
{
  defer_function *df = static_cast<defer_function *> (wi->info);
  if (unsigned *i = df->exit_index.get (gsi_stmt (*gsi)))
    lower_exit (df, df->exits[*i], gsi);
  return NULL_TREE;
}

/* The exit code of DF, fresh for one exit at LOC: run the deferred
   calls still pending.  Its returns and its landing pad
   (defer-unwind.cc, IN_LANDING_PAD) run the same sequence.  */

gimple_seq
emit_exit_code (defer_function *df, location_t loc, bool in_landing_pad)
{
  return (df->open_coded
	  ? emit_open_coded_exit_checks (df, loc, in_landing_pad)
	  : emit_deferreturn_loop (df, loc, NULL_TREE));
}
/* Return DF's return of its pending result, after the deferred calls
   ran, at LOC:

     defer_ret = defer_result;
     return defer_ret;  */

gimple_seq
emit_function_return (defer_function *df, location_t loc)
{
  gimple_seq seq = NULL;
  greturn *ret = gimple_build_return (NULL_TREE);
  if (df->result)
    {
      defer_seq_add (&seq, gimple_build_assign (df->return_value,
						df->result), loc);
      gimple_return_set_retval (ret, df->return_value);
    }
  defer_seq_add (&seq, ret, loc);
  return seq;
}

/* Append to the end of each spine sequence of DF that some return jumps
   to its shared exit, at the function's closing brace:

     defer_exit.LEVEL:
       <the exit code>
       defer_ret = defer_result;
       return defer_ret;

   One copy per level, whatever the number of returns: the code of a
   function with records grows with its defers plus its returns.  The
   scope cleanups of the blocks a return leaves on its way here run
   first (GCC's lowering of try/finally), and every variable of the spine
   sequence is still alive when the deferred calls run.  */

static void
emit_shared_exits (defer_function *df)
{
  location_t loc = df->end_loc;
  for (unsigned level = 0; level < df->exit_labels.length (); level++)
    {
      tree label = df->exit_labels[level];
      if (!label)
	continue;
      gimple_seq seq = NULL;
      emit_label (&seq, label, loc);
      /* The landing pad of a function with records runs this level's
	 loop too (defer-unwind.cc).  */
      if (df->landed_label && level == df->landing_level)
	gimple_seq_add_seq (&seq, emit_deferreturn_loop (df, loc,
							 df->landed_label));
      else
	gimple_seq_add_seq (&seq, emit_exit_code (df, loc));
      gimple_seq_add_seq (&seq, emit_function_return (df, loc));
      gimple_seq_add_seq (df->spine[level], seq);
      if (dump_file && (dump_flags & TDF_DETAILS))
	fprintf (dump_file, "shared exit at spine level %u\n", level);
    }
}

/* Lower every way out of DF (defer-analyze.cc found them), then write
   the exits they share.  */

static void
lower_returns (defer_function *df)
{
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  wi.info = df;
  walk_gimple_seq_mod (gimple_bind_body_ptr (df->outer_bind), lower_exit_stmt,
		       NULL, &wi);
  emit_shared_exits (df);
}
/* Replace the __defer.result call at GSI by the address of DF's pending
   result.  */

static void
lower_result_call (defer_function *df, gimple_stmt_iterator *gsi)
{
  gcall *call = as_a<gcall *> (gsi_stmt (*gsi));
  tree lhs = gimple_call_lhs (call);
  /* The front end rejects __defer_result in a void function.  */
  gcc_assert (df->result);
  gimple *repl;
  if (lhs)
    repl = gimple_build_assign (lhs, build_fold_addr_expr (df->result));
  else
    repl = gimple_build_nop ();
  gimple_set_location (repl, gimple_location (call));
  gsi_replace (gsi, repl, false);
}

/* The state of the walk that lowers the sites: the function and its
   sites by statement.  */

struct lower_state
{
  defer_function *df;
  hash_map<gimple *, defer_site *> sites;
};

/* Lower the defer site SITE of DF, whose statement is at GSI, by its
   strategy.  */

static void
lower_site (defer_function *df, defer_site *site, gimple_stmt_iterator *gsi)
{
  gimple_seq seq = NULL;
  switch (site->strategy)
    {
    case DEFER_OPEN_CODED:
      seq = lower_open_coded_site (df, site);
      break;
    case DEFER_STACK_RECORD:
    case DEFER_HEAP_RECORD:
      seq = lower_record_site (df, site);
      break;
    }
  defer_debug_describe_site (df, site);
  gsi_replace_with_seq (gsi, seq, false);
}

/* walk_gimple_seq_mod callback: lower the statement at GSI if it is a
   defer site or a __defer.result call.  */

static tree
lower_stmt (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *wi)
{
  lower_state *st = static_cast<lower_state *> (wi->info);
  gimple *stmt = gsi_stmt (*gsi);

  if (defer_site **site = st->sites.get (stmt))
    lower_site (st->df, *site, gsi);
  else if (defer_result_call_p (stmt))
    lower_result_call (st->df, gsi);
  return NULL_TREE;
}

/* Lower every defer site and __defer.result call in the body of DF's
   outer bind, then every return: the exit code needs every site's slots
   or record type, whatever the order of returns and defers in the
   text.  */

static void
lower_body (defer_function *df)
{
  lower_state st;
  st.df = df;
  for (defer_site *site : df->sites)
    st.sites.put (site->stmt, site);

  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  wi.info = &st;
  walk_gimple_seq_mod (gimple_bind_body_ptr (df->outer_bind), lower_stmt,
		       NULL, &wi);
  lower_returns (df);
}

/* Make falling off the end of DF's function an explicit return, so
   that it is an exit like the others, unless the body ends with a
   return: append `return [defer_result]' at
   the end of the deepest spine sequence, inside the blocks and scope
   cleanups that end with the function, at its closing brace.  In a
   function that returns a value, falling off its end returns the pending
   result.  */

static void
add_final_return (defer_function *df)
{
  gimple *last = gimple_seq_last_stmt (*df->spine.last ());
  /* A body that ends with a return cannot fall off its end.  */
  if (last && gimple_code (last) == GIMPLE_RETURN)
    return;
  tree value = df->result ? df->result : NULL_TREE;
  greturn *ret = gimple_build_return (value);
  defer_seq_add (df->spine.last (), ret, df->end_loc);
  defer_exit e;
  e.stmt = ret;
  e.pos = UINT_MAX;
  e.bind = df->spine_binds.last ();
  e.level = df->spine.length () - 1;
  e.leaves_cleanup = false;
  e.is_return = true;
  defer_add_exit (df, e);
}

/* Start DF's body with ENTRY, and the pending result with zero.  */

static void
add_entry_code (defer_function *df, gimple_seq entry)
{
  if (df->result)
    defer_seq_add (&entry,
		   gimple_build_assign (df->result,
					build_zero_cst (TREE_TYPE (df->result))),
		   df->loc);
  gimple_seq body = gimple_bind_body (df->outer_bind);
  gimple_seq_add_seq (&entry, body);
  gimple_bind_set_body (df->outer_bind, entry);
}

/* Report the strategy chosen for each site of DF, if asked to.  */

static void
report_strategies (defer_function *df)
{
  if (!defer_opts.report)
    return;
  for (defer_site *site : df->sites)
    inform (site->loc, "%s defer", defer_strategy_name (site->strategy));
}

/* walk_gimple_seq_mod callback: replace the call at GSI, if it is the
   defer of a nested function (defer-builtins.cc), by the __defer.stmt
   call a defer of any other function is, and note the call's static
   chain for it in the defer_function WI->info.  tree-nested.cc made the
   call direct, with the chain, instead of building a trampoline for the
   function's address:

     [defer_chain = CHAIN;]     (where CHAIN is not invariant)
     __defer.stmt ((FNTYPE *) 0, &FN, ARGS...);  */

static tree
lower_nested_defer_call (gimple_stmt_iterator *gsi, bool *,
			 struct walk_stmt_info *wi)
{
  defer_function *df = static_cast<defer_function *> (wi->info);
  gcall *call = dyn_cast<gcall *> (gsi_stmt (*gsi));
  if (!call || !defer_nested_call_type_p (gimple_call_fntype (call)))
    return NULL_TREE;
  tree fndecl = gimple_call_fndecl (call);
  /* tree-nested.cc keeps a direct call direct.  */
  gcc_assert (fndecl && decl_function_context (fndecl));
  location_t loc = gimple_location (call);

  tree chain = gimple_call_chain (call);
  if (chain && !is_gimple_min_invariant (chain))
    {
      /* A load of the chain of an enclosing function's frame: the same
	 value wherever this function computes it, kept for the exits.  */
      tree var = defer_create_var (TREE_TYPE (chain), "defer_chain");
      gimple *copy = gimple_build_assign (var, chain);
      gimple_set_location (copy, loc);
      gsi_insert_before (gsi, copy, GSI_SAME_STMT);
      chain = var;
    }

  auto_vec<tree> ops;
  tree fnptr = build_fold_addr_expr (fndecl);
  ops.safe_push (build_int_cst (TREE_TYPE (fnptr), 0));
  ops.safe_push (fnptr);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    ops.safe_push (gimple_call_arg (call, i));
  gcall *stmt = gimple_build_call_vec (defer_stmt_decl, ops);
  gimple_set_location (stmt, loc);
  gsi_replace (gsi, stmt, false);
  if (chain)
    df->nested_chains.put (stmt, chain);
  return NULL_TREE;
}

/* Replace DF's defers of nested functions by __defer.stmt calls
   (lower_nested_defer_call).  */

static void
lower_nested_defer_calls (defer_function *df)
{
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  wi.info = df;
  walk_gimple_seq_mod (gimple_bind_body_ptr (df->outer_bind),
		       lower_nested_defer_call, NULL, &wi);
}

/* Lower the defers of FUN.  */

static unsigned int
defer_lower_function (function *fun)
{
  gimple_seq body = gimple_body (fun->decl);
  gimple *outer = gimple_seq_first_stmt (body);
  /* gimplify_body always leaves exactly one GIMPLE_BIND.  */
  gcc_assert (outer && gimple_code (outer) == GIMPLE_BIND
	      && gimple_seq_last_stmt (body) == outer);

  defer_function df;
  df.fun = fun;
  df.outer_bind = as_a<gbind *> (outer);
  df.loc = DECL_SOURCE_LOCATION (fun->decl);
  df.end_loc = fun->function_end_locus;
  if (df.end_loc == UNKNOWN_LOCATION)
    df.end_loc = df.loc;
  df.n_returns = 0;
  df.open_coded = false;
  df.deferbits = NULL_TREE;
  df.frame = NULL_TREE;
  df.pending = NULL_TREE;
  df.pushed = NULL_TREE;
  df.run_next = NULL_TREE;
  df.reentry = false;

  lower_nested_defer_calls (&df);
  defer_collect_sites (&df);
  if (df.sites.is_empty () && df.result_calls.is_empty ())
    return 0;
  defer_choose_strategies (&df);
  report_strategies (&df);
  if (defer_check_strategies (&df))
    return 0;
  create_pending_result (&df);
  add_final_return (&df);
  defer_warn_dangling_arguments (&df);

  /* The landing pad of a function with records jumps into the loop of
     the shared exit at the landing level, which ends at LANDED_LABEL
     when the runtime's marker comes out.  */
  df.landed_label = NULL_TREE;
  df.landing_loop_label = NULL_TREE;
  if (defer_opts.unwind && !df.open_coded && !df.sites.is_empty ())
    {
      df.landed_label = create_artificial_label (df.end_loc);
      shared_exit_label (&df, df.landing_level);
    }
  gimple_seq entry = NULL;
  if (!df.sites.is_empty ())
    entry = (df.open_coded ? emit_open_coded_entry (&df)
	     : emit_records_entry (&df));
  lower_body (&df);
  if (defer_opts.unwind && !df.sites.is_empty ())
    lower_unwind (&df);
  add_entry_code (&df, entry);
  return 0;
}

namespace {

const pass_data pass_data_defer =
{
  GIMPLE_PASS,		/* type */
  "defer",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_NONE,		/* tv_id */
  PROP_gimple_any,	/* properties_required: the gimplifier's output */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

class pass_defer : public gimple_opt_pass
{
public:
  pass_defer (gcc::context *ctxt)
    : gimple_opt_pass (pass_data_defer, ctxt)
  {}

  /* Only functions whose body uses the builtins: every other function,
     and every function of a unit without them, is left alone.  */
  virtual bool gate (function *fun) { return defer_function_p (fun->decl); }

  virtual unsigned int execute (function *fun)
  {
    return defer_lower_function (fun);
  }
};

} // anon namespace

opt_pass *
make_pass_defer (gcc::context *ctxt)
{
  return new pass_defer (ctxt);
}
