/* defer-records.cc: defers kept in records (Go's deferprocStack and
   deferproc), for functions that cannot be open-coded.

   Each activation of such a function is identified by its canonical
   frame address (__builtin_dwarf_cfa, Go's sp): deeper frames have lower
   addresses, and it is what the unwinder reports for the frame.  Each
   defer statement K gets a record type of its own: the runtime's header,
   then the function pointer and the arguments that can change (a known
   function or a constant is used at the exit as it is).

   The runtime keeps a thread's records in an array of slots
   (runtime/include/defer.h); the common case of each operation is
   written inline, with the runtime's function as the slow path:

     entry:          frame = __builtin_dwarf_cfa ();
                     if (top[-1].frame <= frame) __defer_frame_enter (frame);

     stack record K: rec.K = { header, FN, ARG... };
     (outside loops) push &rec.K into the top slot, after
                     __defer_chain_reach if the top slot is the reach;
                     a run of them with nothing between that calls
                     (find_push_runs): one test of the room for all,
                     one store of the top

     heap record K:  r = the top slot's spare record if it has the size
     (in loops)          class, or __defer_proc (sizeof (record.K), ...);
                     r->fn = FN; r->a0 = ARG; ...

     every exit:   loop:
                     r = pop the top slot if it is this frame's,
                         or __defer_return (frame), which drops the
                         slots of dead frames; if none, goto done;
                     switch (r->site) { case K: goto site.K; ... }
                   site.K:
                     f = ((record.K *) r)->fn; a0 = ...;
                     f (a0, ...);
                     goto loop;
                   done:

   A function whose sites are all stack records pushed inline, into
   which nothing comes back (no setjmp), pops them straight before the
   loop (defer_pops_straight_p, emit_straight_pop): each site that
   pushed, newest first, pops the top slot and makes its call, with no
   dispatch.

   A function with more than DEFER_INLINE_PUSH_SITES record sites makes
   its pushes by calling the runtime (__defer_proc_stack for a stack
   record, __defer_proc alone for a heap record), as Go always does: the
   inline push is several times the size of the call, and in the
   functions with dozens or hundreds of defers that real code has (an
   init routine with an error return after each resource) it would double
   the text and make GCC's RTL passes work over all of it, for a speed
   that matters in small functions.  Their exits are the same, but that
   the sites that make the same call share one record type and one case
   of the dispatch (find_call_site): the exit code grows with the kinds
   of call, not with the defer statements.

   The runtime never calls a deferred function: the frame's own exit code
   loads the payload and makes the call directly, with the call's own
   type -- the speed of a thunk without generating one.

   GCC's analyzer (-fanalyzer) follows the frame's memory, not the
   thread's chain: a record read back from a slot is unknown to it, and
   a pointer stored into a record in a loop looks lost.  So under
   -fanalyzer (only) the lowering keeps what the analyzer needs in the
   frame, and the code it makes still runs as the code made without it:

     exact site K     defer_fn = FN; defer_arg = ARG; ...
     (outside loops)  pending = pending | 1 << K;
                      the record holds the header and FN only

     every exit:      first, in place, the exact sites newer than every
                      defer in a loop (they ran after all the others),
                      each as below; then the loop, where

     site.K:          if (!(pending & 1 << K)) goto loop;
                      pending = pending & ~(1 << K);
                      defer_fn (defer_arg, ...);

     done:            the exact sites whose bits are still set, newest
                      first, as open-coded exits call them (never at
                      run time: each record popped cleared its bit)

     heap record in   the payload stored, then __defer_keep (r), a call
     a loop:          the analyzer cannot see into: what the record
                      holds is kept, not leaked, and no longer tracked

   A site outside loops runs at most once per activation, so its slots
   hold what its record would.  */

#include "defer-plugin.h"

/* The most record sites a function may have for its pushes to be written
   inline (see the comment at the top).  */
#define DEFER_INLINE_PUSH_SITES 16

/* Build the record type of SITE: the runtime's header, then a field for
   the function pointer and each argument, except those invariant in the
   function (a known function, a constant), which the exit uses as they
   are.  Fields aligned beyond 16 bytes are under-aligned to 16, which is
   what heap records guarantee.  Fill SITE->fields.  */

static tree
build_site_record_type (defer_site *site)
{
  tree type = make_node (RECORD_TYPE);
  tree hdr = build_decl (site->loc, FIELD_DECL, get_identifier ("hdr"),
			 defer_record_header ());
  DECL_CONTEXT (hdr) = type;
  tree *chain = &DECL_CHAIN (hdr);

  for (unsigned i = DEFER_ARG_FN; i < gimple_call_num_args (site->stmt); i++)
    {
      tree op = gimple_call_arg (site->stmt, i);
      /* An exact site's arguments wait in its slots; its function stays
	 in the record too, where the runtime reads it for recover.  */
      if (is_gimple_min_invariant (op)
	  || (site->exact && i >= DEFER_ARG_FIRST))
	{
	  site->fields.safe_push (NULL_TREE);
	  continue;
	}
      tree ftype = TYPE_MAIN_VARIANT (TREE_TYPE (op));
      if (TYPE_ALIGN (ftype) > 128)
	ftype = build_aligned_type (ftype, 128);
      char name[16];
      if (i == DEFER_ARG_FN)
	snprintf (name, sizeof name, "fn");
      else
	snprintf (name, sizeof name, "a%u", i - DEFER_ARG_FIRST);
      tree field = build_decl (site->loc, FIELD_DECL, get_identifier (name),
			       ftype);
      DECL_CONTEXT (field) = type;
      *chain = field;
      chain = &DECL_CHAIN (field);
      site->fields.safe_push (field);
    }

  TYPE_FIELDS (type) = hdr;
  char name[32];
  snprintf (name, sizeof name, "defer.record.%u", site->index);
  TYPE_NAME (type) = get_identifier (name);
  /* The plugin's, not the user's: -Wpadded says nothing about it.  */
  TYPE_ARTIFICIAL (type) = 1;
  layout_type (type);
  return type;
}

/* The field of record OBJ (an lvalue of SITE's record type) that holds
   operand OPNO of the site's __defer.stmt call, or NULL_TREE if the
   operand is not stored.  */

