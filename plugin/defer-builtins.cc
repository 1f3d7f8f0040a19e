/* defer-builtins.cc: the __defer and __defer_result builtins.

   Both are declared at the start of every translation unit as target
   builtins (BUILT_IN_MD).  That class matters: the C front end lets a
   target builtin see its arguments before the default argument promotions
   and resolve the call itself (resolve_overloaded_builtin).  The plugin
   takes that hook, chaining to the target's own, and resolves

     __defer (FN, ARGS...)

   by building the direct call FN (ARGS...) with the front end's
   build_function_call_vec: FN is checked to be callable, the argument count
   and types are checked and the arguments converted exactly as for a direct
   call, with the front end's own diagnostics at the user's line.  The call
   is then taken apart into

     __defer.stmt ((FNTYPE *) 0, FN', ARGS'...)

   a call of an internal function (the name has a dot: no C program can
   name it).  The gimplifier evaluates the operands at the defer statement,
   as Go evaluates a deferred call's function and arguments, and the defer
   pass turns the call into its lowering.  Any reference to __defer that is
   not such a call is misuse, reported by defer-diagnostic.cc.

   __defer_result ((T *) 0) becomes (T *) __defer.result (), after checking
   that T is the enclosing function's result type.  */

#include "defer-plugin.h"

tree defer_user_decl;
tree defer_result_user_decl;
tree defer_stmt_decl;
tree defer_result_stmt_decl;

/* The functions whose bodies contain resolved __defer or __defer_result
   calls: the pass's gate.  Function decls live as long as the cgraph.  */
static hash_set<tree> *defer_functions;

/* The target's own resolve hook, called for every other builtin.  */
static defer_resolve_builtin_fn target_resolve_builtin;

/* A function code past every target builtin: the target's tables are
   never indexed with it because the calls never reach expansion.  */
#define DEFER_MD_FUNCTION_CODE 0x0defe000

/* Whether FNDECL's body uses __defer or __defer_result.  */

bool
defer_function_p (tree fndecl)
{
  return defer_functions && defer_functions->contains (fndecl);
}

/* Record that the function being parsed uses the builtins.  */

static void
note_defer_function (void)
{
  if (!defer_functions)
    defer_functions = new hash_set<tree>;
  defer_functions->add (current_function_decl);
}

/* The location the user wrote: LOC with macro expansions (defer.h's
   defer () wraps __defer) resolved to the outermost expansion point.  */

static location_t
user_location (location_t loc)
{
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

/* Reject a builtin call at LOC that cannot appear where it is: outside
   a function, or inside a statement expression.  NAME is what the user
   wrote.  Return true after an error.  */

static bool
misplaced_builtin_p (location_t loc, const char *name)
{
  if (!current_function_decl)
    {
      error_at (loc, "%qs outside a function", name);
      return true;
    }
  if (defer_in_statement_expression_p ())
    {
      error_at (loc, "%qs is not allowed in a statement expression", name);
      return true;
    }
  return false;
}

/* Resolve __defer (ARGS...) at LOC: type-check ARGS[0] (ARGS[1...]) as a
   direct call and return the __defer.stmt call that stores its parts, or
   error_mark_node after a diagnostic.  */

static tree
resolve_defer (location_t loc, vec<tree, va_gc> *args)
{
  if (misplaced_builtin_p (loc, "defer"))
    return error_mark_node;
  if (vec_safe_is_empty (args))
    {
      error_at (loc, "%<defer%> needs a function to call");
      return error_mark_node;
    }

  tree fn = (*args)[0];
  vec<tree, va_gc> *call_args = NULL;
  for (unsigned i = 1; i < args->length (); i++)
    vec_safe_push (call_args, (*args)[i]);

  /* The front end's checks (-Wformat among them) read one location per
     argument; the arguments' own are not passed to the hook.  */
  vec<location_t> arg_locs = vNULL;
  for (unsigned i = 0; i < vec_safe_length (call_args); i++)
    arg_locs.safe_push (loc);
  tree call = build_function_call_vec (loc, arg_locs, fn, call_args, NULL);
  arg_locs.release ();
  if (call == error_mark_node)
    return error_mark_node;
  STRIP_NOPS (call);
  if (TREE_CODE (call) != CALL_EXPR || CALL_EXPR_FN (call) == NULL_TREE)
    {
      /* A __builtin_ function that the front end folded away.  */
      error_at (loc, "cannot defer a call of %qE", fn);
      return error_mark_node;
    }

  tree fnptr = CALL_EXPR_FN (call);
  gcc_assert (POINTER_TYPE_P (TREE_TYPE (fnptr))
	      && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (TREE_TYPE (fnptr))));

  vec<tree, va_gc> *ops = NULL;
  vec_safe_push (ops, build_int_cst (TREE_TYPE (fnptr), 0));
  vec_safe_push (ops, fnptr);
  for (int i = 0; i < call_expr_nargs (call); i++)
    vec_safe_push (ops, CALL_EXPR_ARG (call, i));

  tree stmt = build_call_vec (void_type_node,
			      build_fold_addr_expr (defer_stmt_decl), ops);
  SET_EXPR_LOCATION (stmt, loc);
  TREE_SIDE_EFFECTS (stmt) = 1;
  note_defer_function ();
  return stmt;
}

