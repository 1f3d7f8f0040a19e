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
tree defer_runtime_decls[DEFER_RT_MAX];
tree defer_record_header_type;
tree defer_slot_type;
tree defer_chain_decl;

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

/* Build the internal function NAME of TYPE that resolved calls call.  */

static tree
build_internal_decl (const char *name, tree type)
{
  tree decl = build_fn_decl (name, type);
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
  defer_stmt_decl = build_internal_decl ("__defer.stmt", varargs);
  defer_result_stmt_decl = build_internal_decl ("__defer.result",
						result_internal);

  for (int i = 0; i < DEFER_RT_MAX; i++)
    defer_runtime_decls[i] = NULL_TREE;
  defer_record_header_type = NULL_TREE;
  defer_slot_type = NULL_TREE;
  defer_chain_decl = NULL_TREE;
}

/* Build a struct NAME with the NFIELDS fields of FIELDS (a name and a
   type each), laid out as C lays it out.  */

struct defer_field_desc
{
  const char *name;
  tree type;
};

static tree
build_runtime_struct (tree type, const char *name,
		      const defer_field_desc *fields, int nfields)
{
  tree chain = NULL_TREE;
  for (int i = nfields - 1; i >= 0; i--)
    {
      tree field = build_decl (BUILTINS_LOCATION, FIELD_DECL,
			       get_identifier (fields[i].name),
			       fields[i].type);
      DECL_CONTEXT (field) = type;
      DECL_CHAIN (field) = chain;
      chain = field;
    }
  TYPE_FIELDS (type) = chain;
  TYPE_NAME (type) = get_identifier (name);
  layout_type (type);
  return type;
}

/* The runtime's struct __defer_record (runtime/include/defer.h): the
   header every record starts with.  Built on first use, as are the
   other runtime structs.  */

tree
defer_record_header (void)
{
  if (defer_record_header_type)
    return defer_record_header_type;
  tree type = make_node (RECORD_TYPE);
  const defer_field_desc fields[] = {
    { "link", build_pointer_type (type) }, { "frame", ptr_type_node },
    { "site", unsigned_type_node }, { "sizeclass", unsigned_type_node }
  };
  defer_record_header_type
    = build_runtime_struct (type, "__defer_record", fields, 4);
  return defer_record_header_type;
}

/* The runtime's struct __defer_slot: one entry of a thread's chain.  */

static tree
defer_slot (void)
{
  if (defer_slot_type)
    return defer_slot_type;
  tree rec = build_pointer_type (defer_record_header ());
  const defer_field_desc fields[] = {
    { "frame", ptr_type_node }, { "rec", rec }, { "spare", rec },
    { "spare_class", long_unsigned_type_node }
  };
  defer_slot_type = build_runtime_struct (make_node (RECORD_TYPE),
					  "__defer_slot", fields, 4);
  return defer_slot_type;
}

/* The runtime's thread-local __defer_thread, seen as the struct
   __defer_chain it starts with: the chain's top, base, reach and limit
   slots.  */

tree
defer_chain_var (void)
{
  if (defer_chain_decl)
    return defer_chain_decl;
  tree slot = build_pointer_type (defer_slot ());
  const defer_field_desc fields[] = {
    { "top", slot }, { "base", slot }, { "reach", slot }, { "limit", slot }
  };
  tree type = build_runtime_struct (make_node (RECORD_TYPE),
				    "__defer_chain", fields, 4);
  tree decl = build_decl (BUILTINS_LOCATION, VAR_DECL,
			  get_identifier ("__defer_thread"), type);
  DECL_EXTERNAL (decl) = 1;
  TREE_PUBLIC (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  set_decl_tls_model (decl, TLS_MODEL_INITIAL_EXEC);
  defer_chain_decl = decl;
  return decl;
}

/* A reference to field number FIELD of OBJECT, an lvalue of one of the
   runtime's structs.  */

tree
defer_field_ref (tree object, unsigned field)
{
  tree f = TYPE_FIELDS (TREE_TYPE (object));
  for (unsigned i = 0; i < field; i++)
    f = DECL_CHAIN (f);
  return build3 (COMPONENT_REF, TREE_TYPE (f), unshare_expr (object), f,
		 NULL_TREE);
}

/* The declaration of the runtime function FN, built on first use so that
   a unit refers only to the entry points its code calls.  */

tree
defer_runtime_decl (enum defer_runtime_fn fn)
{
  if (defer_runtime_decls[fn])
    return defer_runtime_decls[fn];

  tree rec = build_pointer_type (defer_record_header ());
  tree type = NULL_TREE;
  const char *name = NULL;
  switch (fn)
    {
    case DEFER_RT_NIL_FUNC_PANIC:
      name = "__defer_nil_func_panic";
      type = build_function_type_list (void_type_node, NULL_TREE);
      break;
    case DEFER_RT_FRAME_ENTER:
      name = "__defer_frame_enter";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_PROC_STACK:
      name = "__defer_proc_stack";
      type = build_function_type_list (void_type_node, rec, ptr_type_node,
				       unsigned_type_node, NULL_TREE);
      break;
    case DEFER_RT_PROC:
      name = "__defer_proc";
      type = build_function_type_list (rec, long_unsigned_type_node,
				       ptr_type_node, unsigned_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_RETURN:
      name = "__defer_return";
      type = build_function_type_list (rec, ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_MAX:
      gcc_unreachable ();
    }

  tree decl = build_internal_decl (name, type);
  if (fn == DEFER_RT_NIL_FUNC_PANIC)
    {
      TREE_THIS_VOLATILE (decl) = 1;	/* noreturn */
      TREE_NOTHROW (decl) = 0;		/* a panic unwinds */
    }
  defer_runtime_decls[fn] = decl;
  return decl;
}