static tree
record_field_ref (defer_site *site, tree obj, unsigned opno)
{
  tree field = site->fields[opno - DEFER_ARG_FN];
  if (!field)
    return NULL_TREE;
  return build3 (COMPONENT_REF, TREE_TYPE (field), unshare_expr (obj), field,
		 NULL_TREE);
}

/* A reference to FIELD of the thread's chain (struct __defer_chain).  */

static tree
chain_ref (unsigned field)
{
  return defer_field_ref (defer_chain_var (), field);
}

/* A reference to FIELD of *PTR, a pointer to a runtime struct.  */

static tree
deref_field (tree ptr, unsigned field)
{
  return defer_field_ref (build_simple_mem_ref (ptr), field);
}

/* Emit `NEXT = SLOT + DELTA slots' into SEQ and return NEXT.  */

static tree
emit_slot_step (gimple_seq *seq, tree slot, int delta, location_t loc)
{
  tree next = create_tmp_var (TREE_TYPE (slot), "defer_slot");
  HOST_WIDE_INT size = tree_to_shwi (TYPE_SIZE_UNIT (TREE_TYPE
						      (TREE_TYPE (slot))));
  defer_seq_add (seq, gimple_build_assign (next, POINTER_PLUS_EXPR, slot,
					   build_int_cst (sizetype,
							  delta * size)),
		 loc);
  return next;
}

/* The slot of SITE, an exact site, for operand OPNO of its __defer.stmt
   call: OPNO's value itself where it is invariant.  */

static tree
create_exact_slot (defer_site *site, unsigned opno)
{
  tree op = gimple_call_arg (site->stmt, opno);
  if (is_gimple_min_invariant (op))
    return op;
  tree slot = defer_create_var (TREE_TYPE (op), opno == DEFER_ARG_FN
				? "defer_fn" : "defer_arg");
  defer_suppress_warning (slot, OPT_Wmaybe_uninitialized);
  defer_suppress_warning (slot, OPT_Wuninitialized);
  return slot;
}

/* Under -fanalyzer, append to SEQ at LOC the start of DF's exact view
   (the header comment): choose the exact sites, the first 64 outside
   loops (one bit each), give each its slots, zero as the pending mask.
   Zero slots keep apart, to the analyzer, the paths on which a site ran
   and those on which it did not, where undefined values would let it
   merge them.  */

static void
emit_exact_entry (gimple_seq *seq, defer_function *df, location_t loc)
{
  df->pending = defer_create_var (long_long_unsigned_type_node,
				  "defer_pending");
  emit_store (seq, df->pending, build_zero_cst (long_long_unsigned_type_node),
	      loc);
  for (defer_site *site : df->sites)
    {
      site->exact = !site->in_loop && site->index < 64;
      if (!site->exact)
	continue;
      site->fn_value = create_exact_slot (site, DEFER_ARG_FN);
      for (unsigned i = DEFER_ARG_FIRST; i < gimple_call_num_args (site->stmt);
	   i++)
	site->arg_values.safe_push (create_exact_slot (site, i));
      if (!is_gimple_min_invariant (site->fn_value))
	emit_store (seq, site->fn_value,
		    build_zero_cst (TREE_TYPE (site->fn_value)), loc);
      for (tree slot : site->arg_values)
	if (!is_gimple_min_invariant (slot))
	  emit_store (seq, slot, build_zero_cst (TREE_TYPE (slot)), loc);
    }
}

/* Whether DF's pushes are written inline: at most DEFER_INLINE_PUSH_SITES
   record sites (see the comment at the top).  */

static bool
pushes_inline_p (const defer_function *df)
{
  return df->sites.length () <= DEFER_INLINE_PUSH_SITES;
}

/* walk_gimple_op callback: *TP if it is the thread's chain, named as
   defer.h names it (a program may read it: the runtime's tests do), else
   NULL_TREE.  */

static tree
find_chain_var (tree *tp, int *walk_subtrees, void *)
{
  static tree chain_name;
  if (!chain_name)
    chain_name = get_identifier ("__defer_thread");
  if (VAR_P (*tp) && DECL_NAME (*tp) == chain_name)
    return *tp;
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Whether STMT, between two defer statements of stack records, lets
   their pushes make one run: nothing in it reads the chain or jumps in
   between.  A call may push, pop or move the chain, or panic; a
   statement that may throw (-fnon-call-exceptions) would take the
   landing pad, which reads the chain; an assignment that names the
   chain would read its top before the run stored it; a label is a way
   in.  */

static bool
push_run_continues_p (gimple *stmt)
{
  struct walk_stmt_info wi;
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      /* Not stmt_could_throw_p: it says no while the function's
	 exceptions are off, and the plugin turns them on later
	 (defer-eh.cc).  */
      if (cfun->can_throw_non_call_exceptions && gimple_could_trap_p (stmt))
	return false;
      memset (&wi, 0, sizeof wi);
      return !walk_gimple_op (stmt, find_chain_var, &wi);
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
      return true;
    case GIMPLE_CALL:
      return defer_result_call_p (stmt);
    default:
      return false;
    }
}

/* Find the runs of DF's stack-record pushes (DF's pushes inline): defer
   statements of stack records one after the other in a statement
   sequence, with only statements between them that let a run go on
   (push_run_continues_p).  Set each site's run_room and run_goes_on
   (struct defer_site).  A run pushes its records as one: one test of the
   chain's room, one store of its top.  Not at -O0 or -Og, where each
   push stays whole: a debugger stopped at a defer statement lists the
   records that the ones before it pushed (gdb's `info defers').  */

static void
find_push_runs (defer_function *df)
{
  bool runs = optimize > 0 && !optimize_debug;
  defer_site *first = NULL, *prev = NULL;
  for (defer_site *site : df->sites)
    {
      site->run_room = 0;
      site->run_goes_on = false;
      if (site->strategy != DEFER_STACK_RECORD)
	{
	  prev = NULL;
	  continue;
	}
      gimple *stmt = runs && prev ? prev->stmt->next : NULL;
      while (stmt && stmt != site->stmt && push_run_continues_p (stmt))
	stmt = stmt->next;
      if (stmt == site->stmt)
	{
	  first->run_room++;
	  prev->run_goes_on = true;
	}
      else
	{
	  first = site;
	  site->run_room = 1;
	}
      prev = site;
    }
  if (dump_file && (dump_flags & TDF_DETAILS))
    for (defer_site *site : df->sites)
      if (site->run_room > 1)
	fprintf (dump_file, "%s: defer %u starts a run of %u pushes\n",
		 function_name (df->fun), site->index, site->run_room);
}

