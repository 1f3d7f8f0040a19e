#!/bin/sh
# real-world/run.sh CC TOPDIR [WORKDIR]: a real C library, converted to
# defer, built with the plugin and checked by its own tests.
#
# `make real-world` calls it; so does testsuite/defer.build/real-world.sh.
# The library is Debian's libyaml: its goto-cleanup paths are rewritten
# with defer by libyaml-defer.patch (see README.md beside this file).
#
#   1. fetch the source with apt-get source (Debian's deb-src index; when
#      the system's apt has no deb-src lines, a private apt configuration
#      made from its deb lines, in WORKDIR: the system is not changed);
#   2. unpack it twice: as Debian ships it, and with the patch applied;
#   3. build both with autotools, the converted one with the plugin (and
#      -fplugin-arg-defer-report, to count the strategies) and -ldefer;
#   4. run libyaml's own test suite (make check) on the converted build;
#   5. run libyaml's own test programs (tests/run-*, the examples) on its
#      example and regression inputs and on inputs made to take the error
#      paths the patch rewrote, and compare every output with the
#      unconverted build's;
#   6. run the converted build's loader, parser, dumper and emitter under
#      valgrind, when it is installed: no error, no leak.
#
# Results are lines "PASS: ...", "FAIL: ...", "UNSUPPORTED: ... (why)".
# Exit status: 0 all passed, 1 something failed, 77 could not run (no
# network, no deb-src, a missing tool), with the reason printed.

if [ $# -lt 2 ]; then
  echo "usage: sh real-world/run.sh CC TOPDIR [WORKDIR]" >&2
  exit 2
fi
cc=$1
top=$2
work=${3:-$top/real-world/build}
here=$top/real-world
patchfile=$here/libyaml-defer.patch
LC_ALL=C
export LC_ALL
failed=0

pass() { echo "PASS: libyaml: $*"; }
fail() { echo "FAIL: libyaml: $*"; failed=1; }
skip() {
  echo "UNSUPPORTED: libyaml: $*"
  echo "real-world: not run: $*" >&2
  exit 77
}

for tool in apt-get:apt dpkg-source:dpkg-dev patch:patch autoreconf:autoconf \
            automake:automake libtoolize:libtool make:make; do
  command -v "${tool%%:*}" >/dev/null 2>&1 \
    || skip "${tool%%:*} is not installed (Debian package ${tool#*:}; make check installs it as root)"
done

rm -rf "$work"
mkdir -p "$work/src" "$work/apt/lists/partial" "$work/apt/cache/archives/partial" \
  "$work/apt/sources.list.d" || exit 2
cd "$work" || exit 2

# 1. The source.  First with the system's apt as it is; then, if it has
# no deb-src lines, with deb-src lines made from its deb lines, in a
# private configuration (its own lists and cache; a plain user can run it).
fetch() {
  (cd src && apt-get "$@" source --download-only libyaml) > fetch.log 2>&1
}
if ! fetch; then
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && sed -n 's/^deb \(.*\)/deb-src \1/p' "$f"
  done > apt/sources.list
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && sed 's/^Types:.*/Types: deb-src/' "$f" > "apt/sources.list.d/${f##*/}"
  done
  private="-o Dir::Etc::SourceList=$work/apt/sources.list
    -o Dir::Etc::SourceParts=$work/apt/sources.list.d
    -o Dir::State::Lists=$work/apt/lists -o Dir::Cache=$work/apt/cache
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root
    -o Acquire::Retries=1 -o Acquire::http::Timeout=30"
  # shellcheck disable=SC2086
  # (apt-get update exits 0 when an index cannot be fetched: its
  # warnings say so, and then the fetch fails.)
  # shellcheck disable=SC2086
  apt-get $private update > update.log 2>&1
  # shellcheck disable=SC2086
  if ! fetch $private; then
    why=$(grep -h -e '^E:' -e '^W: Failed to fetch' update.log fetch.log | head -n 1)
    echo "$why"
    case $why in
      *"Failed to fetch"*|*"connect"*|*"resolve"*)
        skip "apt-get source libyaml: Debian's deb-src index cannot be reached (offline?): see $work/update.log" ;;
      *)
        skip "apt-get source libyaml failed (no deb-src entry for it?): see $work/fetch.log" ;;
    esac
  fi
