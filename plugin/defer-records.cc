/* defer-records.cc: defers kept in records (Go's deferprocStack and
   deferproc), for functions that cannot be open-coded.

   Each activation of such a function is identified by its canonical
   frame address (__builtin_dwarf_cfa, Go's sp): deeper frames have lower
   addresses, and it is what the unwinder reports for the frame.  Each
   defer statement K gets a record type of its own: the runtime's header,
   then the function pointer and the converted arguments.

     entry:               frame = __builtin_dwarf_cfa ();
                          __defer_frame_enter (frame);

     stack record K:      rec.K.fn = FN; rec.K.a0 = ARG; ...
     (outside loops)      __defer_proc_stack (&rec.K, frame, K);

     heap record K:       p = (record.K *) __defer_proc (sizeof (record.K), frame, K);
     (in loops)           p->fn = FN; p->a0 = ARG; ...

     every exit:        loop:
                          r = __defer_return (frame);
                          if (r == 0) goto done;
                          switch (r->site) { case K: goto site.K; ... }
                        site.K:
                          f = ((record.K *) r)->fn; a0 = ...;
                          f (a0, ...);
                          goto loop;
                        done:

   The runtime never calls a deferred function: __defer_return hands each
   record back to its frame, whose code loads the payload and makes the
   call directly, with the call's own type -- the speed of a thunk
   without generating one.  */

#include "defer-plugin.h"

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
      if (is_gimple_min_invariant (op))
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

/* Emit into SEQ the call `LHS = FN (ARGS...)' (or no LHS) at LOC.  */

static void
emit_runtime_call (gimple_seq *seq, tree lhs, enum defer_runtime_fn fn,
		   location_t loc, int nargs, ...)
{
  va_list ap;
  va_start (ap, nargs);
  auto_vec<tree> args;
  for (int i = 0; i < nargs; i++)
    args.safe_push (va_arg (ap, tree));
  va_end (ap);
  gcall *call = gimple_build_call_vec (defer_runtime_decl (fn), args);
  if (lhs)
    gimple_call_set_lhs (call, lhs);
  defer_seq_add (seq, call, loc);
}

/* The code that starts DF's frame: its identity, and the runtime told
   that the frame is new (records of abandoned frames at or below it are
   dropped).  */

gimple_seq
emit_records_entry (defer_function *df)
{
  gimple_seq seq = NULL;
  /* The frame's identity is its own CFA: inlined into a caller, the body
     would share the caller's identity and its records.  */
  DECL_UNINLINABLE (df->fun->decl) = 1;
  df->frame = defer_create_var (ptr_type_node, "defer_frame");
  gcall *cfa = gimple_build_call (builtin_decl_explicit (BUILT_IN_DWARF_CFA),
				  0);
  gimple_call_set_lhs (cfa, df->frame);
  defer_seq_add (&seq, cfa, df->loc);
  emit_runtime_call (&seq, NULL_TREE, DEFER_RT_FRAME_ENTER, df->loc, 1,
		     df->frame);
  return seq;
}

/* Store the function and arguments of SITE into RECORD (an lvalue of
   the site's record type), appending to SEQ.  */

static void
store_payload (gimple_seq *seq, defer_site *site, tree record)
{
  for (unsigned i = DEFER_ARG_FN; i < gimple_call_num_args (site->stmt); i++)
    if (tree ref = record_field_ref (site, record, i))
      defer_seq_add (seq,
		     gimple_build_assign (ref, unshare_expr (gimple_call_arg
							     (site->stmt, i))),
		     site->loc);
}

/* Return what replaces the defer statement SITE of DF: a record filled
   and pushed on the thread's chain, in the frame (stack) or from the
   runtime's pool (heap).  */

