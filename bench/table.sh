#!/bin/sh
# table.sh BUILD [CXX]: the one table of `make bench`.
#
# BUILD holds the benchmark programs bench/Makefile built with the plugin
# and BENCH_CFLAGS (-O2 -falign-functions=64): strategies, opencoded (the
# plugin's default, unwind=yes), opencoded-nounwind
# (-fplugin-arg-defer-unwind=no) and panic.  This script compiles
# throw.cc with CXX (default g++) and BENCH_CFLAGS when CXX is installed,
# and runs, for each row of the table:
#
#   ns/op     the program's timing (bench.h): the median of BENCH_RUNS
#             (default 7) interleaved runs of ITERS operations, in each
#             of BENCH_PROCS (default 5) processes, and the median of
#             those, every process on one CPU (BENCH_CPU, below)
#   instr/op  the instructions of N and of 2N operations (bench.h's
#             `PROG KEY N`), by perf stat when it can read the counter,
#             else by valgrind's callgrind; (I(2N) - I(N)) / N, so that
#             startup does not count; "-" when neither works
#   Go        the twin in bench/go/ under go test -bench (Go's own
#             ns/op), the median of BENCH_RUNS runs, and the ratio C / Go
#   gccgo     the same twins compiled by gccgo (gccgo-12) with
#             BENCH_CFLAGS, go test -compiler gccgo
#
# then the targets, as ratios of this run's figures, each PASS or MISS.
# The timed processes, C's and Go's, all run on one CPU (taskset): the
# one where a short run of the plain call was fastest, or BENCH_CPU=N;
# BENCH_CPU=any leaves the choice to the scheduler.
# What cannot be measured (no g++, go, gccgo, perf or valgrind) says why
# in one line under the table, never silently: the Go and gccgo columns
# are left out, the C++ rows and the instruction counts are "-".
# bench/README.md says how to read the table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
cxx=${2:-g++}
cflags=${BENCH_CFLAGS:--O2 -falign-functions=64}
runs=${BENCH_RUNS:-7}
procs=${BENCH_PROCS:-5}
BENCH_RUNS=$runs
export BENCH_RUNS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# $res: "PROG KEY NS PER ITERS" per row measured; $ins: "PROG KEY INSTR";
# $gores: "go KEY NS" and "gccgo KEY NS"; $notes: the lines printed
# under the table (what was measured how, what was skipped and why).
res=$tmp/res
ins=$tmp/ins
gores=$tmp/go
notes=$tmp/notes
: > "$res"
: > "$ins"
: > "$gores"
: > "$notes"
note () {
  echo "$*" >> "$notes"
}

# The CPU every timed process runs on.  A VM's CPUs are threads of the
# host's cores, and what else the host runs on a core slows its thread:
# on the development VM one of the two CPUs ran the plain call 1.6x
# slower than the other, for hours, and the records' rows, which issue
# more instructions per call, slower by more (stack records 1.29x a
# plain call there against 1.22x, heap records 1.73x against 1.45x), so
# that which CPU a process landed on decided their targets.  Both sides
# of every ratio, C's rows and Go's, run on the CPU where the plain call
# is fastest (the better of two short runs on each CPU), or on
# BENCH_CPU; $pin is the command that puts a process there, empty for
# BENCH_CPU=any, or where taskset is missing or there is one CPU.  The
# CPU goes into BUILD/bench-cpu too (empty for none), for the programs
# that bench/Makefile runs after the table.
pin=""
cpu_choice=${BENCH_CPU:-}
if [ "$cpu_choice" = any ]; then
  note "CPU: any, as the scheduler chose (BENCH_CPU=any)"
elif ! command -v taskset > /dev/null 2>&1; then
  note "CPU: any, as the scheduler chose (taskset is not installed: apt-get install util-linux)"
