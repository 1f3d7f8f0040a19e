#!/bin/sh
# exits.sh CC...: code size and compile time of functions with many
# defers and many returns, beside the same cleanup written by hand with
# one `goto out' ladder.
#
# Shapes (one generated function per unit):
#
#   upfront D R      D resources acquired and deferred up front, then R
#                    early returns (an init routine's error paths)
#   interleaved N    N times: acquire, defer the release, early return on
#                    error (a parse routine that builds up as it goes)
#
# Each unit is compiled at -O2 with -c, with the plugin (defer) and
# without it (by hand); the table gives the .text of the object (every
# .text* section: the cold part too), the ratio, and the compile time of
# each, the best of EXITS_RUNS runs (default 3), the two compilations of a
# shape taking turns.  Exits non-zero when a
# shape breaks the targets: text <= 2x by hand for every shape, and the
# compile time of the largest interleaved shape <= 3x by hand.
set -eu
runs=${EXITS_RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gen_upfront D R STYLE: the upfront shape, STYLE defer or hand.
gen_upfront () {
  awk -v d="$1" -v r="$2" -v style="$3" 'BEGIN {
    print "#include <stddef.h>"
    if (style == "defer") print "#include <defer.h>"
    print "extern void *acquire (int);"
    print "extern void release (void *);"
    print "extern int step (int);"
    print "int f (void)"
    print "{"
    for (i = 0; i < d; i++) {
      printf "  void *p%d = acquire (%d);\n", i, i
      if (style == "defer") printf "  defer (release, p%d);\n", i
    }
    if (style == "hand") print "  int ret;"
    for (i = 0; i < r; i++) {
      if (style == "defer") printf "  if (step (%d)) return %d;\n", i, i + 1
      else printf "  if (step (%d)) { ret = %d; goto out; }\n", i, i + 1
    }
    if (style == "defer") print "  return 0;"
    else {
      print "  ret = 0;"
      print "out:"
      for (i = d - 1; i >= 0; i--) printf "  release (p%d);\n", i
      print "  return ret;"
    }
    print "}"
  }'
}

# gen_interleaved N STYLE: the interleaved shape.
gen_interleaved () {
  awk -v n="$1" -v style="$2" 'BEGIN {
    print "#include <stddef.h>"
    if (style == "defer") print "#include <defer.h>"
    print "extern void *acquire (int);"
    print "extern void release (void *);"
    print "extern int step (int);"
    print "int f (void)"
    print "{"
    if (style == "hand") print "  int ret;"
    for (i = 0; i < n; i++) {
      printf "  void *p%d = acquire (%d);\n", i, i
      if (style == "defer") {
        printf "  defer (release, p%d);\n", i
        printf "  if (step (%d)) return %d;\n", i, i + 1
      } else
        printf "  if (step (%d)) { ret = %d; goto out%d; }\n", i, i + 1, i
    }
    if (style == "defer") print "  return 0;"
    else {
      print "  ret = 0;"
      for (i = n - 1; i >= 0; i--) {
        printf "out%d:\n", i
        printf "  release (p%d);\n", i
      }
      print "  return ret;"
    }
    print "}"
  }'
}

# text OBJ: bytes in the .text* sections of OBJ.
text () {
  size -A "$1" | awk '$1 ~ /^\.text/ { n += $2 } END { print n + 0 }'
}

# ms CMD...: run CMD, print its wall time in milliseconds.
ms () {
  t0=$(date +%s%N)
  "$@"
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# best_times D.C H.C: compile D.C with the plugin and H.C without, in
# turn, $runs times each (so that a spell of load on the machine slows
# both alike), and set td and th to the best wall time of each, in
# seconds.
best_times () {
  bd=""
  bh=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t=$(ms $CC -O2 -c "$1" -o "$tmp/d.o")
    if [ -z "$bd" ] || [ "$t" -lt "$bd" ]; then bd=$t; fi
    t=$(ms $PLAIN -O2 -c "$2" -o "$tmp/h.o")
    if [ -z "$bh" ] || [ "$t" -lt "$bh" ]; then bh=$t; fi
    i=$((i + 1))
  done
  td=$(awk -v ms="$bd" 'BEGIN { printf "%.2f", ms / 1000 }')
  th=$(awk -v ms="$bh" 'BEGIN { printf "%.2f", ms / 1000 }')
}

status=0
printf '%-18s %10s %10s %6s %9s %9s %6s\n' shape "defer B" "hand B" ratio \
  "defer s" "hand s" ratio
row () {
  name=$1
  shift
  "$@" defer > "$tmp/d.c"
  "$@" hand > "$tmp/h.c"
  best_times "$tmp/d.c" "$tmp/h.c"
  sd=$(text "$tmp/d.o")
  sh=$(text "$tmp/h.o")
  line=$(awk -v n="$name" -v sd="$sd" -v sh="$sh" -v td="$td" -v th="$th" \
    'BEGIN { rs = sd / sh; rt = (th > 0.005 ? td / th : 0);
             printf "%-18s %10d %10d %5.2fx %9.2f %9.2f %5.2fx", n, sd, sh, rs, td, th, rt }')
  mark=""
  if awk -v sd="$sd" -v sh="$sh" 'BEGIN { exit !(sd > 2 * sh) }'; then
    mark="  <- text over 2x"
    status=1
  fi
  echo "$line$mark"
  last_td=$td
  last_th=$th
}

CC="$*"
# The compiler without the plugin: the first word of CC.
PLAIN=$1

row "upfront 10x60" gen_upfront 10 60
row "upfront 20x100" gen_upfront 20 100
row "upfront 5x300" gen_upfront 5 300
row "interleaved 100" gen_interleaved 100
row "interleaved 200" gen_interleaved 200
row "interleaved 400" gen_interleaved 400
if awk -v td="$last_td" -v th="$last_th" 'BEGIN { exit !(td > 3 * (th > 0.05 ? th : 0.05)) }'; then
  echo "interleaved 400: compile time over 3x by hand"
  status=1
fi
row "interleaved 2000" gen_interleaved 2000
exit $status
