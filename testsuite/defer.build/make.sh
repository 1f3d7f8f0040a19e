# The README's plain Make recipe, copied as written, builds and runs a
# program whose defers use records.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="plain Make recipe"
need pkg-config pkgconf || exit 0
need_prefix || exit 0

write_prog prog.c
readme_block make > Makefile || { fail "README has a plain Make recipe"; exit 1; }
cat Makefile
check "plain Make recipe builds" make CC="$CC_WORDS" && check_run "plain Make recipe runs" ./prog
