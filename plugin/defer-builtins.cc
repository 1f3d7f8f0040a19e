/* defer-builtins.cc: the __defer and __defer_result builtins.

   Both are declared at the start of every translation unit as target
   builtins (BUILT_IN_MD).  That class matters: the C front end lets a
   target builtin see its arguments before the default argument promotions
   and resolve the call itself (resolve_overloaded_builtin).  The plugin
   takes that hook, chaining to the target's own, and resolves

     __defer (FN, ARGS...)

   by building the direct call FN (ARGS...) as the front end builds one
   (c_build_function_call_vec): an overloaded builtin is resolved for the
   arguments' types, FN is checked to be callable, the argument count and
   types are checked and the arguments converted exactly as for a direct
   call, with the front end's own diagnostics and notes (a FN that names a
   function is passed as that function, as a direct call's is).  What
   cannot be deferred is refused here: builtins whose meaning depends on
   the point of the call, functions that return twice, values of variable
   size.  The call is then taken apart into

     __defer.stmt ((FNTYPE *) 0, FN', ARGS'...)

   a call of an internal function (the name has a dot: no C program can
   name it).  The gimplifier evaluates the operands at the defer statement,
   as Go evaluates a deferred call's function and arguments, and the defer
   pass turns the call into its lowering.  Any reference to __defer that is
   not such a call is misuse, reported by defer-diagnostic.cc.

   A GCC nested function FN is deferred otherwise: GCC lowers nested
   functions (tree-nested.cc) before the defer pass, and an operand &FN
   would be a use of FN's address, for which it builds a trampoline on
   the stack (and the program needs an executable stack).  So the defer
   becomes the direct call itself,

     (void) FN' (ARGS'...)

   whose function type carries a mark (defer_nested_call_type):
   tree-nested.cc makes it a direct call with the static chain, and the
   pass turns it into the __defer.stmt call above, keeping the chain for
   the deferred call (defer-pass.cc's lower_nested_defer_calls).

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

/* The location the user wrote: LOC with macro expansions (defer.h's
   defer () wraps __defer) resolved to the outermost expansion point.  */