/* The code that starts DF's frame: its identity, and the runtime told
   that the frame is new if the chain's top slot is at or below it (a
   longjmp abandoned that frame's records):

     frame = __builtin_dwarf_cfa ();
     if (__defer_thread.top[-1].frame <= frame) __defer_frame_enter (frame);  */

gimple_seq
emit_records_entry (defer_function *df)
{
  gimple_seq seq = NULL;
  location_t loc = df->loc;
  /* The frame's identity is its own CFA: inlined into a caller, the body
     would share the caller's identity and its records.  */
  DECL_UNINLINABLE (df->fun->decl) = 1;
  df->frame = defer_create_var (ptr_type_node, "defer_frame");
  gcall *cfa = gimple_build_call (builtin_decl_explicit (BUILT_IN_DWARF_CFA),
				  0);
  gimple_call_set_lhs (cfa, df->frame);
  defer_seq_add (&seq, cfa, loc);

  tree enter = create_artificial_label (loc);
  tree done = create_artificial_label (loc);
  tree top = emit_load (&seq, chain_ref (DEFER_CHAIN_TOP), "defer_top", loc);
  tree last = emit_slot_step (&seq, top, -1, loc);
  tree frame = emit_load (&seq, deref_field (last, DEFER_SLOT_FRAME),
			  "defer_slot_frame", loc);
  emit_branch (&seq, LE_EXPR, frame, df->frame, enter, done, loc);
  emit_label (&seq, enter, loc);
  emit_runtime_call (&seq, NULL_TREE, DEFER_RT_FRAME_ENTER, loc, 1,
		     df->frame);
  emit_label (&seq, done, loc);

  if (pushes_inline_p (df))
    find_push_runs (df);
  if (defer_pops_straight_p (df))
    {
      df->pushed = defer_create_var (unsigned_type_node, "defer_pushed");
      emit_store (&seq, df->pushed, build_zero_cst (unsigned_type_node), loc);
      if (dump_file && (dump_flags & TDF_DETAILS))
	fprintf (dump_file, "records popped straight\n");
    }
  if (defer_analyzer_view_p ())
    emit_exact_entry (&seq, df, loc);
  return seq;
}

/* Whether DF's exits pop its records site by site, newest site first,
   before the loop (emit_straight_pop): every site is a stack record whose
   push is inline, nothing can come back into the function's body (a
   setjmp, a nonlocal label), and the analyzer's view is off.  Such a site
   runs at most once per activation, and the sites push in their textual
   order (defer-analyze.cc's find_loop_sites: a jump back to an older
   site puts it in a loop), so that the bits of the sites pushed
   (DF->pushed) say which record each slot of the frame's holds.  */

bool
defer_pops_straight_p (const defer_function *df)
{
  if (!pushes_inline_p (df) || defer_analyzer_view_p () || df->reentry)
    return false;
  for (defer_site *site : df->sites)
    if (site->strategy != DEFER_STACK_RECORD)
      return false;
  return true;
}

/* The bit of SITE in DF->pushed (defer_pops_straight_p).  */

static tree
pushed_bit (defer_function *df, defer_site *site)
{
  return build_int_cst (TREE_TYPE (df->pushed), 1u << site->index);
}

/* The bit of the exact site SITE in the pending mask.  */

static tree
pending_bit (defer_site *site)
{
  return wide_int_to_tree (long_long_unsigned_type_node,
			   wi::set_bit_in_zero (site->index, 64));
}

/* Emit `PENDING = PENDING OP MASK' into SEQ at LOC.  */

static void
emit_pending_update (gimple_seq *seq, tree pending, enum tree_code op,
		     tree mask, location_t loc)
{
  defer_seq_add (seq, gimple_build_assign (pending, op, pending, mask), loc);
}

/* Emit into SEQ, for the exact site SITE of DF: if its pending bit is
   set, clear it and make the call from the site's slots, then go on
   at NEXT (at NEXT_LOC) in either case.  IN_LANDING_PAD: as for
   emit_deferred_call.  */

static void
emit_exact_call (gimple_seq *seq, defer_function *df, defer_site *site,
		 tree next, location_t next_loc, bool in_landing_pad)
{
  location_t loc = site->loc;
  tree type = long_long_unsigned_type_node;
  tree bit = create_tmp_var (type, "defer_bit");
  tree run = create_artificial_label (loc);
  defer_seq_add (seq, gimple_build_assign (bit, BIT_AND_EXPR, df->pending,
					   pending_bit (site)), loc);
  emit_branch (seq, EQ_EXPR, bit, build_zero_cst (type), next, run, loc);
  emit_label (seq, run, loc);
  emit_pending_update (seq, df->pending, BIT_AND_EXPR,
		       fold_build1 (BIT_NOT_EXPR, type, pending_bit (site)),
		       loc);
  emit_deferred_call (seq, site, site->fn_value, site->arg_values,
		      in_landing_pad);
  defer_seq_add (seq, gimple_build_goto (next), next_loc);
}

/* Under -fanalyzer, copy the operands of SITE, an exact site, into its
   slots and set its pending bit, appending to SEQ.  */

static void
save_exact_operands (gimple_seq *seq, defer_function *df, defer_site *site)
{
  for (unsigned i = DEFER_ARG_FN; i < gimple_call_num_args (site->stmt); i++)
    {
      tree slot = (i == DEFER_ARG_FN ? site->fn_value
		   : site->arg_values[i - DEFER_ARG_FIRST]);
      if (!is_gimple_min_invariant (slot))
	emit_store (seq, slot, unshare_expr (gimple_call_arg (site->stmt, i)),
		    site->loc);
    }
  emit_pending_update (seq, df->pending, BIT_IOR_EXPR, pending_bit (site),
		       site->loc);
}

/* Store the function and arguments of SITE into RECORD (an lvalue of
   the site's record type), appending to SEQ.  */

