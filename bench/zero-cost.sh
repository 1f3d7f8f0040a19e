#!/bin/sh
# zero-cost.sh CC...: compile bench/zero-cost/shapes.c at -O2 with
# -fplugin-arg-defer-unwind=no and print, for each shape, the number of
# instructions of the function that defers beside the one written by hand;
# then again with unwinding, counting the function's hot (.text) part
# apart from its landing pads' entries (the rest of the landing pad is in
# .text.unlikely).  Exits non-zero if a deferred shape is longer than its
# hand-written twin without unwinding; with it, the table only marks one
# (GCC may lay out the paths differently around the landing pad:
# bench/README.md).
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

# With unwinding (the default): the landing pads' entries are in .text
# (each a register move and a jump into the function's cold part); the
# instructions of the normal path are the others of its .text part.
"$@" -O2 -fno-asynchronous-unwind-tables -fno-ipa-icf \
  -S -o "$out" "$here/zero-cost/shapes.c"

# hot_count FN: "N M", N the instructions of FN's .text part that are not
# in a landing pad's entry, M those that are.
hot_count () {
  awk -v fn="$1" '
    # The landing pads: the labels the LSDA call-site table names.
    /^\t\.uleb128 \.L[0-9]+-\.LFB[0-9]+$/ {
      split ($2, a, "-"); pad[a[1]] = 1 }
    { line[NR] = $0 }
    END {
      for (i = 1; i <= NR; i++) {
        l = line[i]
        if (l == fn ":") { on = 1; continue }
        if (!on) continue
        if (l ~ /^\t\.size/ || l ~ /^\t\.section/) break
        if (l ~ /^\.L[0-9]+:$/) { lab = substr (l, 1, length (l) - 1);
          if (lab in pad) inpad = 1 }
        if (l ~ /^\t[a-z]/ && l !~ /^\t\./) {
          if (inpad) m++; else n++
          if (l ~ /^\tjmp/) inpad = 0
        }
      }
      print n + 0, m + 0
    }' "$out"
}

printf '%-14s %8s %8s %8s\n' "with unwind" defer hand "pad entry"
for shape in unconditional early conditional two; do
  set -- $(hot_count "${shape}_defer")
  h=$(count "${shape}_hand")
  mark=""
  if [ "$1" -gt "$h" ]; then mark="  <- more than by hand"; fi
  printf '%-14s %8d %8d %8d%s\n' "$shape" "$1" "$h" "$2" "$mark"
done
exit $status