elif [ -n "$cpu_choice" ]; then
  if ! taskset -c "$cpu_choice" true 2> /dev/null; then
    echo "table.sh: BENCH_CPU=$cpu_choice: taskset cannot run a process on that CPU" >&2
    exit 1
  fi
  pin="taskset -c $cpu_choice"
  note "CPU: $cpu_choice (BENCH_CPU), every timed process, C's and Go's (taskset)"
else
  : > "$tmp/cpus"
  for round in 1 2; do
    c=0
    while [ $c -lt "$(nproc --all)" ]; do
      if taskset -c $c true 2> /dev/null; then
	BENCH_RUNS=3 taskset -c $c "$build/strategies" |
	  awk -v c=$c '$1 == "Call" { print c, $2 }' >> "$tmp/cpus"
      fi
      c=$((c + 1))
    done
  done
  # The better run of each CPU, then the CPU with the fastest.
  sort -k1,1n -k2,2g "$tmp/cpus" | awk '!seen[$1]++' > "$tmp/cpu-best"
  if [ "$(wc -l < "$tmp/cpu-best")" -gt 1 ]; then
    cpu_choice=$(sort -k2,2g "$tmp/cpu-best" | awk 'NR == 1 { print $1 }')
    pin="taskset -c $cpu_choice"
    note "CPU: $cpu_choice, every timed process, C's and Go's (taskset); a plain call took $(awk '{ printf "%s%s ns on CPU %s", (NR > 1 ? ", " : ""), $2, $1 }' "$tmp/cpu-best") (BENCH_CPU=N or any to choose)"
  else
    note "CPU: any, one CPU to run on"
  fi
fi
echo "${pin:+$cpu_choice}" > "$build/bench-cpu"

# medians TAG: of the lines "KEY VALUE [REST]" on standard input, one
# line "TAG KEY MEDIAN [REST]" per KEY, in the order the keys came, the
# median of its values (REST as the key's first line had it).
medians () {
  awk -v tag="$1" '
    {
      if (!($1 in n)) { order[m++] = $1; rest[$1] = "" }
      v[$1, n[$1]++] = $2
      if (n[$1] == 1)
	for (f = 3; f <= NF; f++) rest[$1] = rest[$1] " " $f
    }
    END {
      for (i = 0; i < m; i++) {
	k = order[i]; c = n[k]
	for (a = 1; a < c; a++)		# insertion sort of the values
	  for (b = a; b > 0 && v[k, b - 1] > v[k, b]; b--) {
	    t = v[k, b]; v[k, b] = v[k, b - 1]; v[k, b - 1] = t }
	med = c % 2 ? v[k, int(c / 2)] : (v[k, c / 2 - 1] + v[k, c / 2]) / 2
	print tag, k, med rest[k]
      }
    }'
}

# time_prog PROG [AFTER]: run BUILD/PROG's timing in $procs processes,
# each row's median over them into $res, and the command AFTER, if
# given, after each process.  Without $pin the same binary's records rows
# moved by up to 20% from one process to the next, beyond what more runs
# in one process smooth out: it was the CPU each landed on (with address
# randomization off as much), not the addresses.
time_prog () {
  : > "$tmp/out"
  k=0
  while [ $k -lt $procs ]; do
    if ! $pin "$build/$1" >> "$tmp/out"; then
      echo "table.sh: $build/$1 failed" >&2
      exit 1
    fi
    [ $# -lt 2 ] || $2
    k=$((k + 1))
  done
  awk 'NF == 4' "$tmp/out" | medians "$1" >> "$res"
}

# go_ns FILE: "KEY NS" for each benchmark line of go test's output FILE.
go_ns () {
  awk '/^Benchmark/ && $4 == "ns/op" {
	 k = $1; sub(/^Benchmark/, "", k); sub(/-[0-9]+$/, "", k); print k, $3
       }' "$1"
}

