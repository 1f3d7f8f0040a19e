#!/bin/sh
# zero-cost.sh CC...: compile bench/zero-cost/shapes.c at -O2 with
# -fplugin-arg-defer-unwind=no and print, for each shape, the number of
# instructions of the function that defers beside the one written by hand.
# Exits non-zero if a deferred shape is longer than its hand-written twin.
# -fno-ipa-icf: identical functions would otherwise be folded into one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" -O2 -fplugin-arg-defer-unwind=no -fno-asynchronous-unwind-tables -fno-ipa-icf \
  -S -o "$out" "$here/zero-cost/shapes.c"

# Instructions of function $1: lines of its body that are not labels or
# directives.
count () {
  awk -v fn="$1" '
    $0 == fn ":" { on = 1; next }
    on && /^\t\.size/ { exit }
    on && /^\t[a-z]/ && !/^\t\./ { n++ }
    END { print n + 0 }' "$out"
}

status=0
printf '%-14s %8s %8s\n' shape defer hand
for shape in unconditional early conditional two; do
  d=$(count "${shape}_defer")
  h=$(count "${shape}_hand")
  mark=""
  if [ "$d" -gt "$h" ]; then mark="  <- more than by hand"; status=1; fi
  printf '%-14s %8d %8d%s\n' "$shape" "$d" "$h" "$mark"
done
exit $status
