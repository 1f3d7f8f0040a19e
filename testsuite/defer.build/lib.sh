# defer.build/lib.sh: what the script tests of defer.build share.  A
# script sources it first:  . "$DEFER_SRCDIR/lib.sh"
#
# It runs in a fresh directory of its own (build.exp makes it), reports
# with pass/fail/unsupported/kfail, and says why with note.

set -u
LC_ALL=C
export LC_ALL
CC_WORDS=$DEFER_CC
TOP=$DEFER_TOPDIR
WORK=$(pwd)

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; }
unsupported() { echo "UNSUPPORTED: $*"; }
kfail() { echo "KFAIL: $*"; }
unresolved() { echo "UNRESOLVED: $*"; }
note() { echo "note: $*"; }

# check WHAT CMD...: run CMD (its output to the log), PASS WHAT if it
# exits with 0, else FAIL WHAT; return CMD's status.
check() {
  what=$1
  shift
  echo "+ $*"
  if "$@"; then
    pass "$what"
    return 0
  fi
  fail "$what"
  return 1
}

# need TOOL PACKAGE: true if TOOL is on PATH; else say that the script's
# tests are UNSUPPORTED and why, and return false.
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  unsupported "$SCRIPT_WHAT ($1 is not installed: make check installs the Debian package $2 as root, and could not)"
  return 1
}

# need_prefix: true if build.exp's install worked.
need_prefix() {
  [ -n "$DEFER_PREFIX" ] && [ -f "$DEFER_PREFIX/lib/pkgconfig/defer.pc" ] && return 0
  unresolved "$SCRIPT_WHAT (no install to build against: make install failed)"
  return 1
}

# readme_block NAME: the lines of the README's code block that follows the
# line "<!-- recipe: NAME -->", so that the tests run the README's
# recipes as written.  Fails when there is no such block.
readme_block() {
  awk -v want="<!-- recipe: $1 -->" '
    $0 == want { found = 1; next }
    found == 1 && /^ *```/ { found = 2; next }
    found == 2 && /^ *```/ { done = 1; exit }
    found == 2 { print }
    END { exit done ? 0 : 1 }
  ' "$TOP/README.md"
}

# write_prog FILE: a program whose defers use records (a defer in a loop
# is heap-allocated), so that it must be linked with -ldefer; it prints
# "2 1 0 done".
write_prog() {
  cat > "$1" <<'PROG'
#include <stdio.h>
#include <defer.h>

static void say (int i) { printf ("%d ", i); }

static void count (void)
{
  for (int i = 0; i < 3; i++)
    defer (say, i);
}

int main (void)
{
  count ();
  defer (puts, "done");
  return 0;
}
PROG
}
PROG_OUTPUT="2 1 0 done"

# check_run WHAT PROG: run PROG, with the install's libraries found, and
# check that it prints PROG_OUTPUT.
check_run() {
  out=$(LD_LIBRARY_PATH=${DEFER_PREFIX:+$DEFER_PREFIX/lib} "$2" 2>&1)
  echo "+ $2: $out"
  if [ "$out" = "$PROG_OUTPUT" ]; then
    pass "$1"
  else
    fail "$1"
  fi
}

# The install's pkg-config, CMake and library search paths.
if [ -n "${DEFER_PREFIX:-}" ]; then
  PKG_CONFIG_PATH=$DEFER_PREFIX/lib/pkgconfig
  CMAKE_PREFIX_PATH=$DEFER_PREFIX
  export PKG_CONFIG_PATH CMAKE_PREFIX_PATH
fi
