/* defer-runtime.cc: the plugin's mirror of the runtime's ABI.

   runtime/include/defer.h publishes what lowered code may touch: the
   header every record starts with (struct __defer_record), a slot of a
   thread's chain (struct __defer_slot), the chain itself at the start of
   the thread-local __defer_thread (struct __defer_chain), the size
   classes of heap records, and the entry points the lowering calls.  This
   file builds the same types and declarations as trees, on first use in
   a unit, so that a unit refers only to what its code uses, and keeps
   them alive across garbage collections.  The runtime checks the layout
   against defer.h with static asserts (runtime/defer-internal.h); the
   field numbers below follow defer.h's order.

   A unit that refers to the runtime also refers to the link check,
   __defer_runtime_missing__link_with_-ldefer (runtime/link-check.c), so
   that a program linked without -ldefer fails with that name first.  */

#include "defer-plugin.h"

tree defer_runtime_decls[DEFER_RT_MAX];
tree defer_record_header_type;
tree defer_slot_type;
tree defer_chain_decl;

/* Whether this unit refers to the link check yet.  */
static bool defer_link_check_emitted;

/* Forget the trees of the previous unit: the types are built again for
   this one, on first use.  */

void
defer_reset_runtime_decls (void)
{
  for (int i = 0; i < DEFER_RT_MAX; i++)
    defer_runtime_decls[i] = NULL_TREE;
  defer_record_header_type = NULL_TREE;
  defer_slot_type = NULL_TREE;
  defer_chain_decl = NULL_TREE;
  defer_link_check_emitted = false;
}

/* Make the unit refer to the runtime's link check, once: a top-level asm
   with a relocation of type R_X86_64_NONE at offset 0 of .text, which
   patches nothing and costs nothing at run time.  Offset 0 sorts first,
   so without -ldefer the linker's first error for the unit is the
   undefined reference to __defer_runtime_missing__link_with_-ldefer.
   Called wherever a reference to the runtime is built.  */

static void
require_link_check (void)
{
  static const char text[]
    = "\t.pushsection .text\n"
      "\t.reloc 0, R_X86_64_NONE, "
      "\"__defer_runtime_missing__link_with_-ldefer\"\n"
      "\t.popsection";

  if (defer_link_check_emitted)
    return;
  defer_link_check_emitted = true;
  symtab->finalize_toplevel_asm (build_string (sizeof text - 1, text));
}

/* The size class of a heap record of SIZE bytes, header included:
   defer.h's __DEFER_CLASS_OF, what a slot's spare_class holds.  */

unsigned HOST_WIDE_INT
defer_size_class (unsigned HOST_WIDE_INT size)
{
  return (size + DEFER_CLASS_BYTES - 1) / DEFER_CLASS_BYTES;
}

/* Build a struct NAME with the NFIELDS fields of FIELDS (a name and a
   type each), laid out as C lays it out.  */

struct defer_field_desc
{
  const char *name;
  tree type;
};

static tree
build_runtime_struct (tree type, const char *name,
		      const defer_field_desc *fields, int nfields)
{
  tree chain = NULL_TREE;
  for (int i = nfields - 1; i >= 0; i--)
    {
      tree field = build_decl (BUILTINS_LOCATION, FIELD_DECL,
			       get_identifier (fields[i].name),
			       fields[i].type);
      DECL_CONTEXT (field) = type;
      DECL_CHAIN (field) = chain;
      chain = field;
    }
  TYPE_FIELDS (type) = chain;
  TYPE_NAME (type) = get_identifier (name);
  layout_type (type);
  return type;
}

/* The runtime's struct __defer_record (runtime/include/defer.h): the
   header every record starts with.  Built on first use, as are the
   other runtime structs.  */

tree
defer_record_header (void)
{
  if (defer_record_header_type)
    return defer_record_header_type;
  tree type = make_node (RECORD_TYPE);
  const defer_field_desc fields[] = {
    { "link", build_pointer_type (type) }, { "frame", ptr_type_node },
    { "site", unsigned_type_node }, { "sizeclass", unsigned_type_node }
  };
  defer_record_header_type
    = build_runtime_struct (type, "__defer_record", fields, 4);
  return defer_record_header_type;
}

/* The runtime's struct __defer_slot: one entry of a thread's chain.  */

static tree
defer_slot (void)
{
  if (defer_slot_type)
    return defer_slot_type;
  tree rec = build_pointer_type (defer_record_header ());
  const defer_field_desc fields[] = {
    { "frame", ptr_type_node }, { "rec", rec }, { "spare", rec },
    { "spare_class", long_unsigned_type_node }
  };
  defer_slot_type = build_runtime_struct (make_node (RECORD_TYPE),
					  "__defer_slot", fields, 4);
  return defer_slot_type;
}

/* The runtime's thread-local __defer_thread, seen as the struct
   __defer_chain it starts with: the chain's top, base, reach and limit
   slots.  */