# Go's panic twins, compiled once (go test -c) when go is installed, so
# that they can be timed beside C's.
gotest=""
if command -v go > /dev/null 2>&1 &&
     (cd "$here/go" && GOCACHE=${GOCACHE:-$tmp/gocache} GOFLAGS=-mod=mod \
	go test -c -o "$tmp/go.test") > "$tmp/go-c.out" 2>&1; then
  gotest=$tmp/go.test
fi

# go_panics_run: one run of Go's panic twins (as many runs as a C
# process makes, with as many operations), each row's median into
# $tmp/gopanic as "KEY NS".  time_prog runs it after each of the C panic
# program's processes: the panic targets compare C with Go, and the
# host's load moves by more between the two ends of the table's few
# minutes than between two neighbouring runs (C's panic rows 0.55-0.80x
# Go's side by side, 0.46x and 0.92x in two tables taken minutes
# apart).  Go's figure of a row is then the median over the processes
# of each run's median, as C's.
go_panics_run () {
  if ! (cd "$here/go" && $pin "$gotest" -test.run '^$' \
	  -test.bench '^BenchmarkPanic' -test.benchtime 20000x \
	  -test.count "$runs") > "$tmp/gopanic.out" 2>&1; then
    echo "table.sh: go's panic benchmarks failed:" >&2
    cat "$tmp/gopanic.out" >&2
    exit 1
  fi
  go_ns "$tmp/gopanic.out" | medians go | awk '{ print $2, $3 }' >> "$tmp/gopanic"
}

echo "make bench: running the benchmarks (a few minutes)..." >&2
for prog in strategies opencoded opencoded-nounwind; do
  time_prog $prog
done
: > "$tmp/gopanic"
if [ -n "$gotest" ]; then
  time_prog panic go_panics_run
else
  time_prog panic
fi

# C++, for scale.
if ! command -v "$cxx" > /dev/null 2>&1; then
  note "C++ throw/catch: skipped, $cxx is not installed (apt-get install g++)"
elif ! $cxx $cflags -o "$build/throw" "$here/throw.cc" 2> "$tmp/cxx.err"; then
  note "C++ throw/catch: skipped, $cxx cannot compile throw.cc: $(head -n 1 "$tmp/cxx.err")"
else
  time_prog throw
fi

# The instruction counter: perf when it can read the counter (a VM often
# cannot), else callgrind.
counter=none
why=""
if command -v perf > /dev/null 2>&1; then
  if perf stat -x, -e instructions:u true 2>&1 > /dev/null |
       awk -F, '$3 ~ /^instructions/ && $1 ~ /^[0-9]+$/ { ok = 1 } END { exit !ok }'; then
    counter=perf
  else
    why="perf cannot read the instruction counter here"
  fi
else
  why="perf is not installed"
fi
if [ $counter = none ]; then
  if ! command -v valgrind > /dev/null 2>&1; then
    why="$why, valgrind is not installed (apt-get install valgrind)"
  elif valgrind --tool=callgrind --callgrind-out-file=/dev/null true 2>&1 |
       grep -q 'Collected :'; then
    counter=callgrind
  else
    why="$why, valgrind --tool=callgrind does not run"
  fi
fi

# instr PROG KEY N: the instructions of one run of BUILD/PROG's row KEY
# with N operations, startup included.
instr () {
  case $counter in
    perf)
      perf stat -x, -e instructions:u "$build/$1" "$2" "$3" 2>&1 > /dev/null |
	awk -F, '$3 ~ /^instructions/ { print $1 }' ;;
    callgrind)
      valgrind --tool=callgrind --callgrind-out-file=/dev/null \
	"$build/$1" "$2" "$3" 2>&1 > /dev/null |
	awk '/Collected :/ { print $NF }' ;;
  esac
}

case $counter in
  perf) div=10 ;;
  callgrind) div=100 ;;		# callgrind runs some 50x slower
esac
if [ $counter = none ]; then
  note "instr/op: skipped, $why"
