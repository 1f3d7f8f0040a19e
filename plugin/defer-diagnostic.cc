/* defer-diagnostic.cc: misuse of the builtins that the front end's
   resolution of a call cannot see, and the dangling-argument warning.

   Every call of __defer or __defer_result that the front end resolved
   has become a call of an internal function (defer-builtins.cc), so any
   reference to the user's decls left in a function body or a static
   initializer uses the builtin as a value.  The front end rejects most
   such uses itself (`&__defer', a cast), with the wording used here; a
   plain conversion to a compatible pointer type (`void (*fp) () =
   __defer;') it lets through, and only this walk catches.  The same walk
   finds resolved calls in a function that was not being parsed when they
   were resolved (a nested function's parameter declarations).

   Also here: declarations that would replace the builtins (`defer (f);'
   outside a function), and what the strategies chosen for a function
   rule out, said in the plugin's words before GCC would say it about the
   plugin's own code (always_inline, -Winline, transactions).  */

#include "defer-plugin.h"

/* Locations already reported, so that a reference seen twice (a static
   initializer is both a declaration and part of a body) is reported once.  */
static hash_set<int_hash<location_t, UNKNOWN_LOCATION, UINT_MAX> > *reported;

/* The state of find_builtin_use's walk: the location of the innermost
   expression around the current node, and the function whose body is
   walked (NULL_TREE for a static initializer).  */

struct misuse_state
{
  location_t loc;
  tree fndecl;
};

/* Report the call T of __defer.stmt or __defer.result in the body of
   FNDECL if the front end resolved it while parsing another function:
   it was written in a parameter declaration of FNDECL, a nested
   function, and would belong to no frame.  */

static void
check_resolved_call (tree t, tree fndecl)
{
  tree callee = get_callee_fndecl (t);
  tree fn = CALL_EXPR_FN (t);
  /* A defer of a nested function is the marked call itself.  */
  bool nested = (fn && POINTER_TYPE_P (TREE_TYPE (fn))
		 && defer_nested_call_type_p (TREE_TYPE (TREE_TYPE (fn))));
  if (!nested && (!callee || (callee != defer_stmt_decl
			      && callee != defer_result_stmt_decl)))
    return;
  location_t loc = EXPR_LOCATION (t);
  if (defer_resolved_in_p (fndecl, loc))
    return;
  error_at (loc, "%qs in a parameter declaration of %qD",
	    nested || callee == defer_stmt_decl ? "defer" : "defer_result",
	    fndecl);
}

/* walk_tree callback: report a use of __defer or __defer_result as a
   value at *TP.  */

static tree
find_builtin_use (tree *tp, int *walk_subtrees, void *data)
{
  misuse_state *st = static_cast<misuse_state *> (data);
  tree t = *tp;

  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (EXPR_P (t) && EXPR_HAS_LOCATION (t))
    st->loc = EXPR_LOCATION (t);
  if (TREE_CODE (t) == CALL_EXPR && st->fndecl)
    check_resolved_call (t, st->fndecl);
  if (t != defer_user_decl && t != defer_result_user_decl)
    return NULL_TREE;

  location_t loc = linemap_resolve_location (line_table, st->loc,
					     LRK_MACRO_EXPANSION_POINT, NULL);
  if (!reported)
    reported = new hash_set<int_hash<location_t, UNKNOWN_LOCATION, UINT_MAX> >;
  if (loc != UNKNOWN_LOCATION && !reported->add (loc))
    error_at (loc, "built-in function %qD must be directly called", t);
  return NULL_TREE;
}

/* Whether the unit has mentioned the builtins at all: if not, there is
   nothing to look for.  */

static bool
builtins_used_p (void)
{
  return ((defer_user_decl && TREE_USED (defer_user_decl))
	  || (defer_result_user_decl && TREE_USED (defer_result_user_decl)));
}

/* Report every use of the builtins as values in TREE, whose location
   is LOC, part of the body of FNDECL (NULL_TREE for a static
   initializer).  */