/* Resolve __defer_result ((T *) 0) at LOC: check that T is the result type
   of the enclosing function and return (T *) __defer.result ().  */

static tree
resolve_defer_result (location_t loc, vec<tree, va_gc> *args)
{
  if (misplaced_builtin_p (loc, "defer_result"))
    return error_mark_node;
  if (vec_safe_length (args) != 1
      || !POINTER_TYPE_P (TREE_TYPE ((*args)[0])))
    {
      error_at (loc, "%<__defer_result%> takes one argument, %<(T *) 0%>");
      return error_mark_node;
    }

  tree ptrtype = TREE_TYPE ((*args)[0]);
  tree type = TREE_TYPE (ptrtype);
  tree restype = TREE_TYPE (TREE_TYPE (current_function_decl));
  if (VOID_TYPE_P (restype))
    {
      error_at (loc, "%<defer_result%> in %qD, a function returning void",
		current_function_decl);
      return error_mark_node;
    }
  if (!lang_hooks.types_compatible_p (TYPE_MAIN_VARIANT (type),
				       TYPE_MAIN_VARIANT (restype)))
    {
      error_at (loc, "%<defer_result (%T)%> in %qD, a function returning %qT",
		type, current_function_decl, restype);
      return error_mark_node;
    }

  tree call = build_call_expr_loc (loc, defer_result_stmt_decl, 0);
  TREE_SIDE_EFFECTS (call) = 1;
  note_defer_function ();
  return fold_convert_loc (loc, ptrtype, call);
}

/* The resolve hook: __defer and __defer_result calls are resolved here,
   every other target builtin by the target.  */

static tree
resolve_defer_builtin (unsigned int loc, tree fndecl, void *arglist)
{
  vec<tree, va_gc> *args = static_cast<vec<tree, va_gc> *> (arglist);
  if (fndecl == defer_user_decl)
    return resolve_defer (user_location (loc), args);
  if (fndecl == defer_result_user_decl)
    return resolve_defer_result (user_location (loc), args);
  if (target_resolve_builtin)
    return target_resolve_builtin (loc, fndecl, arglist);
  return NULL_TREE;
}

/* Take over the front end's resolve hook (once per compilation).  */

void
defer_install_resolve_hook (void)
{
  defer_resolve_builtin_fn current = defer_get_resolve_hook ();
  if (current == resolve_defer_builtin)
    return;
  target_resolve_builtin = current;
  defer_set_resolve_hook (resolve_defer_builtin);
}

/* Declare a target builtin NAME of TYPE, visible to C without a
   declaration (its name is in the implementation's namespace).  */

static tree
declare_user_builtin (const char *name, tree type)
{
  tree decl = add_builtin_function (name, type, DEFER_MD_FUNCTION_CODE,
				    BUILT_IN_MD, NULL, NULL_TREE);
  TREE_NOTHROW (decl) = 1;
  return decl;
}

/* Build the declaration of the function NAME of TYPE that lowered code
   calls: the internal __defer.stmt and __defer.result, and the runtime's
   entry points (defer-runtime.cc).  */