else
  while read -r prog key ns per iters; do
    n=$((iters / div))
    a=$(instr "$prog" "$key" $n)
    b=$(instr "$prog" "$key" $((2 * n)))
    case $a$b in
      *[!0-9]* | "")
	echo "table.sh: no instruction count for $prog $key" >&2
	exit 1 ;;
    esac
    awk -v p="$prog" -v k="$key" -v a="$a" -v b="$b" -v n="$n" \
      'BEGIN { printf "%s %s %.2f\n", p, k, (b - a) / n }' >> "$ins"
  done < "$res"
  if [ $counter = perf ]; then
    note "instr/op: perf stat -e instructions:u, (I(2N) - I(N)) / N, N = ITERS/$div"
  else
    note "instr/op: valgrind --tool=callgrind ($why), (I(2N) - I(N)) / N, N = ITERS/$div"
  fi
fi

# go_bench TAG PANICS GOTEST...: run bench/go's benchmarks under GOTEST
# (go test and its flags), their medians into $gores as "TAG KEY NS";
# fails when none ran, its output in $tmp/TAG.out.  The cheap ones and,
# if PANICS is yes, the panics run separately, each with as many
# operations per run as their C twins.
go_bench () {
  tag=$1
  panics=$2
  shift 2
  (
    cd "$here/go"
    GOCACHE=${GOCACHE:-$tmp/gocache}
    GOFLAGS=-mod=mod
    export GOCACHE GOFLAGS
    $pin "$@" -run '^$' -bench '^Benchmark(Call|Defer)' -benchtime 2000000x -count "$runs" &&
      if [ "$panics" = yes ]; then
	$pin "$@" -run '^$' -bench '^BenchmarkPanic' -benchtime 20000x -count "$runs"
      fi
  ) > "$tmp/$tag.out" 2>&1 || return 1
  go_ns "$tmp/$tag.out" | medians "$tag" > "$tmp/$tag.med"
  # A go test that ran no benchmark (it may say "no test files" and
  # succeed) is a failure too.
  [ -s "$tmp/$tag.med" ] || return 1
  cat "$tmp/$tag.med" >> "$gores"
}

have_go=no
have_gccgo=no
if ! command -v go > /dev/null 2>&1; then
  note "Go: skipped, go is not installed (apt-get install golang-go)"
  note "gccgo: skipped, the go tool that drives it is not installed (apt-get install golang-go gccgo-12)"
else
  # Without the compiled twins (go test -c failed), Go's panics run here.
  go_panics=yes
  [ -n "$gotest" ] && go_panics=no
  if go_bench go $go_panics go test; then
    have_go=yes
    if [ -n "$gotest" ]; then
      medians go < "$tmp/gopanic" >> "$gores"
      note "Go: $(go version | cut -d' ' -f3), go test -bench, median of $runs runs; the panics' runs after each of C's $procs processes, the median of their medians"
    else
      note "Go: $(go version | cut -d' ' -f3), go test -bench, median of $runs runs"
    fi
  else
    note "Go: skipped, go test failed: $(grep -v '^ok\|^PASS\|^goos\|^goarch\|^pkg\|^cpu' "$tmp/go.out" | head -n 1)"
  fi
  gccgo=""
  for g in gccgo-12 gccgo; do
    if command -v $g > /dev/null 2>&1; then
      gccgo=$g
      break
    fi
  done
  if [ -z "$gccgo" ]; then
    note "gccgo: skipped, not installed (apt-get install gccgo-12)"
  elif GCCGO=$gccgo go_bench gccgo yes go test -compiler gccgo -vet=off "-gccgoflags=$cflags"; then
    have_gccgo=yes
    note "gccgo: $gccgo $($gccgo -dumpfullversion), go test -compiler gccgo -gccgoflags='$cflags', median of $runs runs"
  else
    note "gccgo: skipped, go test -compiler gccgo failed: $(grep -v '^ok\|^PASS\|^goos\|^goarch\|^pkg\|^cpu' "$tmp/gccgo.out" | head -n 1)"
  fi
fi

