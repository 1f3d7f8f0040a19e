/* defer-plugin.h: declarations shared by the files of the defer plugin.

   defer-plugin.cc       plugin_init, the -fplugin-arg-defer-* options
   defer-builtins.cc     __defer and __defer_result: declaration, and their
                         resolution by the C front end into internal calls
   defer-diagnostic.cc   misuse found after parsing or once strategies
                         are chosen; the dangling warning
   defer-analyze.cc      per function: defer sites, returns, loops, and the
                         choice of Go's strategy for each defer
   defer-pass.cc         the GIMPLE pass: the pending result, and the exit
                         code written before every return
   defer-open-coded.cc   open-coded defers: slots, deferbits, exit checks
   defer-records.cc      stack and heap records: deferproc, deferreturn
   defer-gimple.cc       small GIMPLE builders shared by the lowerings
   defer-unwind.cc       the landing pad: deferred calls run while a
                         panic or an exception unwinds the frame
   defer-eh.cc           exceptions for the functions with defers only,
                         and nothrow discovery kept from hiding panics
   defer-recover.cc      defer_recover's calls, rewritten to name their
                         frame
   defer-runtime.cc      the runtime's ABI as trees: its structs, size
                         classes and entry points
   defer-debug.cc        with -g, the names and descriptions a debugger
                         reads to list a frame's pending deferred calls

   The flow is one way: builtins -> analyze -> lower (open-coded,
   records) -> runtime ABI.  */

#ifndef DEFER_PLUGIN_H
#define DEFER_PLUGIN_H

#include "gcc-common.h"

/* The -fplugin-arg-defer-* options (defer-plugin.cc).  */

enum defer_strategy_option
{
  DEFER_STRATEGY_OPTION_AUTO,	/* Go's choice per function.  */
  DEFER_STRATEGY_OPTION_STACK,	/* records: stack where allowed.  */
  DEFER_STRATEGY_OPTION_HEAP	/* records: heap everywhere.  */
};

struct defer_options
{
  bool report;				/* a note at every defer.  */
  enum defer_strategy_option strategy;
  bool unwind;				/* defers run while unwinding.  */
  bool dangling;			/* warn on dangling arguments.  */
};

extern struct defer_options defer_opts;

/* The builtins (defer-builtins.cc).

   The user calls __defer (FN, ARGS...) and __defer_result ((T *) 0).  The
   C front end hands those calls to resolve_defer_builtin before converting
   anything; it type-checks FN (ARGS...) as a direct call and replaces the
   call by one to an internal function that no user can name:

     __defer.stmt ((FNTYPE *) 0, FN', ARGS'...)
     (T *) __defer.result ()

   where FN' and ARGS' are converted as the direct call converts them and
   the null first argument carries the type of the deferred call.  */

extern GTY(()) tree defer_user_decl;
extern GTY(()) tree defer_result_user_decl;
extern GTY(()) tree defer_stmt_decl;
extern GTY(()) tree defer_result_stmt_decl;
extern const struct ggc_root_tab defer_builtins_ggc_roots[];

void defer_declare_builtins (void);
void defer_builtins_after_pch_load (void);
void defer_install_resolve_hook (void);
bool defer_function_p (tree fndecl);
bool defer_resolved_in_p (tree fndecl, location_t loc);
tree defer_build_internal_decl (const char *name, tree type);
bool defer_nested_call_type_p (tree fntype);

/* The runtime's ABI (defer-runtime.cc): the entry points that lowered
   code calls (runtime/include/defer.h declares them for the runtime).  */

enum defer_runtime_fn
{
  DEFER_RT_NIL_FUNC_PANIC,	/* __defer_nil_func_panic () */
  DEFER_RT_FRAME_ENTER,		/* __defer_frame_enter (frame) */
  DEFER_RT_CHAIN_REACH,		/* top = __defer_chain_reach () */
  DEFER_RT_PROC,		/* rec = __defer_proc (size, frame, site) */
  DEFER_RT_PROC_STACK,		/* __defer_proc_stack (rec, frame, site) */
  DEFER_RT_RETURN,		/* rec = __defer_return (frame) */
  DEFER_RT_LANDING,		/* __defer_landing (exc, frame, bits) */
  DEFER_RT_LANDING_RECORDS,	/* __defer_landing_records (exc, frame, n, fns) */
  DEFER_RT_RELANDING,		/* __defer_relanding (exc, frame) */
  DEFER_RT_LANDING_TAKE,	/* set = __defer_landing_take (mask, fn) */
  DEFER_RT_LANDING_DONE,	/* recovered = __defer_landing_done () */
  DEFER_RT_RECOVER_AT,		/* value = __defer_recover_at (cfa, self) */
  DEFER_RT_RESUME,		/* __defer_resume () */
  DEFER_RT_KEEP,		/* __defer_keep (rec), -fanalyzer only */
  DEFER_RT_MAX
};

