/* defer-debug.cc: what a debugger needs to list a frame's pending
   deferred calls (gdb/defer-gdb.py's `info defers').

   Theory of operation.  In functions with defers only, the pass names
   what it made in the function's outermost scope, where the DWARF reader
   of a debugger finds it as locals of the function (the descriptions,
   only with -g: debug info level 2 or more):

     __deferbits          open-coded: the byte of defer bits (bit K is set
                          while defer statement K is pending)
     __defer_slot_K_J     open-coded: the slot of operand J of defer
                          statement K (J = 0 the function, J = 1 the first
                          argument, ...), where the operand is not
                          invariant in the function
     __defer_site_K       every defer statement K: a variable that is never
                          allocated (no location), declared at the defer
                          statement's line, whose type describes the site

   The type of __defer_site_K is a struct whose tag is the site's
   description, fields separated by DEFER_DEBUG_SEP:

     STRATEGY SEP OP0 SEP OP1 ...

   STRATEGY is `open-coded', `stack' or `heap' (Go's words); each OPJ is
   `$' where the operand is stored (in its slot, or in the record's field
   `fn' or `aJ-1'), or `=' and the invariant operand as C text (a
   function's name, a constant).  For records, the struct has one field,
   `record', a pointer to the site's record type (defer.record.K): the
   header and the payload as the runtime's chain holds them.

   The names are given with -g0 too, so that -g changes no code (at -O0
   a named variable lives in the frame, a temporary in a register); a
   variable with no location and never referenced changes none either.
   The assembly with -g thus differs from the assembly with -g0 in the
   debug sections only, and a unit without defers is never touched.  */

#include "defer-plugin.h"

/* The separator of a site description's fields: a byte no C text that
   GCC prints contains.  */
#define DEFER_DEBUG_SEP "\x1f"

/* Whether the pass describes the defers of the unit for debuggers.  */

bool
defer_debug_info_p (void)
{
  return debug_info_level >= DINFO_LEVEL_NORMAL;
}

/* The outermost scope of DF's function, where the descriptions go.  */

static tree
function_scope (defer_function *df)
{
  tree block = DECL_INITIAL (df->fun->decl);
  gcc_checking_assert (block && TREE_CODE (block) == BLOCK);
  return block;
}

/* Show VAR, a temporary of DF's function, to debuggers as NAME,
   declared at LOC in the function's outermost scope.  With or without
   -g: at -O0 GCC keeps a temporary in a register and a named variable in
   the frame, and -g must not change the code.  Not under -fanalyzer,
   whose diagnostics would name the slots.  */

void
defer_debug_name_var (defer_function *df, tree var, const char *name,
		      location_t loc)
{
  /* -fanalyzer names a value by the variable it was read from last: it
     must say `p', the user's, not the slot's name.  */
  if (!VAR_P (var) || flag_analyzer)
    return;
  tree block = function_scope (df);
  DECL_NAME (var) = get_identifier (name);
  /* A temporary has no name and no line in the debug info.  */
  DECL_NAMELESS (var) = 0;
  DECL_ARTIFICIAL (var) = 0;
  DECL_IGNORED_P (var) = 0;
  DECL_SOURCE_LOCATION (var) = loc;
  gcc_checking_assert (DECL_CHAIN (var) == NULL_TREE);
  DECL_CHAIN (var) = BLOCK_VARS (block);
  BLOCK_VARS (block) = var;
}

/* Append to OBS the C text of OP, an operand of a defer statement that
   is invariant in the function.  */

static void
describe_invariant (struct obstack *obs, tree op)
{
  STRIP_NOPS (op);
  if (TREE_CODE (op) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (op, 0)) == FUNCTION_DECL)
    {
      tree fn = TREE_OPERAND (op, 0);
      const char *name = DECL_NAME (fn) ? IDENTIFIER_POINTER (DECL_NAME (fn))
			 : "?";
      obstack_grow (obs, name, strlen (name));
      return;
    }
  char *text;
  if (TREE_CODE (op) == INTEGER_CST)
    {
      char buf[WIDE_INT_PRINT_BUFFER_SIZE];
      print_dec (wi::to_wide (op), buf, TYPE_SIGN (TREE_TYPE (op)));
      text = xstrdup (buf);
    }
  else
    text = print_generic_expr_to_str (op);
  /* The separator cannot be in the text (a string constant prints it
     escaped); make sure.  */
  for (char *p = text; *p; p++)
    if (*p == DEFER_DEBUG_SEP[0])
      *p = '?';
  obstack_grow (obs, text, strlen (text));
  free (text);
}

/* Describe SITE of DF, just lowered, for debuggers: name the open-coded
   slots __defer_slot_K_J, and with -g declare __defer_site_K (see the
   top of the file).  */

void
defer_debug_describe_site (defer_function *df, defer_site *site)
{
  unsigned nops = gimple_call_num_args (site->stmt) - DEFER_ARG_FN;
  if (site->strategy == DEFER_OPEN_CODED)
    for (unsigned j = 0; j < nops; j++)
      {
	tree slot = j == 0 ? site->fn_value : site->arg_values[j - 1];
	if (!is_gimple_min_invariant (slot))
	  {
	    char name[48];
	    snprintf (name, sizeof name, "__defer_slot_%u_%u", site->index, j);
	    defer_debug_name_var (df, slot, name, site->loc);
	  }
      }
  if (!defer_debug_info_p ())
    return;

  struct obstack obs;
  gcc_obstack_init (&obs);
  const char *strategy = (site->strategy == DEFER_OPEN_CODED ? "open-coded"
			  : site->strategy == DEFER_STACK_RECORD ? "stack"
			  : "heap");
  obstack_grow (&obs, strategy, strlen (strategy));

  for (unsigned j = 0; j < nops; j++)
    {
      tree op = gimple_call_arg (site->stmt, DEFER_ARG_FN + j);
      bool stored = (site->strategy == DEFER_OPEN_CODED
		     ? !is_gimple_min_invariant (op)
		     : site->fields[j] != NULL_TREE);
      obstack_grow (&obs, DEFER_DEBUG_SEP, 1);
      if (stored)
	obstack_1grow (&obs, '$');
      else
	{
	  obstack_1grow (&obs, '=');
	  describe_invariant (&obs, op);
	}
    }
  obstack_1grow (&obs, '\0');

  tree type = make_node (RECORD_TYPE);
  TYPE_NAME (type) = get_identifier ((const char *) obstack_finish (&obs));
  TYPE_ARTIFICIAL (type) = 1;
  if (site->strategy != DEFER_OPEN_CODED)
    {
      tree field = build_decl (site->loc, FIELD_DECL, get_identifier ("record"),
			       build_pointer_type (site->record_type));
      DECL_CONTEXT (field) = type;
      TYPE_FIELDS (type) = field;
    }
  layout_type (type);
  obstack_free (&obs, NULL);

  char name[32];
  snprintf (name, sizeof name, "__defer_site_%u", site->index);
  tree var = build_decl (site->loc, VAR_DECL, get_identifier (name), type);
  /* Not DECL_ARTIFICIAL, which would leave out its line.  */
  DECL_CONTEXT (var) = df->fun->decl;
  tree block = function_scope (df);
  DECL_CHAIN (var) = BLOCK_VARS (block);
  BLOCK_VARS (block) = var;
}