fi
dsc=$(ls src/libyaml_*.dsc 2>/dev/null | head -n 1)
[ -n "$dsc" ] || skip "apt-get source libyaml fetched no .dsc"
echo "fetched: ${dsc#src/}"

# 2. Two trees.
(cd src && dpkg-source -x "${dsc#src/}" libyaml > ../unpack.log 2>&1) \
  || { cat unpack.log; fail "dpkg-source -x $dsc"; exit 1; }
cp -a src/libyaml orig
cp -a src/libyaml defer
if (cd defer && patch -p1 < "$patchfile") > patch.log 2>&1; then
  pass "libyaml-defer.patch applies to ${dsc#src/}"
else
  cat patch.log
  fail "libyaml-defer.patch applies to ${dsc#src/}"
  exit 1
fi

# 3. Build both.
plugin_flags="-fplugin=$top/plugin/defer.so -fplugin-arg-defer-report -I$top/runtime/include"
build() {
  dir=$1 cflags=$2 libs=$3
  (cd "$dir" && autoreconf -fi && ./configure --disable-static CC="$cc" \
     CFLAGS="$cflags" LIBS="$libs" && make -j2 && make -j2 -C tests check) \
    > "$dir.build.log" 2>&1
}
if build orig "-O2 -g" ""; then
  pass "the unconverted source builds (reference)"
else
  tail -n 30 orig.build.log
  fail "the unconverted source builds (reference)"
  exit 1
fi
if build defer "-O2 -g $plugin_flags" "-L$top/runtime -ldefer -Wl,-rpath,$top/runtime"; then
  pass "the converted source builds with the plugin and -ldefer"
else
  grep -E 'error|undefined' defer.build.log | head -n 30
  tail -n 30 defer.build.log
  fail "the converted source builds with the plugin and -ldefer"
  exit 1
fi
notes=$(grep -E "note: (open-coded|stack-allocated|heap-allocated) defer" defer.build.log \
  | sed -E 's/.*note: //' | sort | uniq -c | tr -s ' ' | tr '\n' ',' | sed 's/,$//')
functions=$(grep -c '^+    defer(' "$patchfile")
echo "strategies, from -fplugin-arg-defer-report:$notes"
echo "defer statements in the patch: $functions"
if readelf -d defer/src/.libs/libyaml-0.so.2 | grep -q 'NEEDED.*libdefer\.so\.0'; then
  pass "libyaml-0.so.2 links libdefer.so.0"
else
  readelf -d defer/src/.libs/libyaml-0.so.2 | grep NEEDED
  fail "libyaml-0.so.2 links libdefer.so.0"
fi

# 4. Its own test suite.
suite=$(sed -n 's/^# \(TOTAL\|PASS\|FAIL\|ERROR\|SKIP\|XFAIL\|XPASS\): *\([0-9]*\)/\1 \2/p' \
  defer/tests/test-suite.log 2>/dev/null | tr '\n' ' ')
echo "make check (converted): $suite"
if grep -q '^# FAIL: *0$' defer/tests/test-suite.log 2>/dev/null \
   && grep -q '^# ERROR: *0$' defer/tests/test-suite.log \
   && ! grep -q '^# PASS: *0$' defer/tests/test-suite.log; then
  pass "its test suite (make check): $suite"
else
  cat defer/tests/test-suite.log 2>/dev/null
  fail "its test suite (make check): $suite"
fi

# 5. Its test programs, converted against unconverted, on its inputs and
# on inputs that take the rewritten error paths.
mkdir -p inputs
cp orig/examples/*.yaml inputs/ 2>/dev/null
for f in orig/regression-inputs/*; do
  [ -f "$f" ] && cp "$f" "inputs/regression-${f##*/}"
