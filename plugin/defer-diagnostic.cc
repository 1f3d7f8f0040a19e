/* defer-diagnostic.cc: misuse of the builtins that the front end's
   resolution of a call cannot see, and the dangling-argument warning.

   Every call of __defer or __defer_result that the front end resolved
   has become a call of an internal function (defer-builtins.cc), so any
   reference to the user's decls left in a function body or a static
   initializer uses the builtin as a value.  The front end rejects most
   such uses itself (`&__defer', a cast), with the wording used here; a
   plain conversion to a compatible pointer type (`void (*fp) () =
   __defer;') it lets through, and only this walk catches.  */

#include "defer-plugin.h"

/* Locations already reported, so that a reference seen twice (a static
   initializer is both a declaration and part of a body) is reported once.  */
static hash_set<int_hash<location_t, UNKNOWN_LOCATION, UINT_MAX> > *reported;

/* The state of find_builtin_use's walk: the location of the innermost
   expression around the current node.  */

struct misuse_state
{
  location_t loc;
};

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
   is LOC.  */

static void
check_tree (tree t, location_t loc)
{
  misuse_state st = { loc };
  walk_tree_without_duplicates (&t, find_builtin_use, &st);
}

/* Report the builtins used as values in the body of FNDECL, just
   parsed.  */

void
defer_check_misuse_in_function (tree fndecl)
{
  if (builtins_used_p () && DECL_SAVED_TREE (fndecl))
    check_tree (DECL_SAVED_TREE (fndecl), DECL_SOURCE_LOCATION (fndecl));
}

/* Report the builtins used as values in the initializer of DECL, a
   variable with static storage.  */

void
defer_check_misuse_in_decl (tree decl)
{
  if (builtins_used_p () && VAR_P (decl) && TREE_STATIC (decl)
      && DECL_INITIAL (decl) && DECL_INITIAL (decl) != error_mark_node)
    check_tree (DECL_INITIAL (decl), DECL_SOURCE_LOCATION (decl));
}

/* Warn about the deferred arguments of DF that point at an automatic
   variable of an inner block: by the time the deferred call runs, at
   the function's exit, the variable is dead.  Only addresses written in
   the defer statement itself are seen (`&buf', an array `buf'), not
   pointers copied through other variables.  */

void
defer_warn_dangling_arguments (defer_function *df)
{
  if (!defer_opts.dangling || df->block_scoped_vars.is_empty ())
    return;
  for (defer_site *site : df->sites)
    for (unsigned i = DEFER_ARG_FIRST; i < gimple_call_num_args (site->stmt);
	 i++)
      {
	tree arg = gimple_call_arg (site->stmt, i);
	if (TREE_CODE (arg) != ADDR_EXPR)
	  continue;
	tree base = get_base_address (TREE_OPERAND (arg, 0));
	if (!base || !df->block_scoped_vars.contains (base))
	  continue;
	auto_diagnostic_group d;
	if (warning_at (site->loc, 0, "deferred argument %u points at %qD, "
			"whose lifetime ends before %qD returns",
			i - DEFER_ARG_FIRST + 1, base, df->fun->decl))
	  inform (DECL_SOURCE_LOCATION (base), "%qD is declared here", base);
      }
}
