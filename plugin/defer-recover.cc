/* defer-recover.cc: calls of defer_recover, rewritten to name their
   frame.

   Go's recover stops a panic only when called directly by a deferred
   function the panic runs.  The runtime decides it by frames: the
   deferred function's caller must be the frame whose landing pad runs the
   panic (runtime/panic.c).  For that it must know the deferred function's
   own frame, which only the function itself can name reliably -- a tail
   call of defer_recover would otherwise hide it.  So each call

     defer_recover ()   =>   __defer_recover_at (__builtin_dwarf_cfa (), &f)

   in a function f's body, rewritten in GENERIC when the body is
   finished, before gimplification; f's address lets the runtime tell f
   from a function the deferred function tail-called.  The function must keep its own frame, called
   by its caller, for the test to mean what Go's means: it is made
   `noipa' (never inlined, cloned, split or merged), and it gets unwind
   tables, which the runtime's walk needs, whatever the unit's options.  A call through a
   pointer to defer_recover reaches the runtime's own defer_recover, which
   finds its caller by unwinding.  */

#include "defer-plugin.h"

/* Whether FNDECL is the runtime's defer_recover, as defer.h declares it:
   a public function at file scope.  */

static bool
defer_recover_decl_p (tree fndecl)
{
  return (TREE_CODE (fndecl) == FUNCTION_DECL
	  && DECL_NAME (fndecl)
	  && id_equal (DECL_NAME (fndecl), "defer_recover")
	  && TREE_PUBLIC (fndecl)
	  && DECL_FILE_SCOPE_P (fndecl)
	  && !DECL_IS_UNDECLARED_BUILTIN (fndecl));
}

/* The state of rewrite_recover_call's walk: the function whose body it
   walks, and the calls rewritten.  */

struct recover_state
{
  tree fndecl;
  unsigned calls;
  auto_vec<tree *> self_calls;	/* the function's calls of itself.  */
};

/* walk_tree callback: rewrite the call of defer_recover at *TP in the
   function of DATA, a recover_state.  */

static tree
rewrite_recover_call (tree *tp, int *walk_subtrees, void *data)
{
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) != CALL_EXPR)
    return NULL_TREE;
  tree fndecl = get_callee_fndecl (t);
  recover_state *st = static_cast<recover_state *> (data);
  if (fndecl && fndecl == st->fndecl)
    st->self_calls.safe_push (tp);
  if (!fndecl || call_expr_nargs (t) != 0 || !defer_recover_decl_p (fndecl))
    return NULL_TREE;

  location_t loc = EXPR_LOCATION (t);
  tree cfa = build_call_expr_loc (loc, builtin_decl_explicit
				  (BUILT_IN_DWARF_CFA), 0);
  /* Not known where the address does not name the function (a nested
     function's is a trampoline's).  */
  tree self = (!defer_fn_has_address_p (st->fndecl) ? null_pointer_node
	       : fold_convert_loc (loc, ptr_type_node,
				   build_fold_addr_expr (st->fndecl)));
  tree call = build_call_expr_loc (loc, defer_runtime_decl
				   (DEFER_RT_RECOVER_AT), 2, cfa, self);
  *tp = fold_convert_loc (loc, TREE_TYPE (t), call);
  st->calls++;
  return NULL_TREE;
}

/* Keep the call of a function of itself at *TP, in a function that
   recovers, a call: a sibling call or GCC's tail recursion would run the
   callee in the frame the landing pad called, and its defer_recover
   would stop a panic that Go's (the callee is not the deferred call)
   leaves alone.  After an empty volatile asm, which emits no instruction,
   the call is no tail call for GCC's tail call passes.  FNDECL is the
   function.  */

static void
keep_self_call (tree *tp, tree fndecl)
{
  tree call = *tp;
  location_t loc = EXPR_LOCATION (call);
  tree barrier = build5_loc (loc, ASM_EXPR, void_type_node,
			     build_string (0, ""), NULL_TREE, NULL_TREE,
			     NULL_TREE, NULL_TREE);
  ASM_VOLATILE_P (barrier) = 1;
  if (VOID_TYPE_P (TREE_TYPE (call)))
    {
      *tp = build2_loc (loc, COMPOUND_EXPR, void_type_node, call, barrier);
      return;
    }
  tree value = build_decl (loc, VAR_DECL, NULL_TREE, TREE_TYPE (call));
  DECL_ARTIFICIAL (value) = 1;
  DECL_IGNORED_P (value) = 1;
  DECL_CONTEXT (value) = fndecl;
  tree init = build4_loc (loc, TARGET_EXPR, TREE_TYPE (call), value, call,
			  NULL_TREE, NULL_TREE);
  *tp = build2_loc (loc, COMPOUND_EXPR, TREE_TYPE (call), init,
		    build2_loc (loc, COMPOUND_EXPR, TREE_TYPE (call),
				barrier, value));
}

/* Rewrite the calls of defer_recover in the body of FNDECL, already
   known to be used in the unit, and keep FNDECL out of every
   interprocedural transformation if it has any; then do the same for
   the functions nested in it, which the front end hands to
   PLUGIN_PRE_GENERICIZE only with their outermost parent.  */

static void
rewrite_recover_calls_1 (tree fndecl)
{
  tree body = DECL_SAVED_TREE (fndecl);
  recover_state st;
  st.fndecl = fndecl;
  st.calls = 0;
  if (body)
    walk_tree_without_duplicates (&body, rewrite_recover_call, &st);
  if (st.calls > 0)
    {
      for (tree *tp : st.self_calls)
	keep_self_call (tp, fndecl);
      DECL_UNINLINABLE (fndecl) = 1;
      defer_enable_unwind_tables (fndecl);
      if (!lookup_attribute ("noipa", DECL_ATTRIBUTES (fndecl)))
	DECL_ATTRIBUTES (fndecl) = tree_cons (get_identifier ("noipa"),
					      NULL_TREE,
					      DECL_ATTRIBUTES (fndecl));
    }
  cgraph_node *node = cgraph_node::get (fndecl);
  for (cgraph_node *n = node ? defer_first_nested (node) : NULL; n;
       n = defer_next_nested (n))
    rewrite_recover_calls_1 (n->decl);
}

/* Rewrite the calls of defer_recover in the body of FNDECL, just parsed,
   and in the functions nested in it.  */

void
defer_rewrite_recover_calls (tree fndecl)
{
  tree decl = identifier_global_value (get_identifier ("defer_recover"));
  if (!decl || !defer_recover_decl_p (decl) || !TREE_USED (decl))
    return;
  rewrite_recover_calls_1 (fndecl);
}