done
mk() { printf '%b' "$2" > "inputs/error-$1.yaml"; }
mk unknown-directive '%FOO bar\n--- a\n'
mk directive-no-name '%\n--- a\n'
mk directive-trailing '%YAML 1.1 x\n--- a\n'
mk yaml-twice '%YAML 1.1\n%YAML 1.1\n--- a\n'
mk yaml-version '%YAML 2.0\n--- a\n'
mk tag-directive '%TAG !a! tag:a,2000:\n--- !a!b c\n'
mk tag-directive-bad-handle '%TAG a tag:a,2000:\n--- c\n'
mk tag-directive-duplicate '%TAG !a! tag:a,2000:\n%TAG !a! tag:b,2000:\n--- x\n'
mk anchor-empty 'a: & b\n'
mk alias-empty '*\n'
mk alias-undefined 'a: *nowhere\n'
mk anchor-alias 'a: &x [1, 2]\nb: *x\nc: &y {k: v}\nd: *y\ne: &z s\nf: *z\n'
mk tag-verbatim-open '!<tag:a,2000:b c\n'
mk tag-uri-escape '!<%zz> c\n'
mk tag-handle-undefined '!x!y z\n'
mk tags '!!str a\n--- !<tag:a,2000:b> c\n--- !local d\n'
mk block-indent-zero '|0\n a\n'
mk block-chomping-twice '|++\n a\n'
mk block-scalars 'a: |\n  line\n\n  more\nb: >-\n  folded\n  text\n\nc: |+\n  kept\n\n'
mk single-quoted-open "'abc\\n"
mk double-quoted-open '"abc\n'
mk double-quoted-escape '"\\q"\n'
mk double-quoted-escapes '"a\\tb\\x41\\u263A\\U0001F600 \\\n  c"\n'
mk plain-flow-colon '[a: b: c]\n'
mk plain-multiline 'a: one\n  two\n  three\n\n  four\n'
mk tab-indent 'a:\n\t- b\n'
mk mapping-unclosed '{a: 1, b: 2\n'
mk documents '--- 1\n...\n--- 2\n...\n'
for prog in run-scanner run-parser run-loader run-dumper run-emitter \
            run-parser-test-suite; do
  same=1
  for f in inputs/*; do
    o=$(orig/tests/$prog "$f" 2>&1; echo "status $?")
    d=$(defer/tests/$prog "$f" 2>&1; echo "status $?")
    if [ "$o" != "$d" ]; then
      same=0
      echo "--- $prog $f: unconverted"; echo "$o"
      echo "--- $prog $f: converted"; echo "$d"
    fi
  done
  n=$(ls inputs | wc -l)
  [ $same = 1 ] && pass "tests/$prog: the same output as unconverted on $n inputs" \
    || fail "tests/$prog: the same output as unconverted on $n inputs"
done
for prog in example-reformatter example-reformatter-alt example-deconstructor \
            example-deconstructor-alt; do
  same=1
  for f in inputs/*; do
    o=$(orig/tests/$prog < "$f" 2>&1; echo "status $?")
    d=$(defer/tests/$prog < "$f" 2>&1; echo "status $?")
    if [ "$o" != "$d" ]; then
      same=0
      echo "--- $prog < $f: unconverted"; echo "$o"
      echo "--- $prog < $f: converted"; echo "$d"
    fi
  done
  [ $same = 1 ] && pass "tests/$prog: the same output as unconverted" \
    || fail "tests/$prog: the same output as unconverted"
done
errors=$(for f in inputs/error-*; do defer/tests/run-parser "$f"; done | grep -c FAILURE)
echo "inputs that fail to parse (error paths taken): $errors of $(ls inputs/error-* | wc -l)"

# 6. valgrind: the converted library frees what it allocated, on the
# error paths too.
if command -v valgrind >/dev/null 2>&1; then
  clean=1
  for prog in run-loader run-parser run-dumper run-emitter; do
    for f in inputs/*; do
      if ! defer/libtool --mode=execute valgrind -q --leak-check=full \
             --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
             defer/tests/$prog "$f" > vg.out 2>&1; then
        if grep -q '^==[0-9]*==' vg.out; then
          clean=0
          echo "--- valgrind $prog $f"; cat vg.out
        fi
      fi
    done
  done
  [ $clean = 1 ] && pass "valgrind: no error and no leak in the loader, parser, dumper and emitter" \
    || fail "valgrind: no error and no leak in the loader, parser, dumper and emitter"
else
  echo "UNSUPPORTED: libyaml: valgrind (not installed)"
fi

exit $failed