static location_t
user_location (location_t loc)
{
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

/* The function being parsed and the line of each resolved call: a call
   resolved while parsing one function and found in the body of another
   was written in the other's parameter list (the size of a
   variable-length array parameter, evaluated on entry to the nested
   function), where the frame is not the one that was current.  Lines,
   not locations: the front end gives the call the location of its first
   token afterwards, with a source range.  */
typedef pair_hash<nofree_ptr_hash<tree_node>, int_hash<int, -1, -2> >
  resolved_site_hash;
static hash_set<resolved_site_hash> *resolved_sites;

/* The line of LOC as the user wrote it.  */

static int
user_line (location_t loc)
{
  return LOCATION_LINE (user_location (loc));
}

/* Record that the function being parsed uses the builtins, at LOC.  */

static void
note_defer_function (location_t loc)
{
  if (!defer_functions)
    defer_functions = new hash_set<tree>;
  defer_functions->add (current_function_decl);
  if (!resolved_sites)
    resolved_sites = new hash_set<resolved_site_hash>;
  resolved_sites->add (std::make_pair (current_function_decl,
				       user_line (loc)));
}

/* Whether the call of __defer.stmt or __defer.result at LOC was resolved
   while the front end parsed FNDECL.  */

bool
defer_resolved_in_p (tree fndecl, location_t loc)
{
  return (resolved_sites
	  && resolved_sites->contains (std::make_pair (fndecl,
						       user_line (loc))));
}

/* Reject a builtin call at LOC that cannot appear where it is: outside
   a function, in a naked function (which has no exit code of its own for
   the deferred calls), or inside a statement expression.  NAME is what
   the user wrote.  Return true after an error.  */

static bool
misplaced_builtin_p (location_t loc, const char *name)
{
  if (!current_function_decl)
    {
      error_at (loc, "%qs outside a function", name);
      return true;
    }
  if (lookup_attribute ("naked", DECL_ATTRIBUTES (current_function_decl)))
    {
      error_at (loc, "%qs in %qD, which is %<naked%>", name,
		current_function_decl);
      return true;
    }
  if (defer_in_statement_expression_p ())
    {
      error_at (loc, "%qs is not allowed in a statement expression", name);
      return true;
    }
  return false;
}

/* The function that FN, the function value of a defer, names when it is
   written as a direct call would name it (`f', `&f', `*f'), or
   NULL_TREE.  A named function is called the way the direct call
   calls it: a builtin is resolved or checked as its direct call is, and
   diagnostics say where the function is declared.  */

static tree
named_function (tree fn)
{
  for (;;)
    {
      STRIP_NOPS (fn);
      if (TREE_CODE (fn) == INDIRECT_REF)
	fn = TREE_OPERAND (fn, 0);
      else if (TREE_CODE (fn) == ADDR_EXPR
	       && TREE_CODE (TREE_OPERAND (fn, 0)) == FUNCTION_DECL)
	return TREE_OPERAND (fn, 0);
      else
	return TREE_CODE (fn) == FUNCTION_DECL ? fn : NULL_TREE;
    }
}

/* Whether a call of the builtin FNDECL means something that depends on
   the point where it is written -- the frame or the arguments of the
   calling function, the evaluation of the call itself, the reachability
   of the point -- so that deferring it to the function's exit cannot
   mean what the call says.  */

static bool
call_site_builtin_p (tree fndecl)
{
  if (!fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_CONSTANT_P:
    case BUILT_IN_VA_START:
    case BUILT_IN_VA_COPY:
    case BUILT_IN_VA_ARG_PACK:
    case BUILT_IN_VA_ARG_PACK_LEN:
    case BUILT_IN_NEXT_ARG:
    case BUILT_IN_SAVEREGS:
    case BUILT_IN_APPLY_ARGS:
    case BUILT_IN_APPLY:
    case BUILT_IN_RETURN:
    case BUILT_IN_RETURN_ADDRESS:
    case BUILT_IN_FRAME_ADDRESS:
    case BUILT_IN_EXTRACT_RETURN_ADDR:
    case BUILT_IN_FROB_RETURN_ADDR:
    case BUILT_IN_DWARF_CFA:
    case BUILT_IN_EH_RETURN:
    case BUILT_IN_EH_RETURN_DATA_REGNO:
    case BUILT_IN_INIT_DWARF_REG_SIZES:
    case BUILT_IN_UNWIND_INIT:
    case BUILT_IN_AGGREGATE_INCOMING_ADDRESS:
    case BUILT_IN_SETJMP:
    case BUILT_IN_LONGJMP:
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_EH_POINTER:
    case BUILT_IN_EH_FILTER:
    case BUILT_IN_EH_COPY_VALUES:
    case BUILT_IN_UNREACHABLE:
    case BUILT_IN_FILE:
    case BUILT_IN_LINE:
    case BUILT_IN_FUNCTION:
      return true;
    default:
      return false;
    }
}

/* Whether FNDECL is one of the generic atomic builtins that take their
   values through pointers (__atomic_load, __atomic_store,
   __atomic_exchange, __atomic_compare_exchange): the front end expands
   a call of one for an object of 1 to 16 bytes into the _N builtin with
   the pointed-to values read in its arguments, so its deferred call
   would read them at the defer statement instead of when it runs.  */

static bool
generic_atomic_p (tree fndecl)
{
  if (!fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_ATOMIC_LOAD:
    case BUILT_IN_ATOMIC_STORE:
    case BUILT_IN_ATOMIC_EXCHANGE:
    case BUILT_IN_ATOMIC_COMPARE_EXCHANGE:
      return true;
    default:
      return false;
    }
}

/* Whether TYPE, complete, has a size known only at run time (a struct
   with a variable-length array member: GNU C).  */

static bool
variable_size_type_p (tree type)
{
  return (type != error_mark_node && COMPLETE_TYPE_P (type)
	  && TREE_CODE (TYPE_SIZE_UNIT (type)) != INTEGER_CST);
}

/* LOC, the location of a token of an argument of the defer macro
   (defer.h's defer, or __defer if the user made one), as the token was
   written in the macro's arguments: a direct call's argument has that
   location, and diagnostics about it then say nothing of the macro.
   Expansions of the user's own macros inside the arguments are kept.  */

static location_t
outside_defer_macro (location_t loc)
{
  loc = get_pure_location (line_table, loc);
  while (linemap_location_from_macro_expansion_p (line_table, loc)
	 && !linemap_location_from_macro_definition_p (line_table, loc))
    {
      const line_map_macro *map
	= linemap_check_macro (linemap_lookup (line_table, loc));
      const char *name = linemap_map_get_macro_name (map);
      if (strcmp (name, "defer") != 0 && strcmp (name, "__defer") != 0)
	break;
      loc = linemap_macro_map_loc_unwind_toward_spelling (line_table, map,
							   loc);
    }
  return loc;
}

/* The location for diagnostics about ARG, an argument of a defer at LOC:
   where the argument is written, if the front end gave it a location
   (which ARG then gets, outside the defer macro), else LOC.  */

static location_t
argument_location (tree arg, location_t loc)
{
  if (!EXPR_HAS_LOCATION (arg))
    return loc;
  location_t written = outside_defer_macro (EXPR_LOCATION (arg));
  if (written != get_pure_location (line_table, EXPR_LOCATION (arg)))
    protected_set_expr_location (arg, written);
  return written;
}

/* CALL, a call to defer, as the gimplifier would make it (the lowering
   builds the deferred call as GIMPLE itself): __builtin_clear_padding
   (P) gets the dummy second argument that keeps the type P points to.  */

static tree
complete_builtin_call (tree call)
{
  tree fndecl = get_callee_fndecl (call);
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_CLEAR_PADDING)
      && call_expr_nargs (call) == 1)
    {
      tree p = CALL_EXPR_ARG (call, 0);
      return build_call_expr_loc (EXPR_LOCATION (call), fndecl, 2, p,
				  build_zero_cst (TREE_TYPE (p)));
    }
  return call;
}