static void
check_tree (tree t, location_t loc, tree fndecl)
{
  misuse_state st = { loc, fndecl };
  walk_tree_without_duplicates (&t, find_builtin_use, &st);
}

/* Report the builtins used as values in the body of FNDECL, just
   parsed, and the calls that belong to another function; then do the
   same for the functions nested in it, which the front end hands to
   PLUGIN_PRE_GENERICIZE only with their outermost parent.  */

void
defer_check_misuse_in_function (tree fndecl)
{
  if (!builtins_used_p ())
    return;
  if (DECL_SAVED_TREE (fndecl))
    check_tree (DECL_SAVED_TREE (fndecl), DECL_SOURCE_LOCATION (fndecl),
		fndecl);
  cgraph_node *node = cgraph_node::get (fndecl);
  for (cgraph_node *n = node ? defer_first_nested (node) : NULL; n;
       n = defer_next_nested (n))
    defer_check_misuse_in_function (n->decl);
}

/* Report the builtins used as values in the initializer of DECL, a
   variable with static storage.  */

void
defer_check_misuse_in_decl (tree decl)
{
  if (builtins_used_p () && VAR_P (decl) && TREE_STATIC (decl)
      && DECL_INITIAL (decl) && DECL_INITIAL (decl) != error_mark_node)
    check_tree (DECL_INITIAL (decl), DECL_SOURCE_LOCATION (decl), NULL_TREE);
}

/* Report DECL, just declared, if it redeclares one of the builtins.  The
   usual way to do that is by accident: `defer (f);' outside a function
   is a declaration in C, of a function __defer with an implicit int
   result and a parameter f; it would replace the builtin for the rest
   of the unit.  */

void
defer_check_builtin_redeclaration (tree decl)
{
  if (!defer_user_decl || decl == defer_user_decl
      || decl == defer_result_user_decl || !DECL_NAME (decl))
    return;
  const char *name;
  if (DECL_NAME (decl) == DECL_NAME (defer_user_decl))
    name = "defer";
  else if (DECL_NAME (decl) == DECL_NAME (defer_result_user_decl))
    name = "defer_result";
  else
    return;
  location_t loc = DECL_SOURCE_LOCATION (decl);
  if (linemap_location_from_macro_expansion_p (line_table, loc))
    error_at (linemap_resolve_location (line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL),
	      "%qs outside a function", name);
  else
    error_at (loc, "declaration of %qD, a builtin of the defer plugin",
	      decl);
}

/* The automatic variable ARG, a deferred argument, points at, if the
   defer statement itself shows it: `&x', `&x.f', `&a[i]', an array `a'
   (which decays to `&a[0]'), a compound literal `&(struct S) {...}',
   and a variable-length array, whose storage its pointer holds.  */

static tree
pointee_var (defer_function *df, tree arg)
{
  if (TREE_CODE (arg) == ADDR_EXPR)
    {
      tree base = get_base_address (TREE_OPERAND (arg, 0));
      if (base && (TREE_CODE (base) == MEM_REF
		   || TREE_CODE (base) == INDIRECT_REF))
	arg = TREE_OPERAND (base, 0);
      else
	return base && VAR_P (base) ? base : NULL_TREE;
    }
  if (VAR_P (arg))
    if (tree *vla = df->vla_of_pointer.get (arg))
      return *vla;
  return NULL_TREE;
}

/* Whether control may leave the block BIND of DF, at the statement
   numbers INFO, after the statement numbered FROM: by falling off the
   end of the block, or by a jump after FROM to a label outside it (or a
   label not known).  */

static bool
may_leave_p (defer_function *df, const defer_bind_info &info, unsigned from)
{
  if (info.falls_off)
    return true;
  for (const std::pair<unsigned, unsigned> &j : df->jumps)
    if (j.first >= from && j.first <= info.end
	&& (j.second < info.start || j.second > info.end))
      return true;
  return false;
}