tree
defer_build_internal_decl (const char *name, tree type)
{
  tree decl = build_fn_decl (name, type);
  DECL_ARTIFICIAL (decl) = 1;
  TREE_NOTHROW (decl) = 1;
  return decl;
}

/* Declare the internal function NAME of TYPE that resolved calls become.
   It is bound in the front end's outermost scope like a builtin, so that
   it can be found by its name after a precompiled header replaced every
   tree (defer_builtins_after_pch_load); its name has a dot, so no program
   can refer to it.  */

static tree
declare_internal_builtin (const char *name, tree type)
{
  tree decl = add_builtin_function (name, type, 0, NOT_BUILT_IN, NULL,
				    NULL_TREE);
  DECL_ARTIFICIAL (decl) = 1;
  TREE_NOTHROW (decl) = 1;
  return decl;
}

/* Declare the builtins for the translation unit about to be parsed.
   Types are built here, not in plugin_init: the front end's type nodes
   do not exist before the unit starts.  */

void
defer_declare_builtins (void)
{
  tree varargs = build_varargs_function_type_list (void_type_node, NULL_TREE);
  tree result = build_varargs_function_type_list (ptr_type_node, NULL_TREE);
  tree result_internal = build_function_type_list (ptr_type_node, NULL_TREE);

  defer_user_decl = declare_user_builtin ("__defer", varargs);
  defer_result_user_decl = declare_user_builtin ("__defer_result", result);
  defer_stmt_decl = declare_internal_builtin ("__defer.stmt", varargs);
  defer_result_stmt_decl = declare_internal_builtin ("__defer.result",
						     result_internal);
  defer_reset_runtime_decls ();
}

/* The declaration that NAME has in the front end's outermost scope, if it
   is a function.  */

static tree
global_function_decl (const char *name)
{
  tree decl = identifier_global_value (get_identifier (name));
  return decl && TREE_CODE (decl) == FUNCTION_DECL ? decl : NULL_TREE;
}

/* walk_tree callback: whether *TP calls one of the internal functions.  */

static tree
find_internal_call (tree *tp, int *walk_subtrees, void *)
{
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == CALL_EXPR)
    {
      tree fn = get_callee_fndecl (t);
      if (fn && (fn == defer_stmt_decl || fn == defer_result_stmt_decl))
	return t;
    }
  return NULL_TREE;
}

/* A precompiled header has just been loaded: it replaced every tree the
   compilation had made, the builtins' decls among them, with the ones
   the compilation that wrote it had (the plugin's roots are not saved
   in a PCH).  Adopt the header's builtins, then find the header's
   functions that use them (a static inline function with defers), for
   the pass's gate.  */

void
defer_builtins_after_pch_load (void)
{
  /* Only a PCH written with this plugin is used (pch_valid_p in
     defer-plugin.cc), and it declared all four.  */
  defer_user_decl = global_function_decl ("__defer");
  defer_result_user_decl = global_function_decl ("__defer_result");
  defer_stmt_decl = global_function_decl ("__defer.stmt");
  defer_result_stmt_decl = global_function_decl ("__defer.result");
  gcc_assert (defer_user_decl
	      && fndecl_built_in_p (defer_user_decl, BUILT_IN_MD)
	      && DECL_MD_FUNCTION_CODE (defer_user_decl)
		 == DEFER_MD_FUNCTION_CODE
	      && defer_result_user_decl && defer_stmt_decl
	      && defer_result_stmt_decl);
  defer_reset_runtime_decls ();

  /* No function of the unit itself can precede the header.  */
  delete defer_functions;
  defer_functions = NULL;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (DECL_SAVED_TREE (node->decl)
	&& walk_tree_without_duplicates (&DECL_SAVED_TREE (node->decl),
					 find_internal_call, NULL))
      {
	if (!defer_functions)
	  defer_functions = new hash_set<tree>;
	defer_functions->add (node->decl);
      }
}


/* The GC roots of the builtins' decls.  */

const struct ggc_root_tab defer_builtins_ggc_roots[] = {
  { &defer_user_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &defer_result_user_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &defer_stmt_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &defer_result_stmt_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};
