#!/bin/sh
# ensure-deps.sh [--optional] [plugin] [dejagnu] [clang]: make sure the
# build's outside needs are here.  As root, missing Debian packages are
# installed (apt-get update once, then apt-get install -y); otherwise print
# one line naming what to install and fail.  With --optional (for what
# only some tests need: clang and clangd for the editor-mode tests), a
# need that cannot be met is one line of note, and no failure.
CC=${CC:-gcc}
need=""
optional=""
for what in "$@"; do
  case $what in
    --optional)
      optional=yes ;;
    clang)
      command -v clang >/dev/null 2>&1 || need="$need clang"
      command -v clangd >/dev/null 2>&1 || need="$need clangd" ;;
    plugin)
      dir=$($CC -print-file-name=plugin)
      if [ ! -f "$dir/include/gcc-plugin.h" ]; then
        ver=$($CC -dumpversion | cut -d. -f1)
        need="$need gcc-$ver-plugin-dev"
      fi ;;
    dejagnu)
      command -v runtest >/dev/null 2>&1 || need="$need dejagnu" ;;
    *) echo "ensure-deps.sh: unknown need '$what'" >&2; exit 2 ;;
  esac
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $need >/dev/null && exit 0
  if [ -n "$optional" ]; then
    echo "note: could not install$need (apt-get failed); the tests that need it are skipped"
    exit 0
  fi
  echo "error: could not install$need (apt-get failed)" >&2
  exit 1
fi
if [ -n "$optional" ]; then
  echo "note: missing$need (sudo apt-get install$need); the tests that need it are skipped"
  exit 0
fi
echo "error: missing$need; install it with: sudo apt-get install$need" >&2
exit 1