extern GTY(()) tree defer_runtime_decls[DEFER_RT_MAX];
extern GTY(()) tree defer_record_header_type;
extern GTY(()) tree defer_slot_type;
extern GTY(()) tree defer_chain_decl;

extern const struct ggc_root_tab defer_runtime_ggc_roots[];

void defer_reset_runtime_decls (void);
tree defer_runtime_decl (enum defer_runtime_fn);
tree defer_record_header (void);
tree defer_chain_var (void);
void emit_runtime_call (gimple_seq *seq, tree lhs, enum defer_runtime_fn fn,
			location_t loc, int nargs, ...);

/* Heap records come in size classes of DEFER_CLASS_BYTES
   (defer.h's __DEFER_CLASS_OF).  */
#define DEFER_CLASS_BYTES 16
/* An exit loop that ends with the chain's top more than DEFER_SPARE_TRIM
   slots below its reach asks the runtime to trim the spares between
   them (defer.h's __DEFER_SPARE_TRIM).  */
#define DEFER_SPARE_TRIM 256
unsigned HOST_WIDE_INT defer_size_class (unsigned HOST_WIDE_INT size);

/* Field numbers of the runtime's structs (runtime/include/defer.h).  */
enum { DEFER_HDR_LINK, DEFER_HDR_FRAME, DEFER_HDR_SITE, DEFER_HDR_SIZECLASS };
enum { DEFER_SLOT_FRAME, DEFER_SLOT_REC, DEFER_SLOT_SPARE,
       DEFER_SLOT_SPARE_CLASS };
enum { DEFER_CHAIN_TOP, DEFER_CHAIN_BASE, DEFER_CHAIN_REACH,
       DEFER_CHAIN_LIMIT };
tree defer_field_ref (tree object, unsigned field);
/* The entry of a landing pad's table of functions by site that says the
   record holds the function (defer.h's __DEFER_FN_IN_RECORD).  */
#define DEFER_FN_IN_RECORD 1

/* Operand numbers of a __defer.stmt call.  */
#define DEFER_ARG_FNTYPE 0
#define DEFER_ARG_FN 1
#define DEFER_ARG_FIRST 2

/* Whether STMT calls __defer.stmt or __defer.result.  */

static inline bool
defer_stmt_call_p (const gimple *stmt)
{
  return (is_gimple_call (stmt)
	  && gimple_call_fndecl (stmt) == defer_stmt_decl
	  && defer_stmt_decl != NULL_TREE);
}

static inline bool
defer_result_call_p (const gimple *stmt)
{
  return (is_gimple_call (stmt)
	  && gimple_call_fndecl (stmt) == defer_result_stmt_decl
	  && defer_result_stmt_decl != NULL_TREE);
}

/* Misuse found after parsing (defer-diagnostic.cc).  */

void defer_check_misuse_in_function (tree fndecl);
void defer_check_misuse_in_decl (tree decl);
void defer_check_builtin_redeclaration (tree decl);
struct defer_function;
void defer_warn_dangling_arguments (defer_function *);
bool defer_check_strategies (defer_function *);

/* defer_recover (defer-recover.cc).  */

void defer_rewrite_recover_calls (tree fndecl);

/* Analysis (defer-analyze.cc).  */

enum defer_strategy
{
  DEFER_OPEN_CODED,
  DEFER_STACK_RECORD,
  DEFER_HEAP_RECORD
};

/* One defer statement of a function.  */

struct defer_site
{
  gcall *stmt;			/* the __defer.stmt call.  */
  location_t loc;		/* the user's defer statement.  */
  unsigned index;		/* textual order, from 0.  */
  unsigned pos;			/* statement number (defer-analyze.cc).  */
  gbind *bind;			/* the innermost block around it.  */
  bool in_loop;			/* may execute more than once per call.  */
  enum defer_strategy strategy;

