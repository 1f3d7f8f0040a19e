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
     }                                { defer_exc = __builtin_eh_pointer (0); }
                                   defer_landing:
                                    try
                                      {
                                        __defer_landing (defer_exc, frame);
                                        <exit code: the pending deferred calls>
                                      }
                                    catch
                                      {
                                        defer_exc = __builtin_eh_pointer (0);
                                        goto defer_landing;
                                      }
                                    if (__defer_landing_done (defer_exc))
                                      return defer_result;
                                    _Unwind_Resume (defer_exc);

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

/* Emit `DEFER_EXC = __builtin_eh_pointer (0)' into SEQ at LOC: the
   exception of the catch region the statement is in (the lowering of EH
   replaces the 0 by the region's number).  */

static void
emit_exception_pointer (gimple_seq *seq, tree exc, location_t loc)
{
  gcall *call = gimple_build_call (builtin_decl_explicit (BUILT_IN_EH_POINTER),
				   1, integer_zero_node);
  gimple_call_set_lhs (call, exc);
  defer_seq_add (seq, call, loc);
}

/* Return a catch-all handler that saves the exception into EXC and, if
   AGAIN is not NULL_TREE, jumps to AGAIN.  */

static gimple_seq
build_catch_all (tree exc, tree again, location_t loc)
{
  gimple_seq handler = NULL;
  emit_exception_pointer (&handler, exc, loc);
  if (again)
    defer_seq_add (&handler, gimple_build_goto (again), loc);
  gimple_seq catch_seq = NULL;
  defer_seq_add (&catch_seq, gimple_build_catch (NULL_TREE, handler), loc);
  return catch_seq;
}

/* The canonical frame address of DF's activation: the records' frame, or
   for open-coded defers a new one, computed in SEQ (the landing pad).  */

static tree
landing_frame (defer_function *df, gimple_seq *seq, location_t loc)
{
  if (df->frame)
    return df->frame;
  tree frame = defer_create_var (ptr_type_node, "defer_frame");
  gcall *cfa = gimple_build_call (builtin_decl_explicit (BUILT_IN_DWARF_CFA),
				  0);
  gimple_call_set_lhs (cfa, frame);
  defer_seq_add (seq, cfa, loc);
  return frame;
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
  tree exc = defer_create_var (ptr_type_node, "defer_exc");
  tree landing = create_artificial_label (loc);
  tree recovered = create_artificial_label (loc);
  tree resume = create_artificial_label (loc);

  gimple_seq body = gimple_bind_body (df->outer_bind);
  gimple_seq seq = NULL;
  defer_seq_add (&seq, gimple_build_try (body, build_catch_all (exc, NULL_TREE,
								loc),
					 GIMPLE_TRY_CATCH), loc);

  /* The pending deferred calls, in a region that comes back here.  */
  emit_label (&seq, landing, loc);
  gimple_seq calls = NULL;
  tree frame = landing_frame (df, &calls, loc);
  emit_runtime_call (&calls, NULL_TREE, DEFER_RT_LANDING, loc, 2, exc, frame);
  gimple_seq_add_seq (&calls, emit_exit_code (df, loc));
  defer_seq_add (&seq, gimple_build_try (calls,
					 build_catch_all (exc, landing, loc),
					 GIMPLE_TRY_CATCH), loc);

  /* Recovered: return normally; else go on unwinding.  */
  tree done = defer_create_var (integer_type_node, "defer_recovered");
  emit_runtime_call (&seq, done, DEFER_RT_LANDING_DONE, loc, 1, exc);
  emit_branch (&seq, NE_EXPR, done, integer_zero_node, recovered, resume,
	       loc);
  emit_label (&seq, resume, loc);
  emit_runtime_call (&seq, NULL_TREE, DEFER_RT_UNWIND_RESUME, loc, 1, exc);
  emit_label (&seq, recovered, loc);
  gimple_seq_add_seq (&seq, emit_function_return (df, loc));

  gimple_bind_set_body (df->outer_bind, seq);
  if (dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "landing pad at the closing brace\n");
}
