/* defer-plugin.cc: the entry point of the defer plugin.

   Go's defer for C, lowered by a GIMPLE pass named "defer" with Go 1.14's
   three strategies (open-coded, stack-allocated and heap-allocated
   records).  Usage:

     gcc -fplugin=defer.so -I<defer>/include prog.c -L<defer> -ldefer

   Options (-fplugin-arg-defer-NAME[=VALUE]):

     report                  a note at every defer naming its strategy
     strategy=auto|stack|heap  force records (default: auto, Go's choice)
     unwind=yes|no           whether defers run while a panic or exception
                             unwinds through the function (default: yes)
     dangling=yes|no         warn about deferred arguments that point at
                             objects dead before the function returns
                             (default: yes)
     dump[=FLAGS]            the pass's dump file, as -fdump-tree-defer[-FLAGS]
                             would give for a built-in pass

   The plugin declares the builtins at the start of every translation unit,
   predefines __DEFER__, checks what the front end leaves for it to check,
   and inserts the pass.  A unit that never uses __defer is not changed in
   any way: its assembly is identical with and without the plugin.

   Programs of GCC: the plugin is for cc1.  An -flto link step loads it
   into lto1 too, where it does nothing (the pass ran at compile time);
   every other front end gets an error.  It refers to cc1's own symbols
   weakly (gcc-common.h), so that it loads into all of them.  */

#include "defer-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

/* The version comes from the top-level VERSION file, by the Makefile:
   DEFER_VERSION is the string ("0.1.0"), DEFER_VERSION_NUMBER the value of
   __DEFER__, major * 10000 + minor * 100 + patch.  */
#if !defined DEFER_VERSION || !defined DEFER_VERSION_NUMBER
#error "DEFER_VERSION and DEFER_VERSION_NUMBER come from the Makefile (VERSION)"
#endif
#define DEFER_STRINGIFY_1(X) #X
#define DEFER_STRINGIFY(X) DEFER_STRINGIFY_1 (X)
#define DEFER_VERSION_MACRO "__DEFER__=" DEFER_STRINGIFY (DEFER_VERSION_NUMBER)

struct defer_options defer_opts = {
  false, DEFER_STRATEGY_OPTION_AUTO, true, true
};

static struct plugin_info defer_plugin_info = {
  DEFER_VERSION,
  "Go's defer for C: defer (fn, args...) runs fn (args...) at function exit.\n"
  "  -fplugin-arg-defer-report                 note each defer's strategy\n"
  "  -fplugin-arg-defer-strategy=auto|stack|heap  force records\n"
  "  -fplugin-arg-defer-unwind=yes|no          run defers while unwinding\n"
  "  -fplugin-arg-defer-dangling=yes|no        warn on dangling arguments\n"
  "  -fplugin-arg-defer-dump[=FLAGS]           dump the defer pass\n"
};

/* Parse the yes|no VALUE of option KEY into *FLAG.  */

static bool
parse_yes_no (const char *key, const char *value, bool *flag)
{
  if (value == NULL || !strcmp (value, "yes"))
    *flag = true;
  else if (!strcmp (value, "no"))
    *flag = false;
  else
    {
      error ("invalid value %qs for %<-fplugin-arg-defer-%s%>; "
	     "valid values are %<yes%> and %<no%>", value, key);
      return false;
    }
  return true;
}

/* Parse the strategy VALUE.  */

static bool
parse_strategy (const char *value)
{
  if (value && !strcmp (value, "auto"))
    defer_opts.strategy = DEFER_STRATEGY_OPTION_AUTO;
  else if (value && !strcmp (value, "stack"))
    defer_opts.strategy = DEFER_STRATEGY_OPTION_STACK;
  else if (value && !strcmp (value, "heap"))
    defer_opts.strategy = DEFER_STRATEGY_OPTION_HEAP;
  else
    {
      error ("%s value %qs for %<-fplugin-arg-defer-strategy%>; "
	     "valid values are %<auto%>, %<stack%> and %<heap%>",
	     value ? "invalid" : "missing", value ? value : "");
      return false;
    }
  return true;
}

