/* defer-gimple.cc: small GIMPLE builders shared by the lowerings.

   Every statement the pass makes goes through defer_seq_add, which gives
   it a location: the user's defer line for a deferred call and what
   stores or tests its operands, the return's line or the function's
   closing brace for the exit code around them (as gimple-low.cc places
   its merged return).  */

#include "defer-plugin.h"

/* Create a temporary of TYPE named NAME in the current function.  */

tree
defer_create_var (tree type, const char *name)
{
  tree var = create_tmp_var (TYPE_MAIN_VARIANT (type), name);
  DECL_ARTIFICIAL (var) = 1;
  return var;
}

/* Append STMT, at LOC, to SEQ.  */

void
defer_seq_add (gimple_seq *seq, gimple *stmt, location_t loc)
{
  gimple_set_location (stmt, loc);
  gimple_seq_add_stmt (seq, stmt);
}

/* Keep VALUE, an operand of a defer statement of type TYPE, for the exit:
   append its copy into a new slot named NAME to SEQ at LOC and return the
   slot (open-coded defers, and record sites under -fanalyzer), or return VALUE itself when it cannot change in the function.  */

tree
defer_save_operand (gimple_seq *seq, tree value, const char *name,
		    location_t loc)
{
  if (is_gimple_min_invariant (value))
    return value;
  tree slot = defer_create_var (TREE_TYPE (value), name);
  /* An exit reads the slot only if the defer's bit is set, which GCC
     cannot see when the defer is conditional.  */
  defer_suppress_warning (slot, OPT_Wmaybe_uninitialized);
  defer_suppress_warning (slot, OPT_Wuninitialized);
  defer_seq_add (seq, gimple_build_assign (slot, unshare_expr (value)), loc);
  return slot;
}

/* Whether the address of function FNDECL names it, for the runtime to
   compare with the address of the function calling defer_recover: not
   for a function only the compiler knows (a builtin the user never
   declared, such as __builtin_expect or __sync_fetch_and_add, which has
   no symbol to refer to), nor for an inline definition that may have no
   external one, nor for a nested function, whose address is a
   trampoline's.  */

bool
defer_fn_has_address_p (tree fndecl)
{
  if (fndecl_built_in_p (fndecl)
      && (DECL_IS_UNDECLARED_BUILTIN (fndecl)
	  || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)))
    return false;
  if (DECL_EXTERNAL (fndecl) && DECL_DECLARED_INLINE_P (fndecl))
    return false;
  return !decl_function_context (fndecl);
}

/* What names SITE's function to the runtime: the function's address
   where the site defers a function whose address names it (see
   defer_fn_has_address_p), STORED (the function pointer as the defer
   statement saved it) where the site defers a pointer computed there,
   and a null pointer where neither names it: a GIMPLE value, of the
   function's pointer type or of void *.  */

tree
defer_site_fn_identity (defer_site *site, tree stored)
{
  tree fn = gimple_call_arg (site->stmt, DEFER_ARG_FN);
  if (TREE_CODE (fn) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (fn, 0)) == FUNCTION_DECL)
    return defer_fn_has_address_p (TREE_OPERAND (fn, 0)) ? fn
	   : null_pointer_node;
  return is_gimple_min_invariant (fn) ? fn : stored;
}

/* The type of the call deferred at SITE: the null first operand of
   __defer.stmt is a pointer to it (defer-builtins.cc).  */

tree
defer_site_fntype (defer_site *site)
{
  tree marker = gimple_call_arg (site->stmt, DEFER_ARG_FNTYPE);
  return TREE_TYPE (TREE_TYPE (marker));
}

/* Whether FN, a deferred function value, is a known function's
   address.  */

static bool
known_function_p (tree fn)
{
  return (TREE_CODE (fn) == ADDR_EXPR
	  && TREE_CODE (TREE_OPERAND (fn, 0)) == FUNCTION_DECL);
}

/* Append to SEQ the call deferred at SITE, of function value FN with
   arguments ARGS, and the static chain of a nested function's call
   (SITE->chain).  A null function pointer panics when the call would
   run (Go's rule), not at the defer statement.  A call a panic may make
   (IN_LANDING_PAD) is never inlined (defer-unwind.cc's
   defer_landing_call_type): the deferred function must have a frame of
   its own, called by this one, for defer_recover to tell a call from
   the function itself from one from a function it calls.  */

void
emit_deferred_call (gimple_seq *seq, defer_site *site, tree fn,
		    const vec<tree> &args, bool in_landing_pad)
{
  location_t loc = site->loc;

  if (!known_function_p (fn))
    {
      tree nil = create_artificial_label (loc);
      tree call = create_artificial_label (loc);
      defer_seq_add (seq, gimple_build_cond (EQ_EXPR, fn,
					     build_zero_cst (TREE_TYPE (fn)),
					     nil, call), loc);
      defer_seq_add (seq, gimple_build_label (nil), loc);
      defer_seq_add (seq, gimple_build_call (defer_runtime_decl
					     (DEFER_RT_NIL_FUNC_PANIC), 0),
		     loc);
      defer_seq_add (seq, gimple_build_label (call), loc);
    }

  vec<tree> call_args = vNULL;
  for (tree value : args)
    call_args.safe_push (unshare_expr (value));
  gcall *call = gimple_build_call_vec (unshare_expr (fn), call_args);
  if (site->chain)
    gimple_call_set_chain (call, unshare_expr (site->chain));
  tree fntype = defer_site_fntype (site);
  if (in_landing_pad)
    fntype = defer_landing_call_type (fntype);
  gimple_call_set_fntype (call, fntype);
  defer_seq_add (seq, call, loc);
  call_args.release ();
}


/* Emit `TMP = REF' into SEQ at LOC and return the new temporary TMP.  */

tree
emit_load (gimple_seq *seq, tree ref, const char *name, location_t loc)
{
  tree tmp = create_tmp_var (TYPE_MAIN_VARIANT (TREE_TYPE (ref)), name);
  defer_seq_add (seq, gimple_build_assign (tmp, ref), loc);
  return tmp;
}

/* Emit `REF = VALUE' into SEQ at LOC.  */

void
emit_store (gimple_seq *seq, tree ref, tree value, location_t loc)
{
  defer_seq_add (seq, gimple_build_assign (ref, value), loc);
}

/* Emit `if (A CODE B) goto YES; else goto NO;' into SEQ at LOC.  */

void
emit_branch (gimple_seq *seq, enum tree_code code, tree a, tree b, tree yes,
	     tree no, location_t loc)
{
  defer_seq_add (seq, gimple_build_cond (code, a, b, yes, no), loc);
}

/* Emit `LABEL:' into SEQ at LOC.  */

void
emit_label (gimple_seq *seq, tree label, location_t loc)
{
  defer_seq_add (seq, gimple_build_label (label), loc);
}