  /* Open-coded lowering: where the function value and the arguments wait
     for the exit.  A slot is NULL_TREE where the value is invariant in the
     function (a function's address, a constant) and used as it is.  */
  tree fn_value;
  auto_vec<tree> arg_values;

  /* Record lowering: the record's type (the runtime's header, then the
     function pointer and the arguments that are not invariant), and for
     a stack record the variable in the frame that holds it.  */
  tree record_type;
  tree record;
  /* The site whose exit code makes this site's call: the site itself, or
     in a function whose pushes call the runtime, the first site that
     makes the same call from a record of the same type
     (defer-records.cc's find_call_site).  */
  defer_site *call_site;
  /* Under -fanalyzer (defer_analyzer_view_p), a record site outside any
     loop also keeps its function and arguments in slots of the frame
     (fn_value, arg_values) and a bit of the frame's pending mask, and its
     deferred call is made from those: the analyzer follows the frame, not
     the thread's chain (defer-records.cc).  */
  bool exact;
  /* The field of each operand from DEFER_ARG_FN on, NULL_TREE where the
     operand is invariant and not stored.  */
  auto_vec<tree> fields;

  /* A stack record pushed inline, in a run of such pushes with nothing
     between them that calls or may throw (defer-records.cc's
     find_push_runs): RUN_ROOM is the slots the chain must have room for
     at this push, the run's length where the run starts here and 0 where
     an older push of the run tested the room; RUN_GOES_ON, whether a
     newer push of the run follows, which then stores the chain's top for
     both.  */
  unsigned run_room;
  bool run_goes_on;

  /* The static chain of the deferred call of a nested function, as
     tree-nested.cc computed it for the call (invariant in the function,
     or a variable that holds it), or NULL_TREE.  */
  tree chain;
};

/* A way out of a function that runs its pending deferred calls: a
   return statement, or another exit (__builtin_return, a nested
   function's goto out).  Where it runs them: see defer_exit_in_place_p.  */

struct defer_exit
{
  gimple *stmt;			/* the return or the exit's call.  */
  unsigned pos;			/* statement number.  */
  gbind *bind;			/* the innermost block around it.  */
  unsigned level;		/* the deepest spine sequence around it.  */
  bool leaves_cleanup;		/* it leaves a block with a cleanup that
				   does not end with the function.  */
  bool is_return;		/* a GIMPLE_RETURN.  */
};

/* What the analysis knows of a block: the block it is in (NULL for the
   outer bind), the statement numbers of the block and of its last
   statement, and whether control may fall off the end of its body.  */

struct defer_bind_info
{
  gbind *parent;
  unsigned start, end;
  bool falls_off;
};

/* Per-function state of the pass, as tree-eh.cc's leh_state.  */

struct defer_function
{
  function *fun;
  gbind *outer_bind;
  location_t loc;			/* the function's location.  */
  location_t end_loc;			/* its closing brace.  */
  auto_delete_vec<defer_site> sites;	/* in textual order.  */
  auto_vec<gcall *> result_calls;	/* __defer.result calls.  */
  /* The static chain of each __defer.stmt call made from a defer of a
     nested function (defer-pass.cc's lower_nested_defer_calls).  */
  hash_map<gimple *, tree> nested_chains;
  unsigned n_returns;			/* return statements.  */
  bool open_coded;			/* every site is open-coded.  */

  /* The function's ways out, in textual order, and by statement.  */
  auto_vec<defer_exit> exits;
  hash_map<gimple *, unsigned> exit_index;
  /* The blocks: each one's enclosing block (none for the outer bind),
     the block that declares each automatic variable, and the variable
     whose storage a variable-length array's pointer points at.  */
  hash_map<gbind *, defer_bind_info> binds;
  hash_map<tree, gbind *> var_bind;
  hash_map<tree, tree> vla_of_pointer;
  /* The jumps (goto, cond, switch, asm goto): the statement numbers of
     each jump and of its label, 0 for a label that is not known (a
     computed goto, a label of another function).  */
  auto_vec<std::pair<unsigned, unsigned> > jumps;

  /* The pending result (NULL_TREE in a void function), and what the
     function returns: the RESULT_DECL when the result lives in memory,
     else a temporary loaded from the pending result after the deferred
     calls ran.  */
  tree result;
  tree return_value;

