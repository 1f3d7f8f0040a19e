/* defer-open-coded.cc: open-coded defers (Go 1.14).

   A function with at most 8 defers, none in a loop, keeps each deferred
   call's function and arguments in stack slots of its own frame and one
   bit per defer statement in a byte, deferbits:

     defer statement K:   defer_fn = FN; defer_arg = ARG; ...
                          deferbits = deferbits | 1 << K;

     every exit:          for K from the last defer down to 0:
                            if (deferbits & 1 << K)
                              {
                                deferbits = deferbits & ~(1 << K);
                                defer_fn (defer_arg, ...);
                              }

   The bit is cleared before its call, so a deferred call that panics is
   not run again by the unwinding that follows (Go's rule).  The exit
   sequence comes from one builder, emit_open_coded_exit_checks, called
   for each exit (defer-pass.cc), so that an unwinding path (a landing
   pad) can run the very same sequence.  A value that cannot
   change in the function -- a function's address, a constant, the
   address of a variable -- needs no slot: the exit uses it as it is, and
   a call of a known function is a direct call.  With everything
   unconditional, -O2 folds deferbits away and the exit is the call written
   by hand.  */

#include "defer-plugin.h"

/* The byte of defer bits: Go's deferBits.  At most 8 defers are
   open-coded (defer-analyze.cc), one bit each.  */

static tree
deferbits_type (void)
{
  return unsigned_char_type_node;
}

/* Emit `deferbits = deferbits OP MASK' at LOC into SEQ.  */

static void
emit_deferbits_update (gimple_seq *seq, tree deferbits, enum tree_code op,
		       unsigned mask, location_t loc)
{
  tree cst = build_int_cst (deferbits_type (), mask);
  defer_seq_add (seq, gimple_build_assign (deferbits, op, deferbits, cst),
		 loc);
}

/* The code that starts DF's frame: `deferbits = 0'.  */

gimple_seq
emit_open_coded_entry (defer_function *df)
{
  gimple_seq seq = NULL;
  df->deferbits = defer_create_var (deferbits_type (), "deferbits");
  defer_debug_name_var (df, df->deferbits, "__deferbits", df->loc);
  defer_seq_add (&seq,
		 gimple_build_assign (df->deferbits,
				      build_zero_cst (deferbits_type ())),
		 df->loc);
  return seq;
}

/* Return what replaces the defer statement SITE of DF: its function and
   arguments saved, then its bit set.  */

gimple_seq
lower_open_coded_site (defer_function *df, defer_site *site)
{
  gcall *stmt = site->stmt;
  gimple_seq seq = NULL;
  gcc_checking_assert (site->index < 8);

  site->fn_value = defer_save_operand (&seq, gimple_call_arg (stmt, DEFER_ARG_FN),
				 "defer_fn", site->loc);
  for (unsigned i = DEFER_ARG_FIRST; i < gimple_call_num_args (stmt); i++)
    site->arg_values.safe_push (defer_save_operand (&seq, gimple_call_arg (stmt, i),
					      "defer_arg", site->loc));
  emit_deferbits_update (&seq, df->deferbits, BIT_IOR_EXPR,
			 1u << site->index, site->loc);
  return seq;
}

/* Return DF's exit sequence, at EXIT_LOC (the return's line): for each
   defer, newest first, test its bit; if set, clear it and make the call,
   which keeps its defer statement's line.  In a landing pad
   (IN_LANDING_PAD), the bits are the runtime's (__defer_landing got
   them), tested and cleared by __defer_landing_take, so that nothing of
   the landing pad's lives in the frame across its calls; it also learns
   which function the call calls (defer_recover's test).  Under
   -fanalyzer the landing pad tests the frame's bits as well, for the
   analyzer to follow (the same bits: __defer_landing got them from the
   frame, and both are cleared before each call).  */

gimple_seq
emit_open_coded_exit_checks (defer_function *df, location_t exit_loc,
			     bool in_landing_pad)
{
  gimple_seq seq = NULL;
  tree type = deferbits_type ();

  for (unsigned k = df->sites.length (); k-- > 0;)
    {
      defer_site *site = df->sites[k];
      location_t loc = exit_loc;
      unsigned mask = 1u << site->index;
      tree run = create_artificial_label (loc);
      tree skip = create_artificial_label (loc);

      if (in_landing_pad)
	{
	  tree taken = create_tmp_var (integer_type_node, "deferbit");
	  tree fn = create_tmp_var (ptr_type_node, "defer_fn");
	  defer_seq_add (&seq, gimple_build_assign
			 (fn, NOP_EXPR,
			  unshare_expr (defer_site_fn_identity
					(site, site->fn_value))), loc);
	  emit_runtime_call (&seq, taken, DEFER_RT_LANDING_TAKE, loc, 2,
			     build_int_cst (unsigned_type_node, mask), fn);
	  /* Under -fanalyzer the frame's own bits decide, which the
	     analyzer follows: they are the runtime's, tested and cleared
	     alike.  */
	  if (!defer_analyzer_view_p ())
	    {
	      emit_branch (&seq, NE_EXPR, taken, integer_zero_node, run, skip,
			   loc);
	      emit_label (&seq, run, loc);
	    }
	}
      if (!in_landing_pad || defer_analyzer_view_p ())
	{
	  tree bit = create_tmp_var (type, "deferbit");
	  defer_seq_add (&seq, gimple_build_assign (bit, BIT_AND_EXPR,
						    df->deferbits,
						    build_int_cst (type, mask)),
			 loc);
	  emit_branch (&seq, NE_EXPR, bit, build_zero_cst (type), run, skip,
		       loc);
	  emit_label (&seq, run, loc);
	  emit_deferbits_update (&seq, df->deferbits, BIT_AND_EXPR,
				 ~mask & 0xff, loc);
	}
      emit_deferred_call (&seq, site, site->fn_value, site->arg_values,
			  in_landing_pad);
      emit_label (&seq, skip, loc);
    }
  return seq;
}