/* Whether some way out of DF that may run the deferred call of SITE runs
   it outside the block BIND.  The exits that may run it: those after
   SITE, inside BIND, and those outside it if control may leave BIND
   after SITE; or, if SITE is in a loop, every one.  Where an exit runs
   the calls is known before the lowering (defer_exit_bind).  A panic's
   landing pad is not counted: it runs outside every block, but on the
   way of an unwinding nothing has ended the blocks' variables.  */

static bool
exit_outside_p (defer_function *df, defer_site *site, gbind *bind)
{
  const defer_bind_info *info = df->binds.get (bind);
  bool leaves = site->in_loop || may_leave_p (df, *info, site->pos);
  for (const defer_exit &e : df->exits)
    {
      if (!site->in_loop && e.pos <= site->pos)
	continue;
      bool inside = e.pos >= info->start && e.pos <= info->end;
      if (!inside && !leaves)
	continue;
      if (!defer_bind_within_p (df, defer_exit_bind (df, e), bind))
	return true;
    }
  return false;
}

/* Warn about the deferred arguments of DF that point at an automatic
   object of a block that some exit running the deferred call has left
   by then: the object is dead when the call runs.  Variables of the
   blocks that end with the function are alive at every exit (defer-
   pass.cc).  Only addresses written in the defer statement itself are
   seen, not pointers copied through other variables.  Run after the
   strategies are chosen, since they decide where exits run.  */

void
defer_warn_dangling_arguments (defer_function *df)
{
  if (!defer_opts.dangling)
    return;
  for (defer_site *site : df->sites)
    for (unsigned i = DEFER_ARG_FIRST; i < gimple_call_num_args (site->stmt);
	 i++)
      {
	tree var = pointee_var (df, gimple_call_arg (site->stmt, i));
	gbind **bind = var ? df->var_bind.get (var) : NULL;
	if (!bind || !exit_outside_p (df, site, *bind))
	  continue;
	auto_diagnostic_group d;
	bool named = DECL_NAME (var) && !DECL_ARTIFICIAL (var);
	if (named
	    ? warning_at (site->loc, 0, "deferred argument %u points at %qD, "
			  "whose lifetime ends before the deferred call runs",
			  i - DEFER_ARG_FIRST + 1, var)
	    : warning_at (site->loc, 0, "deferred argument %u points at a "
			  "compound literal, whose lifetime ends before the "
			  "deferred call runs", i - DEFER_ARG_FIRST + 1))
	  inform (DECL_SOURCE_LOCATION (var), named ? "%qD is declared here"
		  : "the compound literal is here", var);
      }
}

/* walk_gimple_seq_mod callback: replace the builtin call at GSI by what
   leaves no trace (nothing, or a null pending-result pointer).  */

static tree
remove_builtin_call (gimple_stmt_iterator *gsi, bool *,
		     struct walk_stmt_info *)
{
  gimple *stmt = gsi_stmt (*gsi);
  if (defer_stmt_call_p (stmt))
    gsi_replace (gsi, gimple_build_nop (), false);
  else if (defer_result_call_p (stmt))
    {
      tree lhs = gimple_call_lhs (stmt);
      gimple *repl = (lhs ? gimple_build_assign (lhs,
						 build_zero_cst (TREE_TYPE (lhs)))
		      : gimple_build_nop ());
      gimple_set_location (repl, gimple_location (stmt));
      gsi_replace (gsi, repl, false);
    }
  return NULL_TREE;
}

/* DF's function will not be lowered after an error: take the builtin
   calls out of its body, so that no later pass reports anything of the
   plugin's own (the runtime's function names, under -fgnu-tm).  */

static void
remove_builtin_calls (defer_function *df)
{
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof (wi));
  walk_gimple_seq_mod (gimple_bind_body_ptr (df->outer_bind),
		       remove_builtin_call, NULL, &wi);
}

/* The state of find_transaction_records' walk: the function and its
   sites by statement.  */