static void
store_payload (gimple_seq *seq, defer_site *site, tree record)
{
  for (unsigned i = DEFER_ARG_FN; i < gimple_call_num_args (site->stmt); i++)
    if (tree ref = record_field_ref (site, record, i))
      emit_store (seq, ref, unshare_expr (gimple_call_arg (site->stmt, i)),
		  site->loc);
}

/* Emit into SEQ the push of the slot TOP for FRAME and the record REC
   (Go's link of a record into g._defer), and return the slot after TOP:

     TOP->rec = REC; TOP->frame = FRAME; __defer_thread.top = TOP + 1;

   or, for a heap record (HEAP), the chain's top between the slot's two
   fields; a stack push whose run goes on (!STORE_TOP) leaves the top to
   the run's last push.  The orders are measured (bench/README.md): a
   stack push ran 10% slower with the top stored second, and a heap
   push's two fields stored in a row became one vector store of a pair
   GCC builds in vector registers, 5% slower than the stores it
   replaced.  */

static tree
emit_slot_push (gimple_seq *seq, tree top, tree frame, tree rec, bool heap,
		bool store_top, location_t loc)
{
  tree next = emit_slot_step (seq, top, 1, loc);
  if (heap)
    {
      emit_store (seq, deref_field (top, DEFER_SLOT_FRAME), frame, loc);
      emit_store (seq, chain_ref (DEFER_CHAIN_TOP), next, loc);
      emit_store (seq, deref_field (top, DEFER_SLOT_REC), rec, loc);
      return next;
    }
  emit_store (seq, deref_field (top, DEFER_SLOT_REC), rec, loc);
  emit_store (seq, deref_field (top, DEFER_SLOT_FRAME), frame, loc);
  if (store_top)
    emit_store (seq, chain_ref (DEFER_CHAIN_TOP), next, loc);
  return next;
}

/* Emit into SEQ the test whether the chain's top slot may be pushed
   inline: load the top and go to SLOW if it is the chain's reach, else to
   NEXT.  Return the top slot.  */

static tree
emit_top_slot_check (gimple_seq *seq, tree slow, tree next, location_t loc)
{
  tree top = emit_load (seq, chain_ref (DEFER_CHAIN_TOP), "defer_top", loc);
  tree reach = emit_load (seq, chain_ref (DEFER_CHAIN_REACH), "defer_reach",
			  loc);
  emit_branch (seq, EQ_EXPR, top, reach, slow, next, loc);
  emit_label (seq, next, loc);
  return top;
}

/* Emit into SEQ the test that the chain has room for the N slots of a
   run of pushes (N > 1), made again after each __defer_chain_reach until
   it has, and return the top slot:

     check: top = __defer_thread.top;
            if (top + N > __defer_thread.reach)
              { __defer_chain_reach (); goto check; }  */

static tree
emit_run_room_check (gimple_seq *seq, unsigned n, location_t loc)
{
  tree check = create_artificial_label (loc);
  tree fast = create_artificial_label (loc);
  tree slow = create_artificial_label (loc);
  emit_label (seq, check, loc);
  tree top = emit_load (seq, chain_ref (DEFER_CHAIN_TOP), "defer_top", loc);
  tree reach = emit_load (seq, chain_ref (DEFER_CHAIN_REACH), "defer_reach",
			  loc);
  tree end = emit_slot_step (seq, top, n, loc);
  emit_branch (seq, GT_EXPR, end, reach, slow, fast, loc);
  emit_label (seq, slow, loc);
  defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN), loc);
  emit_runtime_call (seq, NULL_TREE, DEFER_RT_CHAIN_REACH, loc, 0);
  defer_seq_add (seq, gimple_build_goto (check), loc);
  emit_label (seq, fast, loc);
  return top;
}

/* Lower the stack record SITE of DF into SEQ: fill the record in the
   frame and push it inline, after __defer_chain_reach has made room when
   the chain's top slot is its reach (the slow path of Go's
   deferprocStack).  Only the site of a stack record's header is read
   (by the exit's dispatch): its frame and size class are not stored.

     rec.hdr.site = K;
     rec.fn = FN; rec.a0 = ARG; ...
     top = __defer_thread.top;
     if (top == __defer_thread.reach) top = __defer_chain_reach ();
     push (top, frame, &rec);

   A run of pushes (find_push_runs) tests the room for all of its slots
   at its first push (emit_run_room_check), and its pushes fill the
   slots one after the other, the last one storing the chain's top:
   nothing between them can read the chain.

   Where DF's pushes are not inline, the runtime makes the push and fills
   the header:

     rec.fn = FN; rec.a0 = ARG; ...
     __defer_proc_stack (&rec, frame, K);  */

static void
lower_stack_record_site (gimple_seq *seq, defer_function *df,
			 defer_site *site)
{
  location_t loc = site->loc;
  tree site_id = build_int_cst (unsigned_type_node, site->index);
  site->record = defer_create_var (site->record_type, "defer_record");
  TREE_ADDRESSABLE (site->record) = 1;
  if (!pushes_inline_p (df))
    {
      store_payload (seq, site, site->record);
      emit_runtime_call (seq, NULL_TREE, DEFER_RT_PROC_STACK, loc, 3,
			 build_fold_addr_expr (site->record), df->frame,
			 site_id);
      return;
    }
  tree hdr = defer_field_ref (site->record, 0);
  emit_store (seq, defer_field_ref (hdr, DEFER_HDR_SITE), site_id, loc);
  store_payload (seq, site, site->record);

  /* Pointer types are interchangeable in GIMPLE: the record's address
     stands for the header pointer as it is.  */
  tree addr = build_fold_addr_expr (site->record);
  tree top;
  if (site->run_room == 0)
    top = df->run_next;
  else if (site->run_room > 1)
    top = emit_run_room_check (seq, site->run_room, loc);
  else
    {
      tree fast = create_artificial_label (loc);
      tree slow = create_artificial_label (loc);
      tree push = create_artificial_label (loc);
      top = emit_top_slot_check (seq, slow, fast, loc);
      defer_seq_add (seq, gimple_build_goto (push), loc);
      emit_label (seq, slow, loc);
      defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN),
		     loc);
      emit_runtime_call (seq, top, DEFER_RT_CHAIN_REACH, loc, 0);
      emit_label (seq, push, loc);
    }
  tree next = emit_slot_push (seq, top, df->frame, addr, false,
			      !site->run_goes_on, loc);
  df->run_next = site->run_goes_on ? next : NULL_TREE;
  if (df->pushed)
    defer_seq_add (seq, gimple_build_assign (df->pushed, BIT_IOR_EXPR,
					     df->pushed,
					     pushed_bit (df, site)), loc);
}

