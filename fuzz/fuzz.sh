#!/bin/sh
# fuzz/fuzz.sh: defer's differential fuzzer.  For each seed, the generator
# (fuzz/gen.c) writes one random program twice, in C with defer and in Go;
# the C side is compiled with the plugin at three combinations of
# optimization level and strategy, run, and its output compared with the
# Go program's (built with `go build`).  Without Go the three C builds are
# compared with each other (self-consistency).  One line per seed:
#
#   PASS seed 17: -O2/auto -O3/stack -Os/heap
#   FAIL seed 18: -O0/heap: output differs from go (kept in
#     fuzz/results/seed-18)
#     reproduce: sh fuzz/fuzz.sh --seed 18 --combo -O0/heap
#
# then  "fuzz: N seeds, N passed, N failed (against go1.19.8)"  and exit
# status 1 if any seed failed.  A failing seed's sources, outputs, the
# diff and the exact commands (repro.sh) are kept in the results directory.
#
# usage: sh fuzz/fuzz.sh [options]
#   -n N, --seeds N     run N seeds (default 100)
#   -s S, --first S     starting at seed S (default 1)
#   --seed S            only seed S (--first S --seeds 1), and show the diff
#   -p L, --panic L     panics too: L=1 defer_panic and defer_recover,
#                       L=2 also defer_panicf (see fuzz/gen.c)
#   -x LIST, --exclude LIST   leave these generator features out (comma-
#                       separated, e.g. show,nested: fuzz/gen.c's -x)
#   --combo -OL/STRAT   only this combination (e.g. -O2/heap) for every seed
#   --all-combos        every seed at all 15 combinations
#   --self              compare the C builds with each other, even with Go
#   --cflags FLAGS      more flags for the C compilations (e.g. -fexceptions)
#   -j J, --jobs J      seeds run J at a time (default: the number of CPUs)
#   --cc CC             the compiler (default: $CC, else gcc)
#   --plugin PATH       the plugin (default plugin/defer.so of the tree)
#   --libs LIBS         what the programs link with (default the tree's
#                       runtime/libdefer.a -pthread)
#   --results DIR       where failing seeds are kept (default fuzz/results)
#   --gen PATH          the generator (default fuzz/defer-fuzz-gen, built
#                       from fuzz/gen.c when missing or older)
#   --sabotage          generate C that differs from Go when optimized
#                       (a check that the fuzzer can fail)
#   -q, --quiet         print only failures, a line every 100 seeds and
#                       the summary
#
# The plugin and runtime are the tree's (plugin/defer.so,
# runtime/libdefer.a): run `make` first, or `make fuzz SEEDS=N`.

self=$0
top=$(cd "$(dirname "$0")/.." && pwd)

