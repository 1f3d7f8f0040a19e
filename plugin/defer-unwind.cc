/* defer-unwind.cc: the landing pad that runs a frame's deferred calls
   while a panic or an exception unwinds through it.

   Theory of operation.  A panic is a forced unwind on GCC's unwinder
   (runtime/unwind.c): in each frame it installs the landing pad of the
   call that is unwinding, as GCC's own cleanups are found.  So each
   function with defers gets one catch-all region around its body (its
   returns and their exits included: a deferred call that panics at a
   normal return is covered too), and the handler runs the deferred calls
   still pending with the very exit code a return runs -- the open-coded
   bit tests, or the pop of this frame's records -- so there is one truth
   about which deferred calls run.  A catch-all (a GIMPLE_CATCH without
   types) makes an ERT_TRY region: the stock C personality installs it in
   the forced unwind's phase 2, and, being alone, it needs no dispatch.

     int f (...)                    <entry>
     {                              try
       <entry>                        { BODY (with its returns and exits) }
       BODY                         catch
     }                                { __defer_landing (__builtin_eh_pointer (0),
                                                         frame, deferbits); }
                                   defer_landing:
                                    try
                                      {
                                        <exit code: the pending deferred
                                         calls, by __defer_landing_take>
                                      }
                                    catch
                                      {
                                        __defer_relanding (__builtin_eh_pointer (0),
                                                           frame);
                                        goto defer_landing;
                                      }
                                    if (__defer_landing_done ())
                                      return defer_result;
                                    __defer_resume ();

   The runtime keeps the landing pad's state -- the exception, the frame
   and, for open-coded defers, the bits, which the landing pad's exit
   code tests and clears with __defer_landing_take -- so that nothing
   lives in the frame across the deferred calls: no callee-saved register
   to save in the prologue of the hot path, no stack slot to reserve
   there.

   The deferred calls of the landing pad sit in a catch-all region of
   their own: a panic raised by one of them comes back to the landing pad,
   which goes on with the calls not yet run (each call's bit, or its
   record, is gone before the call is made), as Go's gopanic goes on with
   the frame's defers.  When a deferred call recovered the panic,
   __defer_landing_done says so and the function returns normally, with
   its current result; otherwise the unwinding resumes.  FRAME, the
   function's canonical frame address, tells defer_recover which frame's
   deferred calls the panic is running.

   The landing pad is cold: GCC puts it in the function's .text.unlikely
   part, and the normal path keeps the instructions it has without it.
   A translation unit built with -fplugin-arg-defer-unwind=no gets no
   region: panics and exceptions pass its frames without running their
   defers.  */

#include "defer-plugin.h"

/* The address of a static table of DF's deferred functions by site, for
   the runtime to know which function a landing pad's deferred call
   calls: what names the function of each site (defer_site_fn_identity),
   __DEFER_FN_IN_RECORD where the record holds the function pointer.  */

static tree
build_site_fn_table (defer_function *df, location_t loc)
{
  unsigned n = df->sites.length ();
  tree type = build_array_type_nelts (ptr_type_node, n);
  vec<constructor_elt, va_gc> *elts = NULL;
  tree in_record = build_int_cst (ptr_type_node, DEFER_FN_IN_RECORD);
  for (unsigned k = 0; k < n; k++)
    CONSTRUCTOR_APPEND_ELT (elts, size_int (k),
			    fold_convert (ptr_type_node,
					  defer_site_fn_identity (df->sites[k],
								  in_record)));
  tree decl = build_decl (loc, VAR_DECL, create_tmp_var_name ("defer_site_fns"),
			  type);
  TREE_STATIC (decl) = 1;
  TREE_READONLY (decl) = 1;
  TREE_PUBLIC (decl) = 0;
  DECL_ARTIFICIAL (decl) = 1;
  DECL_IGNORED_P (decl) = 1;
  DECL_CONTEXT (decl) = NULL_TREE;
  DECL_INITIAL (decl) = build_constructor (type, elts);
  TREE_CONSTANT (DECL_INITIAL (decl)) = 1;
  TREE_STATIC (DECL_INITIAL (decl)) = 1;
  varpool_node::finalize_decl (decl);
  return build_fold_addr_expr (decl);
}

/* Return a catch-all region's handler, at LOC: the exception of the
   catch region (__builtin_eh_pointer (0): the lowering of EH replaces
   the 0 by the region's number) and DF's frame go to the runtime -- to
   FN, __defer_landing with the open-coded defer BITS when the body
   throws, __defer_relanding when a deferred call of the landing pad
   does, which then jumps back to AGAIN.  */