/* Store the function and arguments of SITE into the heap record R (a
   header pointer), at LOC, appending to SEQ.  */

static void
store_record_payload (gimple_seq *seq, defer_site *site, tree r,
		      location_t loc)
{
  tree ptr = defer_create_var (build_pointer_type (site->record_type),
			       "defer_rec");
  defer_seq_add (seq, gimple_build_assign (ptr, NOP_EXPR, r), loc);
  store_payload (seq, site, build_simple_mem_ref_loc (loc, ptr));
  /* The pointer the payload was stored through: to the analyzer, the
     record it points to is not the one the header pointer does.  */
  if (defer_analyzer_view_p () && !site->exact)
    emit_runtime_call (seq, NULL_TREE, DEFER_RT_KEEP, loc, 1, ptr);
}

/* Lower the heap record SITE of DF into SEQ: take the record, inline
   when the chain's top slot's spare record has the right size class
   (then the slot is below the chain's reach), else from __defer_proc
   (Go's deferproc); then fill it:

     top = __defer_thread.top;
     if (top->spare_class == CLASS)
       { r = top->spare; push (top, frame, r); r->frame = frame; r->site = K; }
     else
       r = __defer_proc (sizeof (record), frame, K);
     ((record *) r)->fn = FN; ...

   Where DF's pushes are not inline, r = __defer_proc (...) alone.  */

static void
lower_heap_record_site (gimple_seq *seq, defer_function *df,
			defer_site *site)
{
  location_t loc = site->loc;
  tree site_id = build_int_cst (unsigned_type_node, site->index);
  tree hdr_ptr = build_pointer_type (defer_record_header ());
  unsigned HOST_WIDE_INT size
    = tree_to_uhwi (TYPE_SIZE_UNIT (site->record_type));
  tree r = defer_create_var (hdr_ptr, "defer_rec");
  tree size_arg = build_int_cst (long_unsigned_type_node, size);

  if (!pushes_inline_p (df))
    {
      emit_runtime_call (seq, r, DEFER_RT_PROC, loc, 3, size_arg, df->frame,
			 site_id);
      store_record_payload (seq, site, r, loc);
      return;
    }

  tree check = create_artificial_label (loc);
  tree fast = create_artificial_label (loc);
  tree slow = create_artificial_label (loc);
  tree done = create_artificial_label (loc);
  /* Under -fanalyzer, a defer in a loop always takes its record from
     __defer_proc: the analyzer tells apart the records a call returns
     in each iteration, not the spares read from the chain.  */
  if (defer_analyzer_view_p () && !site->exact)
    defer_seq_add (seq, gimple_build_goto (slow), loc);
  /* No slot at or past the chain's reach has a spare (runtime/chain.c):
     the class's test is the reach's too.  */
  emit_label (seq, check, loc);
  tree top = emit_load (seq, chain_ref (DEFER_CHAIN_TOP), "defer_top", loc);
  tree cls = emit_load (seq, deref_field (top, DEFER_SLOT_SPARE_CLASS),
			"defer_class", loc);
  tree want = build_int_cst (long_unsigned_type_node,
			     defer_size_class (size));
  emit_branch (seq, EQ_EXPR, cls, want, fast, slow, loc);

  emit_label (seq, fast, loc);
  emit_store (seq, r, deref_field (top, DEFER_SLOT_SPARE), loc);
  emit_slot_push (seq, top, df->frame, r, true, true, loc);
  emit_store (seq, deref_field (r, DEFER_HDR_FRAME), df->frame, loc);
  emit_store (seq, deref_field (r, DEFER_HDR_SITE), site_id, loc);
  defer_seq_add (seq, gimple_build_goto (done), loc);

  emit_label (seq, slow, loc);
  defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN), loc);
  emit_runtime_call (seq, r, DEFER_RT_PROC, loc, 3, size_arg, df->frame,
		     site_id);
  emit_label (seq, done, loc);
  store_record_payload (seq, site, r, loc);
}

/* Whether the deferred calls of sites A and B, neither exact, are the
   same code when each is made from its own record: the same type of
   call, the same invariant operands (a known function, constants, a
   static chain), and stored operands of the same types, so that one
   record type holds either's.  */

static bool
same_record_call_p (defer_site *a, defer_site *b)
{
  unsigned n = gimple_call_num_args (a->stmt);
  if (n != gimple_call_num_args (b->stmt)
      || TYPE_MAIN_VARIANT (defer_site_fntype (a))
	 != TYPE_MAIN_VARIANT (defer_site_fntype (b)))
    return false;
  if ((a->chain == NULL_TREE) != (b->chain == NULL_TREE)
      || (a->chain && !operand_equal_p (a->chain, b->chain, 0)))
    return false;
  for (unsigned i = DEFER_ARG_FN; i < n; i++)
    {
      tree opa = gimple_call_arg (a->stmt, i);
      tree opb = gimple_call_arg (b->stmt, i);
      bool inva = is_gimple_min_invariant (opa);
      if (inva != is_gimple_min_invariant (opb))
	return false;
      if (inva ? !operand_equal_p (opa, opb, 0)
	  : (TYPE_MAIN_VARIANT (TREE_TYPE (opa))
	     != TYPE_MAIN_VARIANT (TREE_TYPE (opb))))
	return false;
    }
  return true;
}

/* Set SITE->call_site, the site whose exit code makes SITE's call, and
   return it.  In a function whose pushes call the runtime (more than
   DEFER_INLINE_PUSH_SITES sites: an init routine's dozens or hundreds of
   defer statements, most of them `defer (release, p)' alike), sites
   that make the same call share one record type and one case of the
   exit's dispatch, the first such site's, whose line the call has:
   the exit code and the loop that GCC's passes work over grow with the
   kinds of call, not with the defer statements (bench/exits.sh).  Each
   record still names its own site, for the runtime and gdb.  Else, and
   for exact sites (-fanalyzer), the site itself.  */