tree
defer_chain_var (void)
{
  if (defer_chain_decl)
    return defer_chain_decl;
  require_link_check ();
  tree slot = build_pointer_type (defer_slot ());
  const defer_field_desc fields[] = {
    { "top", slot }, { "base", slot }, { "reach", slot }, { "limit", slot }
  };
  tree type = build_runtime_struct (make_node (RECORD_TYPE),
				    "__defer_chain", fields, 4);
  tree decl = build_decl (BUILTINS_LOCATION, VAR_DECL,
			  get_identifier ("__defer_thread"), type);
  DECL_EXTERNAL (decl) = 1;
  TREE_PUBLIC (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  set_decl_tls_model (decl, TLS_MODEL_INITIAL_EXEC);
  defer_chain_decl = decl;
  return decl;
}

/* A reference to field number FIELD of OBJECT, an lvalue of one of the
   runtime's structs.  */

tree
defer_field_ref (tree object, unsigned field)
{
  tree f = TYPE_FIELDS (TREE_TYPE (object));
  for (unsigned i = 0; i < field; i++)
    f = DECL_CHAIN (f);
  return build3 (COMPONENT_REF, TREE_TYPE (f), unshare_expr (object), f,
		 NULL_TREE);
}

/* The declaration of the runtime function FN, built on first use so that
   a unit refers only to the entry points its code calls.  */

tree
defer_runtime_decl (enum defer_runtime_fn fn)
{
  if (defer_runtime_decls[fn])
    return defer_runtime_decls[fn];
  require_link_check ();

  tree rec = build_pointer_type (defer_record_header ());
  tree type = NULL_TREE;
  const char *name = NULL;
  switch (fn)
    {
    case DEFER_RT_NIL_FUNC_PANIC:
      name = "__defer_nil_func_panic";
      type = build_function_type_list (void_type_node, NULL_TREE);
      /* Like abort, allowed in a transaction (-fgnu-tm).  */
      type = build_type_attribute_variant
	(type, tree_cons (get_identifier ("transaction_pure"), NULL_TREE,
			  NULL_TREE));
      break;
    case DEFER_RT_FRAME_ENTER:
      name = "__defer_frame_enter";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_CHAIN_REACH:
      name = "__defer_chain_reach";
      type = build_function_type_list (build_pointer_type (defer_slot ()),
				       NULL_TREE);
      break;
    case DEFER_RT_PROC:
      name = "__defer_proc";
      type = build_function_type_list (rec, long_unsigned_type_node,
				       ptr_type_node, unsigned_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_PROC_STACK:
      name = "__defer_proc_stack";
      type = build_function_type_list (void_type_node, rec, ptr_type_node,
				       unsigned_type_node, NULL_TREE);
      break;
    case DEFER_RT_RETURN:
      name = "__defer_return";
      type = build_function_type_list (rec, ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_LANDING:
      name = "__defer_landing";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       ptr_type_node, unsigned_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_LANDING_RECORDS:
      name = "__defer_landing_records";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       ptr_type_node, unsigned_type_node,
				       ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_RELANDING:
      name = "__defer_relanding";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_LANDING_TAKE:
      name = "__defer_landing_take";
      type = build_function_type_list (integer_type_node, unsigned_type_node,
				       ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_LANDING_DONE:
      name = "__defer_landing_done";
      type = build_function_type_list (integer_type_node, NULL_TREE);
      break;
    case DEFER_RT_RECOVER_AT:
      name = "__defer_recover_at";
      type = build_function_type_list (ptr_type_node, ptr_type_node,
				       ptr_type_node, NULL_TREE);
      break;
    case DEFER_RT_RESUME:
      /* It goes on unwinding: it throws.  GCC's own
	 __builtin_unwind_resume would not do, being nothrow in C (GCC
	 turns a resume into a call only after the pass that finds
	 nothrow functions).  */
      name = "__defer_resume";
      type = build_function_type_list (void_type_node, NULL_TREE);
      break;
    case DEFER_RT_KEEP:
      name = "__defer_keep";
      type = build_function_type_list (void_type_node, ptr_type_node,
				       NULL_TREE);
      break;
    case DEFER_RT_MAX:
      gcc_unreachable ();
    }

  tree decl = defer_build_internal_decl (name, type);
  if (fn == DEFER_RT_NIL_FUNC_PANIC || fn == DEFER_RT_RESUME)
    {
      TREE_THIS_VOLATILE (decl) = 1;	/* noreturn */
      TREE_NOTHROW (decl) = 0;		/* a panic unwinds */
    }
  defer_runtime_decls[fn] = decl;
  return decl;
}

/* Emit into SEQ the call `LHS = FN (ARGS...)' (or no LHS) of the runtime
   function FN, with the NARGS trees that follow, at LOC.  */

void
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

/* The GC roots of the runtime's trees.  */

const struct ggc_root_tab defer_runtime_ggc_roots[] = {
  { &defer_runtime_decls[0], DEFER_RT_MAX, sizeof (tree),
    &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
  { &defer_record_header_type, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &defer_slot_type, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &defer_chain_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};