/* Build at LOC the call FN (ARGS...) as the front end builds the call
   written that way (c_build_function_call_vec): an overloaded builtin is
   resolved (__sync_fetch_and_add to __sync_fetch_and_add_4), the
   arguments are checked and converted with the front end's own
   diagnostics and notes.  Return the CALL_EXPR to defer, or
   error_mark_node after a diagnostic.  */

static tree
build_deferred_call (location_t loc, tree fn, vec<tree, va_gc> *args)
{
  tree decl = named_function (fn);
  if (decl && (decl == defer_user_decl || decl == defer_result_user_decl))
    {
      error_at (loc, "cannot defer %qD", decl);
      return error_mark_node;
    }
  if (decl && call_site_builtin_p (decl))
    {
      error_at (loc, "cannot defer %qD: what it does depends on the point "
		"of the call", decl);
      return error_mark_node;
    }

  /* The front end's checks (-Wformat among them) read one location per
     argument; those it gave the arguments are not passed to the hook.  */
  vec<location_t> arg_locs = vNULL;
  unsigned i;
  tree arg;
  FOR_EACH_VEC_SAFE_ELT (args, i, arg)
    arg_locs.safe_push (argument_location (arg, loc));

  /* After an error the front end may still build a call, of the
     arguments it could convert (too many arguments); ARGS then holds
     trees it never finished, which must not reach the gimplifier.  */
  int errors = errorcount;
  tree resolved = NULL_TREE;
  if (decl)
    resolved = resolve_overloaded_builtin (loc, decl, args);
  tree call = resolved;
  if (!call)
    call = build_function_call_vec (loc, arg_locs, decl ? decl : fn, args,
				    NULL);
  arg_locs.release ();
  if (call == error_mark_node || errorcount > errors)
    return error_mark_node;

  tree stripped = call;
  STRIP_NOPS (stripped);
  if (TREE_CODE (stripped) == CALL_EXPR
      && (call_expr_flags (stripped) & ECF_RETURNS_TWICE))
    {
      /* setjmp, vfork, getcontext: a second return would come back into
	 the exit code.  */
      error_at (loc, "cannot defer %qE, which returns twice",
		decl ? decl : fn);
      return error_mark_node;
    }
  if (TREE_CODE (stripped) == CALL_EXPR && CALL_EXPR_FN (stripped))
    {
      if (!resolved || !generic_atomic_p (decl)
	  || get_callee_fndecl (stripped) == decl)
	return complete_builtin_call (stripped);
    }
  else if (TREE_CODE (stripped) == TARGET_EXPR
	   && variable_size_type_p (TREE_TYPE (stripped)))
    {
      /* A nested function returning a struct of variable size.  */
      error_at (loc, "cannot defer a call of %qE, whose result type %qT "
		"has a variable size", decl ? decl : fn,
		TREE_TYPE (stripped));
      return error_mark_node;
    }
  else if (decl && !resolved && fndecl_built_in_p (decl))
    {
      /* A __builtin_ call the front end folded (__builtin_abs (3)): defer
	 the call itself, with the arguments it converted in ARGS.  */
      tree type = TREE_TYPE (TREE_TYPE (decl));
      return complete_builtin_call (build_call_vec (type,
						    build_fold_addr_expr (decl),
						    args));
    }

  if (decl && generic_atomic_p (decl))
    error_at (loc, "cannot defer %qD, which the compiler expands where it "
	      "is called, reading through its pointer arguments", decl);
  else
    error_at (loc, "cannot defer %qE, which the compiler expands where it "
	      "is called", decl ? decl : fn);
  return error_mark_node;
}