static defer_site *
find_call_site (defer_function *df, defer_site *site)
{
  site->call_site = site;
  if (pushes_inline_p (df) || site->exact)
    return site;
  for (defer_site *other : df->sites)
    {
      if (other == site)
	break;
      if (other->call_site == other && other->record_type && !other->exact
	  && same_record_call_p (other, site))
	{
	  site->call_site = other;
	  break;
	}
    }
  if (site->call_site != site && dump_file && (dump_flags & TDF_DETAILS))
    fprintf (dump_file, "%s: defer %u makes the exit call of defer %u\n",
	     function_name (df->fun), site->index, site->call_site->index);
  return site->call_site;
}

/* Return what replaces the defer statement SITE of DF: a record filled
   and pushed on the thread's chain, in the frame (stack) or from the
   runtime's pool (heap).  */

gimple_seq
lower_record_site (defer_function *df, defer_site *site)
{
  gimple_seq seq = NULL;
  defer_site *call_site = find_call_site (df, site);
  if (call_site != site)
    {
      site->record_type = call_site->record_type;
      site->fields.safe_splice (call_site->fields);
    }
  else
    site->record_type = build_site_record_type (site);
  if (site->exact)
    save_exact_operands (&seq, df, site);
  if (site->strategy == DEFER_STACK_RECORD)
    lower_stack_record_site (&seq, df, site);
  else
    lower_heap_record_site (&seq, df, site);
  return seq;
}

/* Emit into SEQ the call of the record R (a header pointer) made at
   SITE, or of the site's stack record in the frame if R is NULL_TREE:
   load the payload, call (at the defer statement's line), and go back
   to LOOP (at EXIT_LOC).  IN_LANDING_PAD: a panic may make the call
   (emit_deferred_call).  */

static void
emit_record_call (gimple_seq *seq, defer_function *df, defer_site *site,
		  tree r, tree loop, location_t exit_loc, bool in_landing_pad)
{
  location_t loc = site->loc;
  if (site->exact)
    {
      emit_exact_call (seq, df, site, loop, exit_loc, in_landing_pad);
      return;
    }
  /* Without R (a straight pop), the frame's own stack record.  */
  tree record = site->record;
  if (r)
    {
      tree ptr = defer_create_var (build_pointer_type (site->record_type),
				   "defer_rec");
      defer_seq_add (seq, gimple_build_assign (ptr, NOP_EXPR, r), loc);
      record = build_simple_mem_ref_loc (loc, ptr);
    }

  /* Load register values into temporaries; aggregates are passed from
     the record as they are (the call copies them).  */
  tree fn = NULL_TREE;
  auto_vec<tree> args;
  for (unsigned i = DEFER_ARG_FN; i < gimple_call_num_args (site->stmt); i++)
    {
      tree ref = record_field_ref (site, record, i);
      tree value = ref;
      if (!ref)
	value = gimple_call_arg (site->stmt, i);
      else if (is_gimple_reg_type (TREE_TYPE (ref)))
	value = emit_load (seq, ref, "defer_val", loc);
      if (i == DEFER_ARG_FN)
	fn = value;
      else
	args.safe_push (value);
    }
  emit_deferred_call (seq, site, fn, args, in_landing_pad);
  defer_seq_add (seq, gimple_build_goto (loop), exit_loc);
}

/* Emit into SEQ the pop of DF's newest record into R, inline when the
   slot below the chain's top is the frame's, else by __defer_return
   (which also drops the records of dead frames below, and those a
   longjmp inside a deferred call abandoned above), going to DONE when
   the frame has none left:

     last = __defer_thread.top - 1;
     if (last->frame == frame)
       { __defer_thread.top = last; r = last->rec; }
     else
       { r = __defer_return (frame); if (!r) goto DONE; }

   The top is loaded again after each deferred call: a call that returns
   leaves the chain as many slots deep as it found it, but the pushes it
   made may have grown the chain's array, or its pops shrunk it, to
   another address (runtime/chain.c).  (The straight pops keep the
   depth instead, emit_straight_pop; here the loads through the record
   hide the top's.)

   Only the runtime pops the slots of a landing pad (their frame is
   marked) and the marker below them: where LANDED is not NULL_TREE, the
   marker, a record whose site is the number of sites, goes to LANDED
   from the runtime's pop, and the inline pop needs no test for it.

   A top slot of a shallower frame (last->frame > frame) means that no
   record of the frame is left, nor any of a dead frame above them: the
   loop goes to DONE without the call, as the runtime's would return
   NULL, unless the runtime is to trim the spares that a loop of defers
   left above the top (the top more than DEFER_SPARE_TRIM slots below
   the reach: a frame with heap records is the one that left them).
   Where the pops are straight (defer_pops_straight_p), ASK labels the
   call, which the straight pops go to when they meet what they do not
   expect, and a shallower frame's slot means DONE at once: no site of
   the frame is a heap record, and the spares a loop of defers left are
   trimmed by that loop's own frame.  Else ASK is NULL_TREE.  */