/* Parse the ARGC plugin arguments ARGV into defer_opts; *DUMP_FLAGS gets
   the dump flags ("" or "-FLAGS") when the dump is requested.  */

static bool
parse_arguments (int argc, struct plugin_argument *argv,
		 const char **dump_flags)
{
  bool ok = true;
  for (int i = 0; i < argc; i++)
    {
      const char *key = argv[i].key, *value = argv[i].value;
      if (!strcmp (key, "report") && value == NULL)
	defer_opts.report = true;
      else if (!strcmp (key, "strategy"))
	ok &= parse_strategy (value);
      else if (!strcmp (key, "unwind"))
	ok &= parse_yes_no (key, value, &defer_opts.unwind);
      else if (!strcmp (key, "dangling"))
	ok &= parse_yes_no (key, value, &defer_opts.dangling);
      else if (!strcmp (key, "dump"))
	*dump_flags = value ? ggc_strdup (concat ("-", value, NULL)) : "";
      else
	{
	  if (!strcmp (key, "report"))
	    error ("%<-fplugin-arg-defer-report%> takes no value");
	  else
	    error ("unknown option %<-fplugin-arg-defer-%s%>; valid options "
		   "are %<report%>, %<strategy=%>, %<unwind=%>, "
		   "%<dangling=%> and %<dump[=]%>", key);
	  ok = false;
	}
    }
  return ok;
}

/* PLUGIN_START_UNIT: declare the builtins for the unit.  */

static void
start_unit (void *, void *)
{
  defer_declare_builtins ();
  defer_install_resolve_hook ();
}

/* PLUGIN_INCLUDE_FILE, called with the name FILE of every line map the
   preprocessor enters: predefine __DEFER__ when it enters the command
   line's pseudo-file, right after GCC's own predefined macros (also under
   -E and -g3; not in preprocessed input, whose macros were expanded
   when it was preprocessed).  */

static void
define_version_macro (void *gcc_data, void *)
{
  static bool defined;
  if (!defined && defer_command_line_map_p ((const char *) gcc_data))
    {
      cpp_define (parse_in, DEFER_VERSION_MACRO);
      defined = true;
    }
}

/* Precompiled headers.  A PCH holds the trees of the compilation that
   wrote it, and loading one replaces every tree made before: a PCH
   written with the plugin holds its builtins, one written without it
   lacks them.  So the plugin adds itself to what a PCH must agree on
   with its user (the target's validity data, which GCC also keeps the
   -f and -m options in): a header precompiled without the plugin, or by
   another version, is then not used (-Winvalid-pch says why) and the
   header is read as text instead.  */

static const char pch_marker[] = "defer plugin " DEFER_VERSION;
static void *(*next_get_pch_validity) (size_t *);
static const char *(*next_pch_valid_p) (const void *, size_t);

/* targetm.get_pch_validity: the target's validity data for the PCH being
   written, with the plugin's marker after it; its size in *SIZE.  */

static void *
get_pch_validity (size_t *size)
{
  size_t n = 0;
  char *data = (char *) next_get_pch_validity (&n);
  data = XRESIZEVEC (char, data, n + sizeof pch_marker);
  memcpy (data + n, pch_marker, sizeof pch_marker);
  *size = n + sizeof pch_marker;
  return data;
}

/* targetm.pch_valid_p: NULL if the PCH whose validity data is DATA, of
   LEN bytes, may be used, else why not.  */

static const char *
pch_valid_p (const void *data, size_t len)
{
  const char *bytes = (const char *) data;
  if (len < sizeof pch_marker
      || memcmp (bytes + len - sizeof pch_marker, pch_marker,
		 sizeof pch_marker) != 0)
    return "created without the defer plugin " DEFER_VERSION;
  return next_pch_valid_p (data, len - sizeof pch_marker);
}

