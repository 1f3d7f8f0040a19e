# The README's pkg-config command, copied as written, builds a program
# whose defers use records; it runs.  The order the README had before
# (libraries before the source) fails, naming -ldefer.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="pkg-config recipe"
need pkg-config pkgconf || exit 0
need_prefix || exit 0

write_prog prog.c
cmd=$(readme_block pkg-config) || { fail "README has a pkg-config recipe"; exit 1; }
# The README says gcc; the compiler under test may be called otherwise.
cmd=$(printf '%s\n' "$cmd" | sed "s|^gcc |$CC_WORDS |")
check "pkg-config recipe builds" sh -c "$cmd" && check_run "pkg-config recipe runs" ./prog

check "pkg-config names the plugin by its absolute path" \
  sh -c 'pkg-config --cflags defer | grep -q -- "-fplugin=/[^ ]*/defer.so"'

out=$($CC_WORDS $(pkg-config --cflags --libs defer) prog.c -o wrong 2>&1)
echo "+ libraries before the source: $out"
case $out in
  *"undefined reference to \`__defer_runtime_missing__link_with_-ldefer'"*)
    pass "libraries before the source: the error names -ldefer" ;;
  *) fail "libraries before the source: the error names -ldefer" ;;
esac