/* Check that every argument of CALL, deferred at LOC, has a constant
   size, which its slot or record field needs.  Return true after an
   error.  */

static bool
unstorable_call_p (location_t loc, tree call)
{
  for (int i = 0; i < call_expr_nargs (call); i++)
    {
      tree type = TREE_TYPE (CALL_EXPR_ARG (call, i));
      if (variable_size_type_p (type))
	{
	  error_at (loc, "cannot defer argument %d of type %qT, whose size "
		    "is variable", i + 1, type);
	  return true;
	}
    }
  return false;
}

/* Whether the enclosing function's result has a size known only at run
   time (a nested function returning a struct with a variable-length
   array member): the pending result that defers can change needs a
   constant size.  NAME is the builtin used at LOC.  Return true after an
   error.  */

static bool
variable_size_result_p (location_t loc, const char *name)
{
  tree restype = TREE_TYPE (TREE_TYPE (current_function_decl));
  if (!variable_size_type_p (restype))
    return false;
  error_at (loc, "%qs in %qD, whose result type %qT has a variable size",
	    name, current_function_decl, restype);
  return true;
}

/* Whether the target is one the runtime does not support: it supports
   x86-64 with 64-bit pointers only (the plugin is built for an x86-64
   GCC, which -m32 and -mx32 point at other ABIs).  After the first
   error, at LOC, later uses fail silently.  */

static bool
unsupported_target_p (location_t loc)
{
  static bool reported;
  if (TYPE_PRECISION (ptr_type_node) == 64)
    return false;
  if (!reported)
    error_at (loc, "the defer runtime supports only x86-64 with 64-bit "
	      "pointers, not %<-m32%> or %<-mx32%>");
  reported = true;
  return true;
}

/* The attribute that marks the type of a nested function's direct call
   that is a defer; a space keeps it out of the user's reach.  */
#define DEFER_NESTED_CALL_ATTRIBUTE "defer nested call"

/* FNTYPE, the type of a nested function, marked as the type of a call
   that defers it.  */

