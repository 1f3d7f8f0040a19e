/* defer-eh.cc: exceptions for the functions with defers only, in C built
   without -fexceptions.

   Theory of operation.  A landing pad (defer-unwind.cc) is kept only if
   GCC compiles the function with flag_exceptions, and C has it off.  The
   flag is an optimization option, so each function with a landing pad
   gets an optimization node of its own with the flag on
   (defer_enable_eh): whenever GCC works on that function -- its passes,
   the inliner's transforms, the IPA summaries that switch to it -- the
   flag is on, and for every other function it is what the user asked.
   Such a function is not inlined into one without exceptions (GCC sees
   the options differ), and keeps its own frame.

   The other half is nothrow discovery.  A function without defers, G,
   compiled without exceptions, has no statement that "can throw", so
   GCC's discovery (the "nothrow" and "local-pure-const" passes, IPA
   "pure-const", in lto1 too) marks it nothrow, and then drops the EH
   edge of a function F with defers that calls G: a panic raised below G
   would pass F without running its landing pad.  The plugin undoes the
   discovery: after each of those passes (at the gate of the next one) a
   function that became nothrow although its body holds a call that may
   throw gets the flag back (undo_discovered_nothrow).  Nothing else
   changes for G: its code is what it would be without the plugin, and
   only callers with defers read the flag.  A function the user declared
   nothrow (`__attribute__ ((nothrow))', glibc's __THROW) is trusted, as
   in C++.

   Under -flto the plugin must also be given at the link: lto1 reads the
   nothrow flags the compilations streamed out, so in the whole-program
   step every discovered nothrow flag of a unit with defers (the
   attribute "defer eh" marks its functions) is undone first.

   A unit without defers is never touched: nothing here runs until
   defer_enable_eh has.  */

#include "defer-plugin.h"

/* The attribute that marks a function with a landing pad; a space in
   its name keeps it out of the user's reach, and it survives LTO
   streaming.  */
#define DEFER_EH_ATTRIBUTE "defer eh"

/* Whether the unit (or, in lto1, the program) has a function with a
   landing pad.  */
static bool unit_has_eh;

/* The function the last "nothrow" or "local-pure-const" pass ran on, and
   whether it was nothrow before.  */
static tree pending_fndecl;
static bool pending_was_nothrow;

/* The nothrow flags of every function before IPA "pure-const", whose
   discoveries are undone at the next gate.  */
static hash_map<tree, bool> *nothrow_before;

/* Give the unit unwind tables, as -funwind-tables does, if it was built
   without them (-fno-asynchronous-unwind-tables): the unwinder needs
   them, and with -g GCC would write the unit's CFI to .debug_frame only.
   GCC decides where CFI goes when it writes the first function, after
   the parsing and the plugin's pass.  */

static void
ensure_unit_unwind_tables (void)
{
  if (flag_unwind_tables)
    return;
  TREE_OPTIMIZATION (optimization_default_node)->x_flag_unwind_tables = 1;
  global_options.x_flag_unwind_tables = 1;
}

/* Give FNDECL, the current function, exceptions: an optimization node of
   its own with flag_exceptions on, made the current one so that leaving
   the function restores the others' options.  */

void
defer_enable_eh (tree fndecl)
{
  ensure_unit_unwind_tables ();
  global_options.x_flag_exceptions = 1;
  global_options_set.x_flag_exceptions = 1;
  tree node = build_optimization_node (&global_options, &global_options_set);
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fndecl) = node;
  optimization_current_node = node;
  if (!lookup_attribute (DEFER_EH_ATTRIBUTE, DECL_ATTRIBUTES (fndecl)))
    DECL_ATTRIBUTES (fndecl) = tree_cons (get_identifier (DEFER_EH_ATTRIBUTE),
					  NULL_TREE, DECL_ATTRIBUTES (fndecl));
  unit_has_eh = true;
}

/* Give FNDECL, a function whose body calls defer_recover, unwind tables
   even in a unit built without them, or with __attribute__ ((optimize))
   options without them: the runtime finds its caller by unwinding it.  Its other options stay: a node of its own is built
   from its current one.  Called when its body is parsed.  */

void
defer_enable_unwind_tables (tree fndecl)
{
  ensure_unit_unwind_tables ();
  if (flag_asynchronous_unwind_tables && flag_unwind_tables)
    {
      tree old = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fndecl);
      if (!old || (TREE_OPTIMIZATION (old)->x_flag_asynchronous_unwind_tables
		   && TREE_OPTIMIZATION (old)->x_flag_unwind_tables))
	return;
    }
  struct gcc_options opts = global_options;
  struct gcc_options opts_set = global_options_set;
  if (tree old = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fndecl))
    cl_optimization_restore (&opts, &opts_set, TREE_OPTIMIZATION (old));
  opts.x_flag_asynchronous_unwind_tables = 1;
  opts.x_flag_unwind_tables = 1;
  opts_set.x_flag_asynchronous_unwind_tables = 1;
  opts_set.x_flag_unwind_tables = 1;
  DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fndecl)
    = build_optimization_node (&opts, &opts_set);
}

/* Whether the body of NODE may let an exception out: a call that GCC
   does not know to be nothrow (recursive calls aside), or a resume.
   Without a body in memory (lto1's whole-program step), its call edges
   tell.  */

