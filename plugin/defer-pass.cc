/* defer-pass.cc: the "defer" GIMPLE pass.

   Theory of operation.  The pass runs before "lower", where every exit of
   a function is still a GIMPLE_RETURN (goto, break and switch out of
   nested blocks end at one, falling off the end gets one here), and each
   return still sits inside every scope that encloses it.  As Go does, the
   pass writes the exit code -- test the defer bits newest first and call
   (open-coded), or pop and call this frame's records (records) -- right
   before each return.  There all the function's variables are alive:
   the end-of-scope clobbers, `__attribute__((cleanup))' calls and the
   stack restores of variable-length arrays that GCC's own try/finally
   blocks run on the way out all come after the deferred calls, so a
   deferred call sees its arguments' pointees as they are at the return.

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

   The result is set before the deferred calls run: each `return R' stores
   R into the pending result (defer_result, whose address __defer.result
   gives) and returns a value loaded from it after the calls, so a
   deferred call can change what the function returns, as a Go deferred
   closure can change a named result.  A function with defers starts with
   a zero result.  Go bounds the copies of the exit code with its rule
   for open-coding (returns x defers <= 15); GCC's tail merging may share
   them further.

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
  if (aggregate_value_p (resdecl, fndecl))
    df->return_value = resdecl;
  else
    df->return_value = defer_create_var (TREE_TYPE (resdecl), "defer_ret");
}

/* The exit code of DF, fresh for one exit: run the deferred calls.  */

static gimple_seq
emit_exit_code (defer_function *df)
{
  if (df->sites.is_empty ())
    return NULL;
  return (df->open_coded ? emit_open_coded_exit_checks (df)
	  : emit_deferreturn_loop (df));
}

/* Rewrite the return statement at GSI into DF's exit:

     return R;   =>   defer_result = R;
                      <exit code>
                      defer_ret = defer_result;
                      return defer_ret;  */

static void
lower_return (defer_function *df, gimple_stmt_iterator *gsi)
{
  greturn *ret = as_a<greturn *> (gsi_stmt (*gsi));
  location_t loc = gimple_location (ret);
  tree value = gimple_return_retval (ret);
  gimple_seq seq = NULL;

  if (df->result && value)
    defer_seq_add (&seq, gimple_build_assign (df->result, value), loc);
  gimple_seq_add_seq (&seq, emit_exit_code (df));
  if (df->result)
    {
      defer_seq_add (&seq, gimple_build_assign (df->return_value,
						df->result), loc);
      gimple_return_set_retval (ret, df->return_value);
    }
  gsi_insert_seq_before (gsi, seq, GSI_SAME_STMT);
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

/* The state of the lowering walks: the function, its sites by
   statement, and whether this walk lowers the returns (the second) or
   the sites and __defer.result calls (the first).  */

struct lower_state
{
  defer_function *df;
  hash_map<gimple *, defer_site *> sites;
  bool returns;
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
  gsi_replace_with_seq (gsi, seq, false);
}

/* walk_gimple_seq_mod callback: lower the statement at GSI if it is a
   defer site or a __defer.result call (first walk) or a return (second
   walk).  */

static tree
lower_stmt (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *wi)
{
  lower_state *st = static_cast<lower_state *> (wi->info);
  gimple *stmt = gsi_stmt (*gsi);

  if (st->returns)
    {
      if (gimple_code (stmt) == GIMPLE_RETURN)
	lower_return (st->df, gsi);
    }
  else if (defer_site **site = st->sites.get (stmt))
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
  st.returns = false;
  for (defer_site *site : df->sites)
    st.sites.put (site->stmt, site);

  for (int pass = 0; pass < 2; pass++)
    {
      struct walk_stmt_info wi;
      memset (&wi, 0, sizeof (wi));
      wi.info = &st;
      walk_gimple_seq_mod (gimple_bind_body_ptr (df->outer_bind), lower_stmt,
			   NULL, &wi);
      st.returns = true;
    }
}

/* Make falling off the end of DF's function an explicit return, so
   that it is an exit like the others: append `return [defer_ret]' at the
   innermost end of the body, inside the blocks and scope cleanups
   (try/finally) that end with the function.  In a function that returns
   a value, falling off its end returns the pending result.  */

static void
add_final_return (defer_function *df)
{
  gimple_seq *seq = gimple_bind_body_ptr (df->outer_bind);
  for (;;)
    {
      gimple *last = gimple_seq_last_stmt (*seq);
      if (last && gimple_code (last) == GIMPLE_BIND)
	seq = gimple_bind_body_ptr (as_a<gbind *> (last));
      else if (last && gimple_code (last) == GIMPLE_TRY
	       && gimple_try_kind (last) == GIMPLE_TRY_FINALLY)
	seq = gimple_try_eval_ptr (last);
      else
	break;
    }
  tree value = df->result ? df->result : NULL_TREE;
  defer_seq_add (seq, gimple_build_return (value), df->loc);
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
  df.n_returns = 0;
  df.open_coded = false;
  df.deferbits = NULL_TREE;
  df.frame = NULL_TREE;

  defer_collect_sites (&df);
  if (df.sites.is_empty () && df.result_calls.is_empty ())
    return 0;
  defer_choose_strategies (&df);
  report_strategies (&df);
  if (defer_check_strategies (&df))
    return 0;
  defer_warn_dangling_arguments (&df);

  create_pending_result (&df);
  gimple_seq entry = NULL;
  if (!df.sites.is_empty ())
    entry = (df.open_coded ? emit_open_coded_entry (&df)
	     : emit_records_entry (&df));
  add_final_return (&df);
  lower_body (&df);
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