# The rows: NUM|OPERATION|UNWIND|PROG|KEY|GO KEY.  The numbers are those
# of bench/README.md; the unnumbered rows are context.  A row whose
# program made more than one defer per operation gets a "per defer" row.
cat > "$tmp/rows" <<'EOF'
1|plain call of the cleanup function||strategies|Call|Call
2|open-coded defer, unconditional|yes|opencoded|Defer|Defer
 ||no|opencoded-nounwind|Defer|Defer
3|open-coded defer, conditional (an if)|yes|opencoded|DeferIf|DeferIf
 ||no|opencoded-nounwind|DeferIf|DeferIf
4|by hand (goto out), unconditional|yes|opencoded|Hand|
 ||no|opencoded-nounwind|Hand|
 |by hand (goto out), conditional|yes|opencoded|HandIf|
 ||no|opencoded-nounwind|HandIf|
5|__attribute__((cleanup)), unconditional|yes|opencoded|Cleanup|
 ||no|opencoded-nounwind|Cleanup|
 |__attribute__((cleanup)), conditional|yes|opencoded|CleanupIf|
 ||no|opencoded-nounwind|CleanupIf|
 |8 defers in one function (open-coded)||strategies|Defer8|Defer8
6|9 defers in one function (stack records)||strategies|Defer9|Defer9
 |the same 9 calls by hand||strategies|Hand9|
 |the same, each a record linked by hand||strategies|HandChain9|
7|a loop of 10 defers (heap records)||strategies|DeferLoop10|DeferLoop10
 |the same loop by hand (an array of 10)||strategies|HandLoop10|
 |the same, into an array that may grow||strategies|HandGrow10|
8|panic + recover, 1 frame||panic|Panic1|Panic1
9|panic + recover, 5 frames||panic|Panic5|Panic5
 |panic + recover, 1 frame, records||panic|Panic1Records|
 |panic + recover, 5 frames, records||panic|Panic5Records|
10|C++ throw, catch (...), 1 frame||throw|Throw1|
 |C++ throw, catch (...), 5 frames||throw|Throw5|