static tree
defer_nested_call_type (tree fntype)
{
  return build_type_attribute_variant
    (fntype, tree_cons (get_identifier (DEFER_NESTED_CALL_ATTRIBUTE),
			NULL_TREE, TYPE_ATTRIBUTES (fntype)));
}

/* Whether FNTYPE, the type of a call, marks it as a defer of a nested
   function.  */

bool
defer_nested_call_type_p (tree fntype)
{
  return (fntype && FUNC_OR_METHOD_TYPE_P (fntype)
	  && lookup_attribute (DEFER_NESTED_CALL_ATTRIBUTE,
			       TYPE_ATTRIBUTES (fntype)));
}

/* Whether CALL, a CALL_EXPR, is a defer of a nested function.  */

static bool
nested_defer_call_expr_p (tree call)
{
  tree fn = CALL_EXPR_FN (call);
  return (fn && POINTER_TYPE_P (TREE_TYPE (fn))
	  && defer_nested_call_type_p (TREE_TYPE (TREE_TYPE (fn))));
}

/* The nested function that CALL, the direct call to defer, calls, or
   NULL_TREE.  */

static tree
nested_callee (tree call)
{
  tree fn = CALL_EXPR_FN (call);
  if (TREE_CODE (fn) != ADDR_EXPR
      || TREE_CODE (TREE_OPERAND (fn, 0)) != FUNCTION_DECL)
    return NULL_TREE;
  tree decl = TREE_OPERAND (fn, 0);
  return decl_function_context (decl) ? decl : NULL_TREE;
}

/* Return the defer at LOC of CALL, a direct call of the nested function
   FNDECL: the call itself, of the marked type (see the comment at the
   top), as a statement.  */

static tree
build_nested_defer (location_t loc, tree call, tree fndecl)
{
  tree fntype = defer_nested_call_type (TREE_TYPE (fndecl));
  tree addr = build1 (ADDR_EXPR, build_pointer_type (fntype), fndecl);
  tree marked = build_call_array_loc (loc, TREE_TYPE (call), addr,
				      call_expr_nargs (call),
				      CALL_EXPR_ARGP (call));
  TREE_SIDE_EFFECTS (marked) = 1;
  note_defer_function (loc);
  tree stmt = build1_loc (loc, NOP_EXPR, void_type_node, marked);
  TREE_SIDE_EFFECTS (stmt) = 1;
  return stmt;
}

/* Resolve __defer (ARGS...) at LOC: type-check ARGS[0] (ARGS[1...]) as a
   direct call and return the __defer.stmt call that stores its parts, or
   error_mark_node after a diagnostic.  */

static tree
resolve_defer (location_t loc, vec<tree, va_gc> *args)
{
  if (unsupported_target_p (loc) || misplaced_builtin_p (loc, "defer"))
    return error_mark_node;
  if (vec_safe_is_empty (args))
    {
      error_at (loc, "%<defer%> needs a function to call");
      return error_mark_node;
    }
  if (variable_size_result_p (loc, "defer"))
    return error_mark_node;
  if (defer_in_unevaluated_operand_p ())
    {
      /* The deferred call would silently never be made.  */
      error_at (loc, "%<defer%> in an operand of %<sizeof%>, %<typeof%> or "
		"%<_Alignof%>, which is not evaluated");
      return error_mark_node;
    }

  tree fn = (*args)[0];
  vec<tree, va_gc> *call_args = NULL;
  for (unsigned i = 1; i < args->length (); i++)
    vec_safe_push (call_args, (*args)[i]);
  tree call = build_deferred_call (loc, fn, call_args);
  if (call == error_mark_node || unstorable_call_p (loc, call))
    return error_mark_node;

  if (tree nested = nested_callee (call))
    return build_nested_defer (loc, call, nested);

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
  note_defer_function (loc);
  return stmt;
}

/* Resolve __defer_result ((T *) 0) at LOC: check that T is the result type
   of the enclosing function and return (T *) __defer.result ().  */