/* The front end's hook after a precompiled header is loaded, which the
   plugin's own one chains to.  */

static void (*next_post_pch_load) (void);

/* After a precompiled header is loaded: every tree made before it is
   gone, the plugin's included; find the PCH's own (defer-builtins.cc).  */

static void
post_pch_load (void)
{
  if (next_post_pch_load)
    next_post_pch_load ();
  defer_builtins_after_pch_load ();
}

/* PLUGIN_PRE_GENERICIZE: check the body of the function just parsed, and
   rewrite its calls of defer_recover.  */

static void
finish_function_body (void *gcc_data, void *)
{
  tree fndecl = static_cast<tree> (gcc_data);
  defer_check_misuse_in_function (fndecl);
  defer_rewrite_recover_calls (fndecl);
}

/* PLUGIN_FINISH_DECL: check file-scope initializers, and declarations
   that would replace the builtins.  */

static void
finish_decl (void *gcc_data, void *)
{
  defer_check_misuse_in_decl (static_cast<tree> (gcc_data));
  defer_check_builtin_redeclaration (static_cast<tree> (gcc_data));
}

opt_pass *make_pass_defer (gcc::context *);

/* Check the GCC version, parse the arguments, then register the plugin's
   information, callbacks and pass.  */

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  const char *name = info->base_name;
  const char *dump_flags = NULL;

  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("the defer plugin was built for GCC %s, not for this GCC %s",
	     gcc_version.basever, version->basever);
      return 1;
    }
  if (!parse_arguments (info->argc, info->argv, &dump_flags))
    return 1;
  register_callback (name, PLUGIN_INFO, NULL, &defer_plugin_info);

  /* An -flto link step loads the plugin into lto1 with the options of
     the command line.  The pass ran when each unit was compiled: there is
     nothing left to lower, only nothrow discovery to keep from hiding
     panics (defer-eh.cc).  */
  if (defer_lto_p ())
    {
      defer_register_eh_callbacks (name);
      defer_forget_plugin_options (name);
      return 0;
    }
  if (strncmp (lang_hooks.name, "GNU C", 5) != 0
      || strncmp (lang_hooks.name, "GNU C++", 7) == 0
      || !defer_c_front_end_p ())
    {
      error ("the defer plugin supports only C, not %s", lang_hooks.name);
      return 1;
    }

  register_callback (name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) defer_builtins_ggc_roots);
  register_callback (name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) defer_runtime_ggc_roots);
  register_callback (name, PLUGIN_INCLUDE_FILE, define_version_macro, NULL);
  register_callback (name, PLUGIN_START_UNIT, start_unit, NULL);
  register_callback (name, PLUGIN_PRE_GENERICIZE, finish_function_body, NULL);
  register_callback (name, PLUGIN_FINISH_DECL, finish_decl, NULL);

  /* The pass runs on the GIMPLE the gimplifier made, before "lower":
     every exit is still a return statement inside the scopes that enclose
     it, so the exit code can go right before each return, where all the
     function's variables are alive (defer-pass.cc).  */
  struct register_pass_info pass_info;
  pass_info.pass = make_pass_defer (g);
  pass_info.reference_pass_name = "lower";
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_BEFORE;
  register_callback (name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
  defer_register_eh_callbacks (name);

  next_post_pch_load = lang_post_pch_load;
  lang_post_pch_load = post_pch_load;
  next_get_pch_validity = targetm.get_pch_validity;
  targetm.get_pch_validity = get_pch_validity;
  next_pch_valid_p = targetm.pch_valid_p;
  targetm.pch_valid_p = pch_valid_p;

  if (dump_flags)
    defer_enable_pass_dump ("defer", dump_flags);
  defer_forget_plugin_options (name);
  return 0;
}