static void
emit_record_pop (gimple_seq *seq, defer_function *df, tree r,
		 tree done, tree ask, tree landed, location_t loc)
{
  tree fast = create_artificial_label (loc);
  tree slow = create_artificial_label (loc);
  tree popped = create_artificial_label (loc);
  tree top = emit_load (seq, chain_ref (DEFER_CHAIN_TOP), "defer_top", loc);
  tree last = emit_slot_step (seq, top, -1, loc);
  tree frame = emit_load (seq, deref_field (last, DEFER_SLOT_FRAME),
			  "defer_slot_frame", loc);
  emit_branch (seq, EQ_EXPR, frame, df->frame, fast, slow, loc);

  emit_label (seq, fast, loc);
  /* The slow pop below is the loop's only way out, so every path to the
     function's end passes it, and GCC draws no prediction of this
     branch from its cold label (predict.cc's predict_paths_leading_to):
     it guessed the runtime's pop the likely one (70%) and laid the loop
     out with a jump between each call and the pop before it.  Where
     records are left to pop, the inline pop is the likely one: with it
     so, the pop, the call and the test for the next follow each other
     and the test branches back (a loop of 10 heap records: 1.45x a
     plain call's time per defer, was 1.75x).  After straight pops the
     loop finds the frame's records gone: GCC's guess stands there.  */
  if (!ask)
    defer_seq_add (seq, gimple_build_predict (PRED_HOT_LABEL, TAKEN), loc);
  emit_store (seq, chain_ref (DEFER_CHAIN_TOP), last, loc);
  emit_store (seq, r, deref_field (last, DEFER_SLOT_REC), loc);
  defer_seq_add (seq, gimple_build_goto (popped), loc);

  /* Once per exit: the pop that finds the frame's records gone.  */
  emit_label (seq, slow, loc);
  defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN), loc);
  if (ask)
    emit_branch (seq, GT_EXPR, frame, df->frame, done, ask, loc);
  else
    {
      /* The runtime's own end of an exit loop, inline: a shallower
	 frame's slot ends the loop unless the spares above the top are
	 to be trimmed (defer.h's __DEFER_SPARE_TRIM).  */
      tree shallower = create_artificial_label (loc);
      ask = create_artificial_label (loc);
      emit_branch (seq, GT_EXPR, frame, df->frame, shallower, ask, loc);
      emit_label (seq, shallower, loc);
      tree reach = emit_load (seq, chain_ref (DEFER_CHAIN_REACH),
			      "defer_reach", loc);
      tree kept = emit_slot_step (seq, top, DEFER_SPARE_TRIM, loc);
      emit_branch (seq, GE_EXPR, kept, reach, done, ask, loc);
    }
  emit_label (seq, ask, loc);
  emit_runtime_call (seq, r, DEFER_RT_RETURN, loc, 1, df->frame);
  tree runtime_popped = landed ? create_artificial_label (loc) : popped;
  emit_branch (seq, EQ_EXPR, r, build_zero_cst (TREE_TYPE (r)), done,
	       runtime_popped, loc);
  if (landed)
    {
      emit_label (seq, runtime_popped, loc);
      tree site_id = emit_load (seq, deref_field (r, DEFER_HDR_SITE),
				"defer_site", loc);
      tree marker = create_artificial_label (loc);
      emit_branch (seq, EQ_EXPR, site_id,
		   build_int_cst (TREE_TYPE (site_id), df->sites.length ()),
		   marker, popped, loc);
      emit_label (seq, marker, loc);
      defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN),
		     loc);
      defer_seq_add (seq, gimple_build_goto (landed), loc);
    }
  emit_label (seq, popped, loc);
}

/* Emit into SEQ the straight pop of SITE, a stack record of DF (see
   defer_pops_straight_p), and its call, if the site pushed its record:
   then the slot below DEPTH (the chain's top as the exit code last knew
   it, in bytes from the array's base) holds it, unless it is not the
   frame's at all (then ASK, the loop's call of __defer_return, which
   knows what to do with that):

     if (pushed & 1 << K)
       {
	 last = __defer_thread.base + DEPTH - 1 slot;
	 if (last->frame != frame) goto ASK;
	 __defer_thread.top = last; DEPTH -= 1 slot;
	 rec.K.fn (rec.K.a0, ...);
       }

   A call that returns leaves the chain as many slots deep as it found
   it, but the pushes it made may have grown the array, or its pops
   shrunk it, to another address (runtime/chain.c): the base is loaded
   again, not the top.  The base is not stored on the way; the top the
   last pop stored, loaded again, would put the store's forwarding on
   the path from one pop to the next (9 stack records: 1.37x a plain
   call instead of 1.22x).  Slots that a longjmp inside a call left
   above DEPTH are dead, and storing LAST drops them as
   __defer_frame_enter would.

   The frame's records lie in the chain in the order of their sites, and
   the newer sites' are popped already.  Above them there may be slots of
   deeper frames that a longjmp or a function compiled with unwind=no
   left, whose frame is below this one's; a landing pad's slots have a
   marked frame (runtime/chain.c), and the runtime pops them.  Where
   the site always pushed, GCC folds the bit test away.  */

static void
emit_straight_pop (gimple_seq *seq, defer_function *df, defer_site *site,
		   tree depth, tree ask, location_t loc)
{
  tree pushed = create_artificial_label (loc);
  tree ours = create_artificial_label (loc);
  tree next = create_artificial_label (loc);
  tree bit = create_tmp_var (TREE_TYPE (df->pushed), "defer_pushed_bit");
  defer_seq_add (seq, gimple_build_assign (bit, BIT_AND_EXPR, df->pushed,
					   pushed_bit (df, site)), loc);
  emit_branch (seq, NE_EXPR, bit, build_zero_cst (TREE_TYPE (bit)), pushed,
	       next, loc);
  emit_label (seq, pushed, loc);
  tree base = emit_load (seq, chain_ref (DEFER_CHAIN_BASE), "defer_base",
			 loc);
  tree below = create_tmp_var (sizetype, "defer_depth");
  defer_seq_add (seq, gimple_build_assign (below, MINUS_EXPR, depth,
					   TYPE_SIZE_UNIT (TREE_TYPE
							   (TREE_TYPE (base)))),
		 loc);
  tree last = create_tmp_var (TREE_TYPE (base), "defer_slot");
  defer_seq_add (seq, gimple_build_assign (last, POINTER_PLUS_EXPR, base,
					   below), loc);
  tree frame = emit_load (seq, deref_field (last, DEFER_SLOT_FRAME),
			  "defer_slot_frame", loc);
  tree other = create_artificial_label (loc);
  emit_branch (seq, EQ_EXPR, frame, df->frame, ours, other, loc);
  /* The way to the runtime is the rare one: the calls follow the tests
     in a line.  */
  emit_label (seq, other, loc);
  defer_seq_add (seq, gimple_build_predict (PRED_COLD_LABEL, NOT_TAKEN), loc);
  defer_seq_add (seq, gimple_build_goto (ask), loc);
  emit_label (seq, ours, loc);
  emit_store (seq, chain_ref (DEFER_CHAIN_TOP), last, loc);
  emit_store (seq, depth, below, loc);
  emit_record_call (seq, df, site, NULL_TREE, next, loc, false);
  emit_label (seq, next, loc);
}

static gimple_seq emit_pending_sweep_from (defer_function *, unsigned,
					   location_t, bool);