EOF

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
echo
echo "== the table: ns per operation, the median of $runs runs (C: in each of $procs processes, then of those); C at $cflags; $(nproc) cores${cpu:+, $cpu}"
awk -v runs="$runs" -v have_go=$have_go -v have_gccgo=$have_gccgo \
    -v counted=$([ $counter = none ] && echo no || echo yes) \
    -v resf="$res" -v insf="$ins" -v gof="$gores" -v notesf="$notes" '
  function fmt(x) {
    if (x == "") return "-"
    if (x < 10) return sprintf("%.2f", x)
    if (x < 100) return sprintf("%.1f", x)
    return sprintf("%.0f", x)
  }
  function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.2fx", a / b) }
  function cell(s, w) { return sprintf("%" w "s", s) }
  function line(num, op, uw, ns, ni, key, per,    s, g, gg) {
    s = sprintf("%-3s %-42s %-6s %9s %9s", num, op, uw, fmt(ns), fmt(ni))
    if (have_go == "yes") {
      g = (key != "" && (("go", key) in gons)) ? gons["go", key] / per : ""
      s = s sprintf(" %9s %6s", fmt(g), ratio(ns, g))
    }
    if (have_gccgo == "yes") {
      gg = (key != "" && (("gccgo", key) in gons)) ? gons["gccgo", key] / per : ""
      s = s sprintf(" %11s %7s", fmt(gg), ratio(ns, gg))
    }
    print s
  }
  # context_line(what, a, b): under a records target, the ratio a / b of the
  # least that design can do, by hand: context, not a target.
  function context_line(what, a, b) {
    if (a == "" || b == "" || b == 0) return
    printf "    %-54s ns %6.2fx  (by hand, for context)\n", what, a / b
  }
  # target(what, a, b, bound, [ia, ib]): one line, PASS when a / b and
  # (given) ia / ib are within bound.
  function target(what, a, b, bound, ia, ib,    r, ri, ok, s) {
    if (a == "" || b == "") { print "  " what ": not measured"; return }
    r = a / b; ok = r <= bound
    s = sprintf("  %-56s ns %6.2fx", what, r)
    if (ia != "" && ib != "") { ri = ia / ib; ok = ok && ri <= bound; s = s sprintf("  instr %5.2fx", ri) }
    else s = s sprintf("  %12s", "")
    s = s sprintf("  <= %.2f  %s", bound, ok ? "PASS" : "MISS")
    targets++; met += ok
    print s
  }
  BEGIN {
    while ((getline l < resf) > 0) { split(l, f, " "); ns[f[1], f[2]] = f[3]; per[f[1], f[2]] = f[4] }
    while ((getline l < insf) > 0) { split(l, f, " "); ni[f[1], f[2]] = f[3] }
    while ((getline l < gof) > 0) { split(l, f, " "); gons[f[1], f[2]] = f[3] }
    h = sprintf("%-3s %-42s %-6s %9s %9s", "#", "operation", "unwind", "ns/op", "instr/op")
    if (have_go == "yes") h = h sprintf(" %9s %6s", "Go ns/op", "C/Go")
    if (have_gccgo == "yes") h = h sprintf(" %11s %7s", "gccgo ns/op", "C/gccgo")
    print h
    FS = "|"
  }
  {
    num = $1; op = $2; uw = $3; p = $4; k = $5; gk = $6
    if (num == " ") num = ""
    if (!((p, k) in ns)) { line(num, op, uw, "", "", "", 1); next }
    iv = ((p, k) in ni) ? ni[p, k] : ""
    line(num, op, uw, ns[p, k], iv, gk, 1)
    d = per[p, k]
    if (d > 1) line("", "  per defer (/" d ")", "", ns[p, k] / d, iv == "" ? "" : iv / d, gk, d)
  }
  END {
    while ((getline l < notesf) > 0) print l
    print ""
    print "== the targets, as ratios of the figures above"
    for (m = 0; m < 2; m++) {
      p = m ? "opencoded-nounwind" : "opencoded"; uw = m ? "no" : "yes"
      target("open-coded defer / by hand, unconditional, unwind=" uw,
             ns[p, "Defer"], ns[p, "Hand"], 1.05, ni[p, "Defer"], ni[p, "Hand"])
      target("open-coded defer / by hand, conditional, unwind=" uw,
             ns[p, "DeferIf"], ns[p, "HandIf"], 1.05, ni[p, "DeferIf"], ni[p, "HandIf"])
    }
    if (counted != "yes") print "  (open-coded targets on ns alone: no instruction counts)"
    p = "strategies"
    if ((p, "Defer9") in ns)
      target("stack records per defer / plain call (9 defers)", ns[p, "Defer9"] / per[p, "Defer9"], ns[p, "Call"], 1.25)
    if ((p, "HandChain9") in ns)
      context_line("the same calls, records linked by hand", ns[p, "HandChain9"] / per[p, "HandChain9"], ns[p, "Call"])
    if ((p, "DeferLoop10") in ns)
      target("heap records per defer / plain call (loop of 10)", ns[p, "DeferLoop10"] / per[p, "DeferLoop10"], ns[p, "Call"], 1.25)
    if ((p, "HandGrow10") in ns)
      context_line("the same loop by hand, into an array that may grow", ns[p, "HandGrow10"] / per[p, "HandGrow10"], ns[p, "Call"])
    if (have_go == "yes") {
      target("panic + recover, 1 frame / Go", ns["panic", "Panic1"], gons["go", "Panic1"], 1.0)
      target("panic + recover, 5 frames / Go", ns["panic", "Panic5"], gons["go", "Panic5"], 1.0)
    } else
      print "  panic + recover / Go, 1 and 5 frames: skipped, no Go figures (see above)"
    printf "%d of %d targets met\n", met, targets
  }' "$tmp/rows"
