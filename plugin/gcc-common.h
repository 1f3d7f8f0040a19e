/* gcc-common.h: the one place that knows which GCC the plugin is built for.

   Every GCC header the plugin needs is included here, in the order GCC
   requires, and every difference between GCC versions is papered over here
   (as the Linux kernel's scripts/gcc-plugins/gcc-common.h does), so the
   plugin's own files never test GCCPLUGIN_VERSION.  GCC 11 and GCC 12 are
   the versions supported today; a port to GCC 13 starts and, ideally, ends
   in this file.  */

#ifndef DEFER_GCC_COMMON_H
#define DEFER_GCC_COMMON_H

#include "gcc-plugin.h"
#include "bversion.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "stringpool.h"
#include "stor-layout.h"
#include "fold-const.h"
#include "langhooks.h"
/* The C front end's headers must come before diagnostic-core.h.  */
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "c-tree.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "dumpfile.h"
#include "tree-pretty-print.h"
#include "gimple-pretty-print.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "gimple-predict.h"
#include "gimplify.h"
#include "gimplify-me.h"
#include "tree-iterator.h"
#include "target.h"
#include "cgraph.h"
#include "toplev.h"
#include "opts.h"
#include "tree-nested.h"
#include "trans-mem.h"
#include "attribs.h"
#include "calls.h"
#include "ipa-utils.h"

#if BUILDING_GCC_MAJOR != 11 && BUILDING_GCC_MAJOR != 12
#error "defer supports the plugin APIs of GCC 11 and 12: port gcc-common.h"
#endif

/* The C front end's own symbols exist only in cc1 (and, with other
   meanings, in cc1plus and cc1obj).  The plugin is also loaded into lto1:
   an -flto link step passes every -fplugin= of the command line on to it.
   A plain reference to a cc1-only symbol would make dlopen fail there
   ("undefined symbol: parse_in"), so every one the plugin uses is
   declared weak here, and defer_c_front_end_p says whether they are all
   present.  Add any new one to both places.  */
extern cpp_reader *parse_in __attribute__ ((weak));
extern void (*lang_post_pch_load) (void) __attribute__ ((weak));
extern stmt_tree current_stmt_tree (void) __attribute__ ((weak));
extern tree build_function_call_vec (location_t, vec<location_t>, tree,
				     vec<tree, va_gc> *, vec<tree, va_gc> *,
				     tree) __attribute__ ((weak));
extern tree resolve_overloaded_builtin (location_t, tree,
					vec<tree, va_gc> *)
  __attribute__ ((weak));
extern tree identifier_global_value (tree) __attribute__ ((weak));
extern int in_sizeof __attribute__ ((weak));
extern int in_typeof __attribute__ ((weak));
extern int in_alignof __attribute__ ((weak));

static inline bool
defer_c_front_end_p (void)
{
  return (&parse_in != NULL && &lang_post_pch_load != NULL
	  && current_stmt_tree != NULL && build_function_call_vec != NULL
	  && resolve_overloaded_builtin != NULL
	  && identifier_global_value != NULL && &in_sizeof != NULL
	  && &in_typeof != NULL && &in_alignof != NULL);
}

/* Whether the program the plugin was loaded into is lto1, whose input
   the plugin's pass already lowered at compile time (in_lto_p is not set
   yet when plugins are initialized; the language hooks are).  */
static inline bool
defer_lto_p (void)
{
  return strcmp (lang_hooks.name, "GNU GIMPLE") == 0;
}

/* Whether FNAME, the file of a line map the preprocessor just entered
   (PLUGIN_INCLUDE_FILE), is the pseudo-file of the command line's -D
   options (GCC 11 and 12): c_finish_options enters it right after the
   built-in macros are defined, so a macro defined then is predefined
   like them, at a location the -g3 macro table can describe.  Not in
   preprocessed input (-fpreprocessed, a .i file), whose macros were
   expanded already.  */
static inline bool
defer_command_line_map_p (const char *fname)
{
  return (!cpp_get_options (parse_in)->preprocessed
	  && strcmp (fname, _("<command-line>")) == 0);
}

/* The C front end's hook for machine-specific builtins that resolve their
   own arguments (see resolve_overloaded_builtin in c-family/c-common.cc).
   GCC 11 and 12 pass the argument vector as a void *.  */