struct transaction_state
{
  defer_function *df;
  hash_map<gimple *, defer_site *> sites;
  bool failed;
};

/* walk_gimple_seq callback, inside an atomic transaction: report the
   record defer at GSI.  */

static tree
report_transaction_record (gimple_stmt_iterator *gsi, bool *,
			   struct walk_stmt_info *wi)
{
  transaction_state *st = static_cast<transaction_state *> (wi->info);
  defer_site **site = st->sites.get (gsi_stmt (*gsi));
  if (site && (*site)->strategy != DEFER_OPEN_CODED)
    {
      error_at ((*site)->loc, "%s defer in an atomic transaction: the "
		"defer runtime is not transaction-safe",
		defer_strategy_name ((*site)->strategy));
      st->failed = true;
    }
  return NULL_TREE;
}

/* walk_gimple_seq callback: walk the body of an atomic transaction at
   GSI with report_transaction_record.  */

static tree
find_transaction_records (gimple_stmt_iterator *gsi, bool *handled_ops_p,
			  struct walk_stmt_info *wi)
{
  gtransaction *txn = dyn_cast<gtransaction *> (gsi_stmt (*gsi));
  if (!txn || (gimple_transaction_subcode (txn) & GTMA_IS_RELAXED))
    return NULL_TREE;
  struct walk_stmt_info inner;
  memset (&inner, 0, sizeof (inner));
  inner.info = wi->info;
  walk_gimple_seq (gimple_transaction_body (txn), report_transaction_record,
		   NULL, &inner);
  *handled_ops_p = true;
  return NULL_TREE;
}

/* Report what the strategies chosen for DF rule out, in the plugin's
   words rather than in those GCC would find later about the plugin's
   own code: a function with records is never inlined (its activations
   are told apart by their frames), so it cannot be always_inline, and
   -Winline says why it was not inlined; the runtime that records use is
   not transaction-safe, so records cannot be made in an atomic
   transaction or a transaction_safe function (open-coded defers use
   only the frame).  Return true after an error, the builtin calls
   having been taken out: the function is then not lowered.  */

bool
defer_check_strategies (defer_function *df)
{
  if (df->open_coded || df->sites.is_empty ())
    return false;
  tree fndecl = df->fun->decl;
  defer_site *first = df->sites[0];
  const char *strategy = defer_strategy_name (first->strategy);
  bool failed = false;

  if (lookup_attribute ("always_inline", DECL_ATTRIBUTES (fndecl)))
    {
      auto_diagnostic_group d;
      error_at (first->loc, "%s defer in %qD, which is %<always_inline%>",
		strategy, fndecl);
      inform (first->loc, "a function with stack- or heap-allocated defers "
	      "is never inlined: each activation keeps its records by its "
	      "own frame");
      failed = true;
    }
  else if (DECL_DECLARED_INLINE_P (fndecl))
    {
      /* GCC's own warning would say "function not inlinable".  */
      DECL_NO_INLINE_WARNING_P (fndecl) = 1;
      warning_at (first->loc, OPT_Winline, "%qD is never inlined: its %s "
		  "defer keeps a record by its frame", fndecl, strategy);
    }

  if (flag_tm && is_tm_safe (fndecl))
    {
      error_at (first->loc, "%s defer in %qD, which is %<transaction_safe%>: "
		"the defer runtime is not transaction-safe", strategy, fndecl);
      failed = true;
    }
  else if (flag_tm)
    {
      transaction_state st;
      st.df = df;
      st.failed = false;
      for (defer_site *site : df->sites)
	st.sites.put (site->stmt, site);
      struct walk_stmt_info wi;
      memset (&wi, 0, sizeof (wi));
      wi.info = &st;
      walk_gimple_seq (gimple_body (fndecl), find_transaction_records, NULL,
		       &wi);
      failed |= st.failed;
    }

  if (failed)
    remove_builtin_calls (df);
  return failed;
}
