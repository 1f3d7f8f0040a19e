# The README's Meson recipe, copied as written, builds and runs a program
# whose defers use records.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="Meson recipe"
need meson meson || exit 0
need ninja ninja-build || exit 0
need pkg-config pkgconf || exit 0
need_prefix || exit 0

mkdir -p src && write_prog src/prog.c
readme_block meson > src/meson.build || { fail "README has a Meson recipe"; exit 1; }
cat src/meson.build
check "Meson recipe configures" env CC="$CC_WORDS" meson setup build src \
  && check "Meson recipe builds" meson compile -C build -v \
  && check_run "Meson recipe runs" ./build/prog
