# The README's CMake recipe with find_package(defer), copied as written,
# builds and runs a program whose defers use records; the config's
# version file accepts 0.1 and refuses 0.2 and 1.0.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="CMake find_package recipe"
need cmake cmake || exit 0
need_prefix || exit 0

mkdir -p src && write_prog src/prog.c
readme_block cmake-config > src/CMakeLists.txt \
  || { fail "README has a CMake find_package recipe"; exit 1; }
cat src/CMakeLists.txt
if check "CMake find_package recipe configures" \
     env CC="$CC_WORDS" cmake -S src -B build \
  && check "CMake find_package recipe builds" cmake --build build --verbose; then
  # CMake links an imported shared library with an RPATH in the build
  # tree: the program runs without LD_LIBRARY_PATH.
  out=$(./build/prog 2>&1)
  echo "+ ./build/prog: $out"
  if [ "$out" = "$PROG_OUTPUT" ]; then
    pass "CMake find_package recipe runs"
  else
    fail "CMake find_package recipe runs"
  fi
fi

# The version file: a request for 0.2 or 1.0 is refused.
for v in 0.2 1.0; do
  mkdir -p v$v
  sed "s/find_package(defer 0.1 REQUIRED)/find_package(defer $v REQUIRED)/" \
    src/CMakeLists.txt > v$v/CMakeLists.txt
  cp src/prog.c v$v/
  if env CC="$CC_WORDS" cmake -S v$v -B v$v/build > v$v.log 2>&1; then
    cat v$v.log
    fail "find_package(defer $v) is refused by version 0.1"
  else
    pass "find_package(defer $v) is refused by version 0.1"
  fi
done

# defer::static links libdefer.a: no libdefer.so.0 needed at run time.
mkdir -p static
sed 's/defer::defer/defer::static/' src/CMakeLists.txt > static/CMakeLists.txt
cp src/prog.c static/
if check "CMake defer::static builds" sh -c \
     "env CC='$CC_WORDS' cmake -S static -B static/build && cmake --build static/build"; then
  if readelf -d static/build/prog | grep -q 'NEEDED.*libdefer'; then
    fail "CMake defer::static needs no libdefer.so"
  else
    pass "CMake defer::static needs no libdefer.so"
  fi
fi