static gimple_seq
build_catch_all (defer_function *df, enum defer_runtime_fn fn, tree bits,
		 tree again, location_t loc)
{
  gimple_seq body = NULL;
  gcall *ptr = gimple_build_call (builtin_decl_explicit (BUILT_IN_EH_POINTER),
				  1, integer_zero_node);
  tree exc = create_tmp_var (ptr_type_node, "defer_exc");
  gimple_call_set_lhs (ptr, exc);
  defer_seq_add (&body, ptr, loc);
  tree frame = df->frame;
  if (!frame)
    {
      /* Open-coded: the frame's address, computed here, in the cold
	 code.  */
      frame = create_tmp_var (ptr_type_node, "defer_frame");
      gcall *cfa = gimple_build_call (builtin_decl_explicit
				      (BUILT_IN_DWARF_CFA), 0);
      gimple_call_set_lhs (cfa, frame);
      defer_seq_add (&body, cfa, loc);
    }
  if (fn == DEFER_RT_LANDING)
    {
      tree wide = create_tmp_var (unsigned_type_node, "defer_lp_bits");
      defer_seq_add (&body, gimple_build_assign (wide, NOP_EXPR, bits), loc);
      emit_runtime_call (&body, NULL_TREE, fn, loc, 3, exc, frame, wide);
    }
  else if (fn == DEFER_RT_LANDING_RECORDS)
    emit_runtime_call (&body, NULL_TREE, fn, loc, 4, exc, frame,
		       build_int_cst (unsigned_type_node,
				      df->sites.length ()),
		       build_site_fn_table (df, loc));
  else
    emit_runtime_call (&body, NULL_TREE, fn, loc, 2, exc, frame);
  if (again)
    defer_seq_add (&body, gimple_build_goto (again), loc);
  gimple_seq catch_seq = NULL;
  defer_seq_add (&catch_seq, gimple_build_catch (NULL_TREE, body), loc);
  return catch_seq;
}

/* Whether SEQ holds only clobbers: the end of variables' lives.  */

static bool
clobbers_only_p (gimple_seq seq)
{
  for (gimple_stmt_iterator gsi = gsi_start (seq); !gsi_end_p (gsi);
       gsi_next (&gsi))
    if (!gimple_clobber_p (gsi_stmt (gsi)))
      return false;
  return true;
}

/* walk_gimple_seq callback: give the try/finally at GSI, if its cleanup
   only ends its variables' lives, an empty cleanup on the way of an
   exception (a GIMPLE_EH_ELSE), so that those variables are alive in
   the landing pad, which runs outside every block.  */

static tree
keep_clobbers_off_eh (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *)
{
  gimple *stmt = gsi_stmt (*gsi);
  if (gimple_code (stmt) == GIMPLE_TRY
      && gimple_try_kind (stmt) == GIMPLE_TRY_FINALLY
      && clobbers_only_p (gimple_try_cleanup (stmt)))
    {
      gimple_seq cleanup = gimple_try_cleanup (stmt);
      gimple_seq eh_else = NULL;
      gimple_seq_add_stmt (&eh_else, gimple_build_eh_else (cleanup, NULL));
      gimple_try_set_cleanup (as_a<gtry *> (stmt), eh_else);
    }
  return NULL_TREE;
}

/* Wrap the body of DF's outer bind, whose defers, results and returns
   are already lowered, in a catch-all region, and append the landing pad
   that runs the pending deferred calls (see the comment at the top).
   Everything is at the function's closing brace but the deferred calls,
   which keep their defer statements' lines.  */

