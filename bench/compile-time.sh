#!/bin/sh
# compile-time.sh CC...: the compile time of a large translation unit that
# uses no defer, with the plugin loaded (CC) and without it (CC's first
# word), best of COMPILE_RUNS runs each, taken in turn (default 5): Lua 5.4's core and
# libraries in one unit, as Lua's own onelua.c builds it, from Debian's
# lua5.4 source package (scripts/debian-source.sh).  Also checks that the
# two compilations give the same assembly.  Prints a line saying why when
# the source cannot be fetched (offline).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=${COMPILE_RUNS:-5}
tree=$(sh "$here/../scripts/debian-source.sh" lua5.4 "$here/build/src") || {
  echo "compile-time.sh: skipped: no lua5.4 source"
  exit 0
}
unit="$here/build/onelua.c"
{
  echo '/* Lua in one unit, as its onelua.c does.  */'
  echo '#define MAKE_LIB'
  echo '#define LUA_CORE'
  for f in lzio lctype lopcodes lmem lundump ldump lstate lgc llex lcode \
	   lparser ldebug lfunc lobject ltm lstring ltable ldo lvm lapi \
	   lauxlib lbaselib lcorolib ldblib liolib lmathlib loadlib loslib \
	   lstrlib ltablib lutf8lib linit; do
    echo "#include \"$tree/src/$f.c\""
  done
} > "$unit"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# ms CMD...: the wall time of one run of CMD, in milliseconds.
ms () {
  t0=$(date +%s%N)
  "$@"
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# The two compilations run in turn, so that a change in the machine's
# load spoils both alike; each keeps its best run.
plain=$1
lines=$(cat "$tree"/src/*.c | wc -l)
with=""
without=""
i=0
while [ "$i" -lt "$runs" ]; do
  t=$(ms "$@" -O2 -S -o "$out/with.s" "$unit")
  if [ -z "$with" ] || [ "$t" -lt "$with" ]; then with=$t; fi
  t=$(ms $plain -O2 -S -o "$out/without.s" "$unit")
  if [ -z "$without" ] || [ "$t" -lt "$without" ]; then without=$t; fi
  i=$((i + 1))
done
same=identical
cmp -s "$out/with.s" "$out/without.s" || same=DIFFERENT
awk -v w="$with" -v wo="$without" -v l="$lines" -v s="$same" 'BEGIN {
  printf "lua 5.4 in one unit (%d lines), -O2: %.2f s with the plugin, %.2f s without (%.3fx); assembly %s\n",
    l, w / 1000, wo / 1000, w / wo, s }'
[ "$same" = identical ]
