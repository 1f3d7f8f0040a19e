# Reproducible output: two builds of the same unit are byte-identical
# objects, with -g and without, and -g changes no code (the disassembly
# and relocations of every section are the same with -g0).  Over a
# fixed sample of the run tests (every 16th of defer.run/*.c, so that
# every kind of test is there as the directory grows), at -O2 under each
# strategy, and at -O0.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="reproducible output"
need objdump binutils || exit 0
CCP="$CC_WORDS -fplugin=$DEFER_PLUGIN -I$TOP/runtime/include -I$TOP/testsuite/defer.run"

# code OBJ: OBJ's disassembly and relocations, without its file name.
code () {
  objdump -d -r --no-show-raw-insn "$1" | sed 1,2d
}

n=0
bad=0
for src in $(ls "$TOP"/testsuite/defer.run/*.c | awk 'NR % 16 == 1'); do
  for opts in "-O2" "-O2 -fplugin-arg-defer-strategy=stack" \
	      "-O2 -fplugin-arg-defer-strategy=heap" "-O0"; do
    for g in -g -g0; do
      for k in 1 2; do
	$CCP $opts $g -w -c "$src" -o "b$k$g.o" 2>/dev/null || break
      done
      [ -f "b1$g.o" ] || continue
      n=$((n + 1))
      if ! cmp -s "b1$g.o" "b2$g.o"; then
	note "$(basename "$src") $opts $g: two builds differ"
	bad=$((bad + 1))
      fi
    done
    if [ -f b1-g.o ] && [ -f b1-g0.o ] \
       && [ "$(code b1-g.o)" != "$(code b1-g0.o)" ]; then
      note "$(basename "$src") $opts: -g changes the code"
      bad=$((bad + 1))
    fi
    rm -f b1-g.o b2-g.o b1-g0.o b2-g0.o
  done
done
note "$n pairs of builds compared"
if [ "$n" -lt 40 ]; then
  fail "$SCRIPT_WHAT: too few units built ($n)"
elif [ "$bad" -eq 0 ]; then
  pass "$SCRIPT_WHAT: two builds byte-identical, -g changes no code"
else
  fail "$SCRIPT_WHAT: $bad differences"
fi
