# The README's CMake recipe with pkg_check_modules, copied as written,
# builds and runs a program whose defers use records.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="CMake pkg_check_modules recipe"
need cmake cmake || exit 0
need pkg-config pkgconf || exit 0
need_prefix || exit 0

mkdir -p src && write_prog src/prog.c
readme_block cmake-pkg-config > src/CMakeLists.txt \
  || { fail "README has a CMake pkg_check_modules recipe"; exit 1; }
cat src/CMakeLists.txt
check "CMake pkg_check_modules recipe configures" \
    env CC="$CC_WORDS" cmake -S src -B build \
  && check "CMake pkg_check_modules recipe builds" cmake --build build --verbose \
  && check_run "CMake pkg_check_modules recipe runs" ./build/prog