  tree deferbits;			/* open-coded: the bits of set defers.  */
  tree frame;				/* records: this activation's CFA.  */
  tree pending;				/* records under -fanalyzer: the
					   bits of the exact sites set.  */
  tree pushed;				/* records popped straight: the
					   bits of the sites pushed.  */
  tree run_next;			/* records: the slot after the last
					   push of the run being lowered.  */
  bool reentry;				/* control may come back into the
					   body (setjmp, nonlocal label).  */

  /* The spine (defer-analyze.cc's find_spine): the statement sequences
     that end with the function, outermost first, and the innermost block
     around each; and, per spine level, the label of the exit that the
     level's returns share, or NULL_TREE where none needs one.  */
  auto_vec<gimple_seq *> spine;
  auto_vec<gbind *> spine_binds;
  auto_vec<tree> exit_labels;
  /* The deepest spine level reached through no block with a cleanup
     (defer-analyze.cc's find_spine); and for records with a landing pad,
     where the landing pad's loop (the exit of that level) ends.  */
  unsigned landing_level;
  tree landed_label;
  /* Where in that exit the landing pad goes in: its loop (which under
     -fanalyzer may come after calls of its own), or NULL_TREE for the
     exit's label.  */
  tree landing_loop_label;
};

void defer_collect_sites (defer_function *);
void defer_choose_strategies (defer_function *);
const char *defer_strategy_name (enum defer_strategy);
void defer_add_exit (defer_function *, const defer_exit &);
bool defer_exit_in_place_p (const defer_function *, const defer_exit &);
gbind *defer_exit_bind (const defer_function *, const defer_exit &);
bool defer_bind_within_p (const defer_function *, gbind *inner,
			  gbind *outer);

/* Lowering (defer-pass.cc, defer-open-coded.cc).  */

gimple_seq emit_open_coded_entry (defer_function *);
gimple_seq lower_open_coded_site (defer_function *, defer_site *);
gimple_seq emit_open_coded_exit_checks (defer_function *, location_t, bool);

gimple_seq emit_records_entry (defer_function *);
gimple_seq lower_record_site (defer_function *, defer_site *);
gimple_seq emit_deferreturn_loop (defer_function *, location_t, tree);
bool defer_pops_straight_p (const defer_function *);
gimple_seq emit_pending_sweep (defer_function *, location_t, bool);

gimple_seq emit_exit_code (defer_function *, location_t,
			   bool in_landing_pad = false);
gimple_seq emit_function_return (defer_function *, location_t);

/* Unwinding (defer-unwind.cc), and exceptions for the functions with
   defers only (defer-eh.cc).  */

void lower_unwind (defer_function *);
tree defer_landing_call_type (tree fntype);
void defer_keep_landing_calls (cgraph_node *node);
void defer_enable_eh (tree fndecl);
void defer_enable_unwind_tables (tree fndecl);
void defer_register_eh_callbacks (const char *name);

/* Whether the lowering keeps the view of GCC's static analyzer exact
   (-fanalyzer): see defer-records.cc.  The code it makes runs as the
   code made without it does.  */

static inline bool
defer_analyzer_view_p (void)
{
  return flag_analyzer != 0;
}

/* Small IL builders shared by the lowerings (defer-gimple.cc).  */

tree defer_create_var (tree type, const char *name);
tree defer_site_fntype (defer_site *);
bool defer_fn_has_address_p (tree fndecl);
tree defer_site_fn_identity (defer_site *, tree stored);
tree defer_save_operand (gimple_seq *seq, tree value, const char *name,
			 location_t loc);
void emit_deferred_call (gimple_seq *, defer_site *, tree fn,
			 const vec<tree> &args, bool in_landing_pad);
void defer_seq_add (gimple_seq *seq, gimple *stmt, location_t loc);
tree emit_load (gimple_seq *seq, tree ref, const char *name, location_t loc);
void emit_store (gimple_seq *seq, tree ref, tree value, location_t loc);
void emit_branch (gimple_seq *seq, enum tree_code code, tree a, tree b,
		  tree yes, tree no, location_t loc);
void emit_label (gimple_seq *seq, tree label, location_t loc);

/* Descriptions for debuggers (defer-debug.cc).  */

bool defer_debug_info_p (void);
void defer_debug_name_var (defer_function *, tree var, const char *name,
			   location_t loc);
void defer_debug_describe_site (defer_function *, defer_site *);

#endif /* DEFER_PLUGIN_H */