typedef tree (*defer_resolve_builtin_fn) (unsigned int, tree, void *);

static inline defer_resolve_builtin_fn
defer_get_resolve_hook (void)
{
  return targetm.resolve_overloaded_builtin;
}

static inline void
defer_set_resolve_hook (defer_resolve_builtin_fn fn)
{
  targetm.resolve_overloaded_builtin = fn;
}

/* Whether the front end is currently inside a statement expression of
   the function it is parsing: GCC 11 and 12 mark the statement list of a
   ({ ... }) with STATEMENT_LIST_STMT_EXPR.  The lists of a nested
   function sit on top of its parent's (c_push_function_context copies
   them), and its own start with its body's outermost list, which
   store_parm_decls keeps in DECL_SAVED_TREE while the body is parsed:
   a statement expression around a nested function's definition (the
   "lambda" macro idiom) is its parent's business.  */
static inline bool
defer_in_statement_expression_p (void)
{
  vec<tree, va_gc> *stack = stmt_list_stack;
  tree body = (current_function_decl
	       ? DECL_SAVED_TREE (current_function_decl) : NULL_TREE);
  for (unsigned i = vec_safe_length (stack); i-- > 0;)
    {
      tree list = (*stack)[i];
      if (list == body)
	break;
      if (TREE_CODE (list) == STATEMENT_LIST
	  && STATEMENT_LIST_STMT_EXPR (list))
	return true;
    }
  return false;
}

/* Whether the front end is parsing an operand that it does not evaluate
   (of sizeof, typeof or _Alignof).  */
static inline bool
defer_in_unevaluated_operand_p (void)
{
  return in_sizeof || in_typeof || in_alignof;
}

/* The first function nested in NODE and the next one after NESTED, or
   NULL (GCC 11 and 12 keep the nesting in tree-nested.h's side table;
   GCC 10 had cgraph_node::nested and next_nested).  */
static inline cgraph_node *
defer_first_nested (cgraph_node *node)
{
  return first_nested_function (node);
}

static inline cgraph_node *
defer_next_nested (cgraph_node *nested)
{
  return next_nested_function (nested);
}

/* Keep the warning OPT (-Wuninitialized and the like) quiet for DECL, a
   variable the plugin made.  GCC 12 records the suppression per warning
   (suppress_warning); GCC 11 has one bit for all of them, TREE_NO_WARNING,
   which its uninitialized-use warnings test.  */
static inline void
defer_suppress_warning (tree decl, opt_code opt)
{
#if BUILDING_GCC_MAJOR >= 12
  suppress_warning (decl, opt);
#else
  (void) opt;
  TREE_NO_WARNING (decl) = 1;
#endif
}

/* Turn on the tree dump of the pass registered as NAME with dump FLAGS
   ("" or "-details" and the like): GCC 11 and 12 reject -fdump-tree-NAME
   for a plugin's pass because options are read before the pass exists.  */
static inline void
defer_enable_pass_dump (const char *name, const char *flags)
{
  char *sw = concat ("tree-", name, flags, NULL);
  g->get_dumps ()->dump_switch_p (sw);
  free (sw);
}

/* Remove the options that load plugin NAME and pass it arguments from
   the command line GCC records in its debug info (DW_AT_producer with
   -grecord-gcc-switches, the default): a unit the plugin does not change
   must produce the same assembly with and without it, -g included.  */
static inline void
defer_forget_plugin_options (const char *name)
{
  size_t len = strlen (name);
  unsigned int kept = 0;
  for (unsigned int i = 0; i < save_decoded_options_count; i++)
    {
      const struct cl_decoded_option *opt = &save_decoded_options[i];
      bool ours = false;
      if (opt->opt_index == OPT_fplugin_ && opt->arg)
	{
	  const char *base = lbasename (opt->arg);
	  ours = (strncmp (base, name, len) == 0
		  && (base[len] == 0 || strcmp (base + len, ".so") == 0));
	}
      else if (opt->opt_index == OPT_fplugin_arg_ && opt->arg)
	ours = strncmp (opt->arg, name, len) == 0 && opt->arg[len] == '-';
      if (!ours)
	save_decoded_options[kept++] = *opt;
    }
  save_decoded_options_count = kept;
}

#endif /* DEFER_GCC_COMMON_H */
