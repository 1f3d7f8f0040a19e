#!/bin/sh
# testsuite/run.sh CC TOPDIR [RUNTEST-ARGS...]: run the defer DejaGnu
# testsuite and end with one line, "N passed, N failed[, N unsupported]".
#
# `make check` calls it as  sh testsuite/run.sh "$(CC)" "$(CURDIR)".
# It runs `runtest --tool defer --srcdir TOPDIR/testsuite` in a fresh
# TOPDIR/testsuite/build, where the tests compile with
#
#   CC -fplugin=TOPDIR/plugin/defer.so -ITOPDIR/runtime/include <options> \
#      file.c -o file.exe TOPDIR/runtime/libdefer.a -pthread
#
# Extra arguments, and $RUNTESTFLAGS, go to runtest, e.g.
#
#   sh testsuite/run.sh gcc "$PWD" defer.run/run.exp=panic-1.c
#   make check RUNTESTFLAGS='defer.dg/dg.exp --verbose'
#
# The build directory keeps defer.sum, defer.log and a site.exp, so that
# `cd testsuite/build && runtest --tool defer` reruns the suite by hand.
#
# The closing line counts defer.sum's results:
#   passed       PASS, XFAIL (and KFAIL)
#   failed       FAIL, XPASS, UNRESOLVED, UNTESTED, ERROR (and KPASS)
#   unsupported  UNSUPPORTED, shown only when there are some
# Before it come the lines of defer.sum that count as failed.  The exit
# status is non-zero when something failed or when no test ran at all.

if [ $# -lt 2 ]; then
  echo "usage: sh testsuite/run.sh CC TOPDIR [RUNTEST-ARGS...]" >&2
  exit 2
fi
cc=$1
top=$2
shift 2

# GCC quotes with plain ' in the C locale; the tests' regexps expect that.
LC_ALL=C
LANG=C
export LC_ALL LANG
unset GCC_COLORS

build=$top/testsuite/build
rm -rf "$build" && mkdir -p "$build" && cd "$build" || {
  echo "run.sh: cannot create $build" >&2
  exit 2
}

cat > site.exp <<EOF
# Written by testsuite/run.sh; runtest reads it from this directory.
set tool defer
set srcdir {$top/testsuite}
set objdir {$build}
set DEFER_CC {$cc}
set DEFER_TOPDIR {$top}
EOF

echo "runtest --tool defer (log: testsuite/build/defer.log)"
# RUNTESTFLAGS is split into words on purpose.
# shellcheck disable=SC2086
runtest --tool defer --srcdir "$top/testsuite" ${RUNTESTFLAGS:-} "$@" \
  > runtest.out 2>&1
rc=$?

if [ ! -f defer.sum ]; then
  tail -n 20 runtest.out
  echo "run.sh: runtest exited with status $rc and wrote no defer.sum"
  echo "0 passed, 0 failed"
  exit 1
fi

count() {
  grep -c -E "^($1):" defer.sum
}
passed=$(count 'PASS|XFAIL|KFAIL')
failed=$(count 'FAIL|XPASS|KPASS|UNRESOLVED|UNTESTED|ERROR')
unsupported=$(count 'UNSUPPORTED')

grep -E '^(FAIL|XPASS|KPASS|UNRESOLVED|UNTESTED|ERROR):' defer.sum

status=0
if [ "$failed" -gt 0 ]; then
  status=1
elif [ "$rc" -ne 0 ]; then
  # runtest failed without a failing result in defer.sum (a broken driver
  # or library): show why, and count it.
  tail -n 20 runtest.out
  echo "run.sh: runtest exited with status $rc"
  failed=1
  status=1
elif [ $((passed + unsupported)) -eq 0 ]; then
  echo "run.sh: runtest ran no test"
  status=1
fi

line="$passed passed, $failed failed"
if [ "$unsupported" -gt 0 ]; then
  line="$line, $unsupported unsupported"
fi
echo "$line"
exit $status