static bool
may_throw_p (cgraph_node *node)
{
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  if (fun && fun->cfg && !(fun->curr_properties & PROP_rtl))
    {
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  {
	    gimple *stmt = gsi_stmt (gsi);
	    if (gimple_code (stmt) == GIMPLE_RESX)
	      return true;
	    gcall *call = dyn_cast<gcall *> (stmt);
	    if (!call || gimple_call_nothrow_p (call))
	      continue;
	    tree callee = gimple_call_fndecl (call);
	    if (!callee || !recursive_call_p (node->decl, callee))
	      return true;
	  }
      return false;
    }
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (!TREE_NOTHROW (e->callee->decl))
      return true;
  for (cgraph_edge *e = node->indirect_calls; e; e = e->next_callee)
    if (!(e->indirect_info->ecf_flags & ECF_NOTHROW))
      return true;
  return false;
}

/* Take back the nothrow flag of NODE if it may throw after all.  Return
   whether it did.  */

static bool
undo_nothrow (cgraph_node *node)
{
  if (!node || !TREE_NOTHROW (node->decl) || !may_throw_p (node))
    return false;
  node->set_nothrow_flag (false);
  return true;
}

/* Undo what the discovery passes that ran since the last gate found:
   the flag of the pending function, and those IPA "pure-const" set, to a
   fixpoint (a function may throw because a callee does).  */

static void
undo_discovered_nothrow (void)
{
  if (pending_fndecl)
    {
      if (!pending_was_nothrow)
	undo_nothrow (cgraph_node::get (pending_fndecl));
      pending_fndecl = NULL_TREE;
    }
  if (!nothrow_before)
    return;
  for (bool changed = true; changed;)
    {
      changed = false;
      cgraph_node *node;
      FOR_EACH_FUNCTION (node)
	{
	  bool *was = nothrow_before->get (node->decl);
	  if (was && !*was)
	    changed |= undo_nothrow (node);
	}
    }
  delete nothrow_before;
  nothrow_before = NULL;
}

/* Remember the nothrow flag of every function, as IPA "pure-const" is
   about to run; in lto1's whole-program step, count every flag of a
   defined function that the user did not declare as discovered.  */

static void
snapshot_nothrow (bool whole_program)
{
  nothrow_before = new hash_map<tree, bool>;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      bool was = TREE_NOTHROW (node->decl);
      if (whole_program && node->definition
	  && !lookup_attribute ("nothrow", DECL_ATTRIBUTES (node->decl)))
	was = false;
      nothrow_before->put (node->decl, was);
    }
}

/* In lto1, once: whether the program has functions with landing pads,
   and in the whole-program step, undo the discoveries the units
   streamed out.  */

static void
scan_lto_program (void)
{
  static bool scanned;
  if (scanned)
    return;
  scanned = true;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (lookup_attribute (DEFER_EH_ATTRIBUTE, DECL_ATTRIBUTES (node->decl)))
      unit_has_eh = true;
  if (unit_has_eh && flag_wpa)
    {
      snapshot_nothrow (true);
      undo_discovered_nothrow ();
    }
}

/* Before an inlining pass: the deferred calls of landing pads stay
   calls (defer-unwind.cc's defer_keep_landing_calls), in the current
   function for the early inliner, in every function with a landing pad
   for the IPA passes (the inliner, and the streaming out of LTO, whose
   inliner keeps the flags).  */

static void
keep_landing_calls (void)
{
  if (cfun)
    {
      if (cgraph_node *node = cgraph_node::get (current_function_decl))
	defer_keep_landing_calls (node);
      return;
    }
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (lookup_attribute (DEFER_EH_ATTRIBUTE, DECL_ATTRIBUTES (node->decl)))
      defer_keep_landing_calls (node);
}

/* PLUGIN_OVERRIDE_GATE, after each pass's gate (GCC_DATA points at its
   answer): undo the discoveries of the passes that ran since, and note
   what the pass about to run may discover.  */

static void
override_gate (void *gcc_data, void *)
{
  if (in_lto_p)
    scan_lto_program ();
  if (!unit_has_eh)
    return;
  undo_discovered_nothrow ();
  if (!*static_cast<bool *> (gcc_data) || !current_pass)
    return;
  const char *name = current_pass->name;
  /* Before each IPA pass too: the flags are streamed out for LTO, whose
     inliner has no statements to look at.  */
  if (!strcmp (name, "einline") || (!cfun && !in_lto_p))
    keep_landing_calls ();
  /* The RTL pass also named "nothrow" does nothing without exceptions.  */
  if (cfun && current_pass->type == GIMPLE_PASS
      && (!strcmp (name, "nothrow") || !strcmp (name, "local-pure-const")))
    {
      pending_fndecl = current_function_decl;
      pending_was_nothrow = TREE_NOTHROW (pending_fndecl);
    }
  else if (!cfun && !strcmp (name, "pure-const"))
    snapshot_nothrow (false);
}

/* Register the callbacks of this file for the plugin NAME.  */

void
defer_register_eh_callbacks (const char *name)
{
  register_callback (name, PLUGIN_OVERRIDE_GATE, override_gate, NULL);
}