/* Return, under -fanalyzer, the calls of DF's exact sites whose pending
   bits are still set once its records are popped, newest first, at LOC:
   none at run time (each record popped cleared its site's bit), but
   on the analyzer's paths, where the pops are unknown, every exact site
   that ran is called once (the header comment).  Empty without
   -fanalyzer.  IN_LANDING_PAD: as for emit_deferred_call.  */

gimple_seq
emit_pending_sweep (defer_function *df, location_t loc, bool in_landing_pad)
{
  return emit_pending_sweep_from (df, 0, loc, in_landing_pad);
}

/* The sweep of emit_pending_sweep for the exact sites from number FIRST
   on only.  */

static gimple_seq
emit_pending_sweep_from (defer_function *df, unsigned first, location_t loc,
			 bool in_landing_pad)
{
  gimple_seq seq = NULL;
  if (!df->pending)
    return seq;
  for (unsigned k = df->sites.length (); k-- > first;)
    if (df->sites[k]->exact)
      {
	tree next = create_artificial_label (loc);
	emit_exact_call (&seq, df, df->sites[k], next, loc, in_landing_pad);
	emit_label (&seq, next, loc);
      }
  return seq;
}

/* Return DF's exit sequence, at LOC (the closing brace of the function,
   where the sequence is shared by its returns): Go's deferreturn, with
   the calls made here.  Pop this frame's records newest first and
   dispatch each on its site to the code that calls it.  When LANDED is
   not NULL_TREE, the sequence is also the landing pad's (defer-unwind.cc,
   which enters it at the top's load):
   below the frame's records, the runtime's marker record, whose site is
   the number of sites, sends the loop to LANDED.

   Where the pops are straight (defer_pops_straight_p), the exits first
   take the sites newest first, each that pushed popping its record and
   making its call, then come to the loop, which finds the frame's
   records gone and ends without calling the runtime; a slot the straight
   pops did not expect sends them to the loop's call of the runtime:

     depth = __defer_thread.top - __defer_thread.base;
     <emit_straight_pop of site N-1>
     ...
     <emit_straight_pop of site 0>
   loop:					(the landing pad)
     <emit_record_pop, whose runtime pop sends the marker to LANDED>
     switch (r->site) { case K: goto site.K; ... }
   site.K:
     rec.K.fn (rec.K.a0, ...); goto loop;
   done:  */

gimple_seq
emit_deferreturn_loop (defer_function *df, location_t loc, tree landed)
{
  gimple_seq seq = NULL;
  tree hdr_ptr = build_pointer_type (defer_record_header ());
  tree loop = create_artificial_label (loc);
  tree done = create_artificial_label (loc);
  bool straight = defer_pops_straight_p (df);
  unsigned n = df->sites.length ();

  /* Under -fanalyzer, the exact sites newer than every defer in a loop
     ran after all of the others: their calls come first, in place, as an
     open-coded exit makes them, where the analyzer follows them best
     (across the calls of the loop, it may forget slots still needed).
     Their records, popped below, find their bits clear.  A landing pad
     enters at the loop (LANDING_LOOP_LABEL), where each call it makes
     follows the pop that tells the runtime which call runs.  */
  if (landed)
    df->landing_loop_label = loop;
  if (df->pending)
    {
      unsigned first = 0;
      for (unsigned k = 0; k < n; k++)
	if (!df->sites[k]->exact)
	  first = k + 1;
      gimple_seq_add_seq (&seq, emit_pending_sweep_from (df, first, loc,
							 false));
    }

  tree ask = straight ? create_artificial_label (loc) : NULL_TREE;
  if (straight)
    {
      tree top = emit_load (&seq, chain_ref (DEFER_CHAIN_TOP), "defer_top",
			    loc);
      tree base = emit_load (&seq, chain_ref (DEFER_CHAIN_BASE),
			     "defer_base", loc);
      tree diff = create_tmp_var (ptrdiff_type_node, "defer_depth");
      defer_seq_add (&seq, gimple_build_assign (diff, POINTER_DIFF_EXPR, top,
						base), loc);
      tree depth = create_tmp_var (sizetype, "defer_depth");
      defer_seq_add (&seq, gimple_build_assign (depth, NOP_EXPR, diff), loc);
      for (unsigned k = n; k-- > 0;)
	emit_straight_pop (&seq, df, df->sites[k], depth, ask, loc);
      defer_seq_add (&seq, gimple_build_goto (loop), loc);
    }

  /* The exits, the straight pops and the landing pad enter the loop at
     LOOP; each deferred call goes back to it.  */
  emit_label (&seq, loop, loc);
  tree r = create_tmp_var (hdr_ptr, "defer_rec");
  emit_record_pop (&seq, df, r, done, ask, landed, loc);

  /* A single site needs no dispatch.  */
  auto_vec<tree> labels;
  for (unsigned k = 0; k < n; k++)
    labels.safe_push (create_artificial_label (df->sites[k]->loc));
  if (n > 1)
    {
      tree site_id = emit_load (&seq, deref_field (r, DEFER_HDR_SITE),
				"defer_site", loc);
      auto_vec<tree> cases;
      for (unsigned k = 0; k < n; k++)
	cases.safe_push (build_case_label (build_int_cst (unsigned_type_node,
							  k),
					   NULL_TREE,
					   labels[df->sites[k]->call_site
						  ->index]));
      /* Only records this frame pushed come here (the landing pad's
	 marker went to LANDED), and each has a site below the number of
	 sites: the default is unreachable, which spares the jump table
	 its range check.  */
      tree unreachable = create_artificial_label (loc);
      tree def = build_case_label (NULL_TREE, NULL_TREE, unreachable);
      defer_seq_add (&seq, gimple_build_switch (site_id, def, cases), loc);
      emit_label (&seq, unreachable, loc);
      defer_seq_add (&seq, gimple_build_call (builtin_decl_implicit
					      (BUILT_IN_UNREACHABLE), 0),
		     loc);
    }

  for (unsigned k = 0; k < n; k++)
    {
      defer_site *site = df->sites[k];
      if (site->call_site != site)
	continue;
      emit_label (&seq, labels[k], site->loc);
      emit_record_call (&seq, df, site, r, loop, loc, landed != NULL_TREE);
    }
  emit_label (&seq, done, loc);
  gimple_seq_add_seq (&seq, emit_pending_sweep (df, loc,
						landed != NULL_TREE));
  return seq;
}