# ---- one seed (run by the main part below through xargs) ----
if [ "${1:-}" = --one ]; then
  seed=$2
  w=$FUZZ_WORK/seed-$seed
  rm -rf "$w" && mkdir -p "$w" || exit 2
  # The combinations: a seed's first is level seed mod 5 and strategy
  # (seed / 5) mod 3, so that 15 seeds cover all 15; its second and third
  # take the next level and strategy, and the next again: three levels and
  # three strategies per seed.
  levels="-O0 -O1 -O2 -O3 -Os"
  strategies="auto stack heap"
  if [ -n "$FUZZ_COMBO" ]; then
    combos=$FUZZ_COMBO
  elif [ "$FUZZ_ALL" = 1 ]; then
    combos=$(for s in $strategies; do
               for l in $levels; do printf '%s/%s ' "$l" "$s"; done
             done)
  else
    combos=""
    for d in 0 1 2; do
      l=$(echo $levels | cut -d' ' -f$(((seed + d) % 5 + 1)))
      s=$(echo $strategies | cut -d' ' -f$(((seed / 5 + d) % 3 + 1)))
      combos="$combos $l/$s"
    done
  fi
  combos=$(echo $combos)

  genflags=""
  [ "$FUZZ_PANIC" != 0 ] && genflags="-p $FUZZ_PANIC"
  [ "$FUZZ_SABOTAGE" = 1 ] && genflags="$genflags -S"
  [ -n "$FUZZ_EXCLUDE" ] && genflags="$genflags -x $FUZZ_EXCLUDE"

  # fail REASON: keep the case, print the FAIL line and the reproducer.
  fail() {
    keep=$FUZZ_RESULTS/seed-$seed
    [ "$FUZZ_PANIC" != 0 ] && keep=$keep-p$FUZZ_PANIC
    rm -rf "$keep"
    mkdir -p "$FUZZ_RESULTS" && mv "$w" "$keep"
    repro="sh fuzz/fuzz.sh --seed $seed"
    [ "$FUZZ_PANIC" != 0 ] && repro="$repro -p $FUZZ_PANIC"
    [ -n "$FUZZ_EXCLUDE" ] && repro="$repro -x $FUZZ_EXCLUDE"
    [ -n "$failcombo" ] && repro="$repro --combo $failcombo"
    [ -n "$FUZZ_CFLAGS_SET" ] && repro="$repro --cflags '$FUZZ_CFLAGS'"
    [ "$FUZZ_MODE" = self ] && [ -n "$FUZZ_GO" ] && repro="$repro --self"
    [ "$FUZZ_SABOTAGE" = 1 ] && repro="$repro --sabotage"
    printf 'FAIL seed %s: %s (kept in %s)\n  reproduce: %s\n' \
      "$seed" "$*" "$keep" "$repro"
    if [ "$FUZZ_VERBOSE" = 1 ] && [ -f "$keep/diff" ]; then
      head -n 40 "$keep/diff"
    fi
    exit 1
  }
  failcombo=""

  cd "$w" || exit 2
  {
    echo "#!/bin/sh"
    echo "# seed $seed: the commands that built and ran this case"
    echo "$FUZZ_GEN $genflags $seed prog"
  } > repro.sh
  # shellcheck disable=SC2086
  if ! "$FUZZ_GEN" $genflags "$seed" prog 2> gen.err; then
    fail "the generator failed: $(head -n 1 gen.err)"
  fi

  # run BIN OUT: run it with a time limit; its stdout, then its status.
  run() {
    DEFER_TRACEBACK=none timeout 20 "./$1" > "$2" 2> "$2.err"
    echo "exit status $?" >> "$2"
  }

  ref=""
  if [ "$FUZZ_MODE" = go ]; then
    echo "go build -o prog-go prog.go && ./prog-go" >> repro.sh
    if ! go build -o prog-go prog.go > go-build.err 2>&1; then
      fail "go build failed, a generator bug:" \
        "$(grep -v '^#' go-build.err | head -n 1)"
    fi
    run prog-go go.out
    if [ "$(tail -n 1 go.out)" != "exit status 0" ]; then
      fail "the Go program failed ($(tail -n 1 go.out)), a generator bug"
    fi
    ref=go.out
    refname=go
  fi

  # Every combination is built and run; the first that fails says why,
  # and the line lists all that failed.
  bad=""
  why=""
  for c in $combos; do
    level=${c%/*}
    strat=${c#*/}
    tag=$(echo "$level-$strat" | tr -d /-)
    cmd="$FUZZ_CC -fplugin=$FUZZ_PLUGIN -I$FUZZ_TOP/runtime/include $level"
    cmd="$cmd -fplugin-arg-defer-strategy=$strat $FUZZ_CFLAGS -w prog.c"
    cmd="$cmd -o prog-$tag $FUZZ_LIBS -Wl,-z,execstack"
    echo "$cmd && ./prog-$tag" >> repro.sh
    what=""
    # shellcheck disable=SC2086
    if ! timeout 300 $cmd > "cc-$tag.err" 2>&1; then
      ice='internal compiler error\|segmentation fault\|please submit'
      if grep -qi "$ice" "cc-$tag.err"; then
        what="internal compiler error: $(grep -i -m 1 "$ice" "cc-$tag.err")"
      else
        what="compile failed: $(grep -m 1 'error' "cc-$tag.err")"
      fi
    else
      run "prog-$tag" "c-$tag.out"
      if [ -z "$ref" ]; then
        ref=c-$tag.out
        refname=$c
        continue
      fi
      if ! cmp -s "$ref" "c-$tag.out"; then
        diff "$ref" "c-$tag.out" > "diff-$tag"
        what="output differs from $refname"
        st=$(tail -n 1 "c-$tag.out")
        [ "$st" != "exit status 0" ] && what="$what, $st"
        [ -s "c-$tag.out.err" ] &&
          what="$what, stderr: $(head -n 1 "c-$tag.out.err")"
      fi
    fi
    if [ -n "$what" ]; then
      if [ -z "$bad" ]; then
        failcombo=$c
        why=$what
        [ -f "diff-$tag" ] && cp "diff-$tag" diff
      fi
      bad="$bad $c"
    fi
  done
  [ -n "$bad" ] && fail "$(echo $bad): $why"
  echo "PASS seed $seed: $combos"
  cd / && rm -rf "$w"
  exit 0
fi

# ---- the main part ----
seeds=100
first=1
panic=0
exclude=""
combo=""
all=0
mode=""
cflags=""
cflags_set=""
jobs=$(nproc 2>/dev/null || echo 2)
cc=${CC:-gcc}
plugin=$top/plugin/defer.so
libs="$top/runtime/libdefer.a -pthread"
results=$top/fuzz/results
gen=""
sabotage=0
quiet=0
verbose=0
while [ $# -gt 0 ]; do
  case $1 in
    -n|--seeds) seeds=$2; shift ;;
    -s|--first) first=$2; shift ;;
    --seed) first=$2; seeds=1; verbose=1; shift ;;
    -p|--panic) panic=$2; shift ;;
    -x|--exclude) exclude=$2; shift ;;
    --combo) combo=$2; shift ;;
    --all-combos) all=1 ;;
    --self) mode=self ;;
    --cflags) cflags=$2; cflags_set=1; shift ;;
    -j|--jobs) jobs=$2; shift ;;
    --cc) cc=$2; shift ;;
    --plugin) plugin=$2; shift ;;
    --libs) libs=$2; shift ;;
    --results) results=$2; shift ;;
    --gen) gen=$2; shift ;;
    --sabotage) sabotage=1 ;;
    -q|--quiet) quiet=1 ;;
    -h|--help) sed -n '2,/^$/s/^# \{0,1\}//p' "$self"; exit 0 ;;
    *) echo "fuzz.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case $combo in
  ''|-O[0123s]/auto|-O[0123s]/stack|-O[0123s]/heap) ;;
  *) echo "fuzz.sh: --combo wants -O0..-O3 or -Os, a slash, auto, stack" \
       "or heap: '$combo'" >&2
     exit 2 ;;