gimple_seq
lower_record_site (defer_function *df, defer_site *site)
{
  gimple_seq seq = NULL;
  location_t loc = site->loc;
  tree site_id = build_int_cst (unsigned_type_node, site->index);
  site->record_type = build_site_record_type (site);

  if (site->strategy == DEFER_STACK_RECORD)
    {
      site->record = defer_create_var (site->record_type, "defer_record");
      TREE_ADDRESSABLE (site->record) = 1;
      store_payload (&seq, site, site->record);
      /* Pointer types are interchangeable in GIMPLE: the record's address
	 is passed for the header pointer as it is.  */
      tree addr = build_fold_addr_expr (site->record);
      emit_runtime_call (&seq, NULL_TREE, DEFER_RT_PROC_STACK, loc, 3, addr,
			 df->frame, site_id);
      return seq;
    }

  tree hdr_ptr = build_pointer_type (defer_record_header ());
  tree raw = defer_create_var (hdr_ptr, "defer_rec");
  tree size = fold_convert (long_unsigned_type_node,
			    TYPE_SIZE_UNIT (site->record_type));
  emit_runtime_call (&seq, raw, DEFER_RT_PROC, loc, 3, size, df->frame,
		     site_id);
  tree ptr = defer_create_var (build_pointer_type (site->record_type),
			       "defer_rec");
  defer_seq_add (&seq, gimple_build_assign (ptr, NOP_EXPR, raw), loc);
  store_payload (&seq, site, build_simple_mem_ref_loc (loc, ptr));
  return seq;
}

/* Emit into SEQ the call of the record R (a header pointer) made at
   SITE: load the payload, call, and go back to LOOP.  */

static void
emit_record_call (gimple_seq *seq, defer_site *site, tree r, tree loop)
{
  location_t loc = site->loc;
  tree ptr = defer_create_var (build_pointer_type (site->record_type),
			       "defer_rec");
  defer_seq_add (seq, gimple_build_assign (ptr, NOP_EXPR, r), loc);
  tree record = build_simple_mem_ref_loc (loc, ptr);

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
	{
	  value = create_tmp_var (TYPE_MAIN_VARIANT (TREE_TYPE (ref)),
				  "defer_val");
	  defer_seq_add (seq, gimple_build_assign (value, ref), loc);
	}
      if (i == DEFER_ARG_FN)
	fn = value;
      else
	args.safe_push (value);
    }
  emit_deferred_call (seq, site, fn, args);
  defer_seq_add (seq, gimple_build_goto (loop), loc);
}

/* Return DF's exit sequence: Go's deferreturn, with the calls made here.
   Pop this frame's records newest first and dispatch each on its site to
   the code that calls it.  */

gimple_seq
emit_deferreturn_loop (defer_function *df)
{
  gimple_seq seq = NULL;
  location_t loc = df->loc;
  tree hdr_ptr = build_pointer_type (defer_record_header ());
  tree loop = create_artificial_label (loc);
  tree dispatch = create_artificial_label (loc);
  tree done = create_artificial_label (loc);

  defer_seq_add (&seq, gimple_build_label (loop), loc);
  tree r = create_tmp_var (hdr_ptr, "defer_rec");
  emit_runtime_call (&seq, r, DEFER_RT_RETURN, loc, 1, df->frame);
  defer_seq_add (&seq, gimple_build_cond (EQ_EXPR, r,
					  build_zero_cst (hdr_ptr),
					  done, dispatch), loc);
  defer_seq_add (&seq, gimple_build_label (dispatch), loc);

  /* A single site needs no dispatch.  */
  auto_vec<tree> labels;
  for (unsigned k = 0; k < df->sites.length (); k++)
    labels.safe_push (create_artificial_label (df->sites[k]->loc));
  if (df->sites.length () > 1)
    {
      tree site_field = DECL_CHAIN (DECL_CHAIN (TYPE_FIELDS
						(defer_record_header ())));
      tree site_id = create_tmp_var (unsigned_type_node, "defer_site");
      tree ref = build3 (COMPONENT_REF, unsigned_type_node,
			 build_simple_mem_ref_loc (loc, r), site_field,
			 NULL_TREE);
      defer_seq_add (&seq, gimple_build_assign (site_id, ref), loc);
      auto_vec<tree> cases;
      for (unsigned k = 1; k < df->sites.length (); k++)
	cases.safe_push (build_case_label (build_int_cst (unsigned_type_node,
							  k),
					   NULL_TREE, labels[k]));
      /* Site 0 is the default: the runtime returns only records this
	 frame pushed, and every one of them has a site below the
	 number of sites.  */
      tree def = build_case_label (NULL_TREE, NULL_TREE, labels[0]);
      defer_seq_add (&seq, gimple_build_switch (site_id, def, cases), loc);
    }

  for (unsigned k = 0; k < df->sites.length (); k++)
    {
      defer_site *site = df->sites[k];
      defer_seq_add (&seq, gimple_build_label (labels[k]), site->loc);
      emit_record_call (&seq, site, r, loop);
    }
  defer_seq_add (&seq, gimple_build_label (done), loc);
  return seq;
}