void
lower_unwind (defer_function *df)
{
  location_t loc = df->end_loc;
  tree fndecl = df->fun->decl;
  defer_enable_eh (fndecl);
  /* GCC's early inliner would inline an always_inline function into a
     caller without exceptions, dropping its landing pad.  */
  if (lookup_attribute ("always_inline", DECL_ATTRIBUTES (fndecl)))
    {
      warning_at (df->sites[0]->loc, OPT_Wattributes, "%<always_inline%> "
		  "ignored for %qD: its defers need a landing pad, which "
		  "cannot be inlined into functions without defers", fndecl);
      DECL_ATTRIBUTES (fndecl) = remove_attribute ("always_inline",
						   DECL_ATTRIBUTES (fndecl));
      DECL_DISREGARD_INLINE_LIMITS (fndecl) = 0;
    }
  tree recovered = create_artificial_label (loc);
  tree resume = create_artificial_label (loc);
  /* With the user's -fexceptions, the scopes' cleanups also run when an
     exception leaves them, before the landing pad, which is outside all
     of them: the ends of the variables' lives must not, or a deferred
     call would read a variable whose storage GCC gave to another.  (A
     cleanup attribute's call still runs there, as -fexceptions says.)  */
  if (using_eh_for_cleanups_p ())
    {
      struct walk_stmt_info wi;
      memset (&wi, 0, sizeof (wi));
      walk_gimple_seq (gimple_bind_body (df->outer_bind),
		       keep_clobbers_off_eh, NULL, &wi);
    }
  gimple_seq body = gimple_bind_body (df->outer_bind);
  gimple_seq seq = NULL;

  if (df->open_coded)
    {
      /* The body's bits go to the runtime, where GCC knows their value
	 on each path from the body (no register holds them once they
	 fold away), and the landing pad tests and clears them there.  */
      tree landing = create_artificial_label (loc);
      defer_seq_add (&seq, gimple_build_try (body, build_catch_all
					     (df, DEFER_RT_LANDING,
					      df->deferbits, NULL_TREE, loc),
					     GIMPLE_TRY_CATCH), loc);
      /* The pending deferred calls, in a region that comes back here.  */
      emit_label (&seq, landing, loc);
      defer_seq_add (&seq, gimple_build_try (emit_exit_code (df, loc, true),
					     build_catch_all
					     (df, DEFER_RT_RELANDING,
					      NULL_TREE, landing, loc),
					     GIMPLE_TRY_CATCH), loc);
    }
  else
    {
      /* Records: the runtime puts a marker below the frame's records,
	 and the landing pad jumps into the shared exit's loop of the
	 landing level, in the body's region: a deferred call that throws
	 comes back here, and the loop goes on; the marker ends it at
	 LANDED_LABEL.  */
      defer_seq_add (&seq, gimple_build_try (body, build_catch_all
					     (df, DEFER_RT_LANDING_RECORDS,
					      NULL_TREE,
					      df->landing_loop_label
					      ? df->landing_loop_label
					      : df->exit_labels[df->landing_level],
					      loc),
					     GIMPLE_TRY_CATCH), loc);
      emit_label (&seq, df->landed_label, loc);
      gimple_seq_add_seq (&seq, emit_pending_sweep (df, loc, true));
    }

  /* Recovered: return normally; else go on unwinding.  */
  tree done = defer_create_var (integer_type_node, "defer_recovered");
  emit_runtime_call (&seq, done, DEFER_RT_LANDING_DONE, loc, 0);
  emit_branch (&seq, NE_EXPR, done, integer_zero_node, recovered, resume,
	       loc);
  emit_label (&seq, resume, loc);
  emit_runtime_call (&seq, NULL_TREE, DEFER_RT_RESUME, loc, 0);
  emit_label (&seq, recovered, loc);
  gimple_seq_add_seq (&seq, emit_function_return (df, loc));

  gimple_bind_set_body (df->outer_bind, seq);
  if (dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "landing pad at the closing brace\n");
}

/* The attribute that marks the type of a deferred call a landing pad
   makes; a space keeps it out of the user's reach.  */
#define DEFER_LANDING_CALL_ATTRIBUTE "defer landing call"

/* The function type FNTYPE of a deferred call, marked as one a landing
   pad makes.  The mark changes nothing in the call; it stays with the
   call statement through every pass, for defer_keep_landing_calls.  */

tree
defer_landing_call_type (tree fntype)
{
  if (lookup_attribute (DEFER_LANDING_CALL_ATTRIBUTE,
			TYPE_ATTRIBUTES (fntype)))
    return fntype;
  return build_type_attribute_variant
    (fntype, tree_cons (get_identifier (DEFER_LANDING_CALL_ATTRIBUTE),
			NULL_TREE, TYPE_ATTRIBUTES (fntype)));
}

/* Keep the inliner from inlining the deferred calls a landing pad of
   NODE makes (their type has the mark of defer_landing_call_type): a
   deferred function that runs in a panic needs a frame of its own, whose
   caller is the landing pad's, or a defer_recover in a function it calls
   would look called directly by it.  Called before each inlining pass,
   since GCC rebuilds call edges and their flags.  */

void
defer_keep_landing_calls (cgraph_node *node)
{
  for (cgraph_edge *e = node->callees; e; e = e->next_callee)
    if (e->call_stmt && e->inline_failed
	&& lookup_attribute (DEFER_LANDING_CALL_ATTRIBUTE,
			     TYPE_ATTRIBUTES (gimple_call_fntype
					      (e->call_stmt)))
	/* always_inline is the user's promise: GCC would say it failed.  */
	&& !lookup_attribute ("always_inline",
			      DECL_ATTRIBUTES (e->callee->decl)))
      {
	/* GCC's inliner wants a final reason with the flag.  */
	e->call_stmt_cannot_inline_p = 1;
	e->inline_failed = CIF_UNSPECIFIED;
      }
}