static tree
resolve_defer_result (location_t loc, vec<tree, va_gc> *args)
{
  if (unsupported_target_p (loc)
      || misplaced_builtin_p (loc, "defer_result")
      || variable_size_result_p (loc, "defer_result"))
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
  note_defer_function (loc);
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

/* Build the internal function that a resolved call of the builtin USER
   becomes, of TYPE, called SYMBOL (__defer.stmt: the name has a dot, so
   no program can refer to it).  Diagnostics that print an expression
   with the call in it (`called object ... is not a function') show it by
   the builtin's name, as the user wrote it.  */

static tree
build_internal_builtin (tree user, const char *symbol, tree type)
{
  tree decl = defer_build_internal_decl (symbol, type);
  DECL_NAME (decl) = DECL_NAME (user);
  SET_DECL_ASSEMBLER_NAME (decl, get_identifier (symbol));
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
  defer_stmt_decl = build_internal_builtin (defer_user_decl, "__defer.stmt",
					    varargs);
  defer_result_stmt_decl = build_internal_builtin (defer_result_user_decl,
						   "__defer.result",
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

/* walk_tree callback: note in *DATA (a bool) that *TP calls one of the
   internal functions (by symbol: a precompiled header's are not the
   unit's decls), adopting the decl it calls as the unit's.  */

static tree
find_internal_call (tree *tp, int *walk_subtrees, void *data)
{
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == CALL_EXPR && nested_defer_call_expr_p (t))
    *static_cast<bool *> (data) = true;
  else if (TREE_CODE (t) == CALL_EXPR)
    {
      tree fn = get_callee_fndecl (t);
      if (!fn || !DECL_ARTIFICIAL (fn) || fndecl_built_in_p (fn)
	  || !DECL_ASSEMBLER_NAME_SET_P (fn))
	return NULL_TREE;
      tree symbol = DECL_ASSEMBLER_NAME (fn);
      if (symbol == DECL_ASSEMBLER_NAME (defer_stmt_decl))
	defer_stmt_decl = fn;
      else if (symbol == DECL_ASSEMBLER_NAME (defer_result_stmt_decl))
	defer_result_stmt_decl = fn;
      else
	return NULL_TREE;
      *static_cast<bool *> (data) = true;
    }
  return NULL_TREE;
}

/* A precompiled header has just been loaded: it replaced every tree the
   compilation had made, the builtins' decls among them, with the ones
   the compilation that wrote it had (the plugin's roots are not saved
   in a PCH).  Adopt the header's builtins, which are bound to their
   names; the internal functions are not (no name lookup, no spelling
   suggestion may find them): declare them again, then adopt the
   header's own if a function of the header (a static inline function
   with defers) calls them, and note that function for the pass's
   gate.  */

void
defer_builtins_after_pch_load (void)
{
  /* Only a PCH written with this plugin is used (pch_valid_p in
     defer-plugin.cc), and it declared both.  */
  defer_user_decl = global_function_decl ("__defer");
  defer_result_user_decl = global_function_decl ("__defer_result");
  gcc_assert (defer_user_decl
	      && fndecl_built_in_p (defer_user_decl, BUILT_IN_MD)
	      && DECL_MD_FUNCTION_CODE (defer_user_decl)
		 == DEFER_MD_FUNCTION_CODE
	      && defer_result_user_decl);
  tree varargs = TREE_TYPE (defer_user_decl);
  defer_stmt_decl = build_internal_builtin (defer_user_decl, "__defer.stmt",
					    varargs);
  defer_result_stmt_decl
    = build_internal_builtin (defer_result_user_decl, "__defer.result",
			      build_function_type_list (ptr_type_node,
							NULL_TREE));
  defer_reset_runtime_decls ();

  /* No function of the unit itself can precede the header.  */
  delete defer_functions;
  defer_functions = NULL;
  delete resolved_sites;
  resolved_sites = NULL;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      bool found = false;
      if (DECL_SAVED_TREE (node->decl))
	walk_tree_without_duplicates (&DECL_SAVED_TREE (node->decl),
				      find_internal_call, &found);
      if (!found)
	continue;
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