esac

for f in "$plugin" "$top/runtime/include/defer.h"; do
  if [ ! -f "$f" ]; then
    echo "fuzz.sh: $f is missing: run make first" >&2
    exit 2
  fi
done

if [ -z "$gen" ]; then
  gen=$top/fuzz/defer-fuzz-gen
  if [ ! -x "$gen" ] || [ "$top/fuzz/gen.c" -nt "$gen" ]; then
    $cc -O2 -o "$gen" "$top/fuzz/gen.c" || exit 2
  fi
fi

gover=""
if [ "$mode" != self ] && command -v go > /dev/null 2>&1; then
  gover=$(go version 2>/dev/null | awk '{ print $3 }')
fi
if [ -n "$gover" ]; then
  mode=go
  against="against $gover"
else
  [ "$mode" = self ] && command -v go > /dev/null 2>&1 && gover=forced
  mode=self
  against="self-consistency of the C builds, no Go"
  [ -n "$gover" ] && against="self-consistency of the C builds (--self)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/defer-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
# The seeds run a copy of this script, so that editing it does not
# change a run under way.
cp "$self" "$work/fuzz.sh" || exit 2
# go needs a build cache; without HOME it has no default one.
if [ -z "${GOCACHE:-}${HOME:-}${XDG_CACHE_HOME:-}" ]; then
  GOCACHE=$work/gocache
  export GOCACHE
fi

# The seeds run in their own directories: make the paths absolute.
case $results in /*) ;; *) results=$PWD/$results ;; esac
case $gen in /*) ;; *) gen=$PWD/$gen ;; esac
case $plugin in /*) ;; *) plugin=$PWD/$plugin ;; esac
FUZZ_TOP=$top FUZZ_WORK=$work FUZZ_RESULTS=$results FUZZ_GEN=$gen \
FUZZ_CC=$cc FUZZ_PLUGIN=$plugin FUZZ_LIBS=$libs FUZZ_CFLAGS=$cflags \
FUZZ_CFLAGS_SET=$cflags_set \
FUZZ_PANIC=$panic FUZZ_COMBO=$combo FUZZ_ALL=$all FUZZ_MODE=$mode \
FUZZ_GO=$gover FUZZ_SABOTAGE=$sabotage FUZZ_VERBOSE=$verbose \
FUZZ_EXCLUDE=$exclude
export FUZZ_TOP FUZZ_WORK FUZZ_RESULTS FUZZ_GEN FUZZ_CC FUZZ_PLUGIN FUZZ_LIBS \
  FUZZ_CFLAGS \
  FUZZ_CFLAGS_SET FUZZ_PANIC FUZZ_COMBO FUZZ_ALL FUZZ_MODE FUZZ_GO \
  FUZZ_SABOTAGE FUZZ_VERBOSE FUZZ_EXCLUDE

last=$((first + seeds - 1))
p=""
[ "$panic" != 0 ] && p=", panics level $panic${cflags:+ ($cflags)}"
[ -n "$exclude" ] && p="$p, without $exclude"
echo "fuzz: seeds $first..$last, $jobs at a time, $against$p"
start=$(date +%s)
if [ "$quiet" = 1 ]; then
  # Failures as they come, and a line every 100 seeds.
  seq "$first" "$last" | xargs -P "$jobs" -n 1 sh "$work/fuzz.sh" --one |
    tee "$work/log" | awk -v total="$seeds" '
      /^(PASS|FAIL)/ { n++ }
      /^FAIL/ { f++ }
      !/^PASS/ { print; fflush () }
      /^(PASS|FAIL)/ && n % 100 == 0 && n < total {
        printf "fuzz: %d of %d seeds, %d failed\n", n, total, f; fflush ()
      }'
else
  seq "$first" "$last" | xargs -P "$jobs" -n 1 sh "$work/fuzz.sh" --one |
    tee "$work/log"
fi
passed=$(grep -c '^PASS' "$work/log")
failed=$(grep -c '^FAIL' "$work/log")
secs=$(($(date +%s) - start))
echo "fuzz: $seeds seeds, $passed passed, $failed failed ($against$p; ${secs}s)"
[ "$failed" -gt 0 ] && echo "fuzz: failing seeds are kept in $results"
[ "$failed" -eq 0 ] && [ "$((passed + failed))" -eq "$seeds" ]
