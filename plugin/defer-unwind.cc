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
  else
    emit_runtime_call (&body, NULL_TREE, fn, loc, 2, exc, frame);
  if (again)
    defer_seq_add (&body, gimple_build_goto (again), loc);
  gimple_seq catch_seq = NULL;
  defer_seq_add (&catch_seq, gimple_build_catch (NULL_TREE, body), loc);
  return catch_seq;
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
  tree landing = create_artificial_label (loc);
  tree recovered = create_artificial_label (loc);
  tree resume = create_artificial_label (loc);

  /* Open-coded: the body's bits go to the runtime, where GCC knows their
     value on each path from the body (no register holds them once they
     fold away), and the landing pad tests and clears them there.  */
  tree body_bits = df->open_coded ? df->deferbits : integer_zero_node;
  gimple_seq body = gimple_bind_body (df->outer_bind);
  gimple_seq seq = NULL;
  defer_seq_add (&seq, gimple_build_try (body, build_catch_all
					 (df, DEFER_RT_LANDING, body_bits,
					  NULL_TREE, loc),
					 GIMPLE_TRY_CATCH), loc);

  /* The pending deferred calls, in a region that comes back here.  */
  emit_label (&seq, landing, loc);
  defer_seq_add (&seq, gimple_build_try (emit_exit_code (df, loc, true),
					 build_catch_all
					 (df, DEFER_RT_RELANDING, NULL_TREE,
					  landing, loc),
					 GIMPLE_TRY_CATCH), loc);

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
