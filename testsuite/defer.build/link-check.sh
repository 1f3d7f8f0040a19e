# A program whose defers use records, linked without -ldefer, fails with
# an undefined reference that names -ldefer, first; linked with it (the
# archive, or the shared runtime through the libdefer.so linker script),
# it runs, and the link check adds no dynamic relocation.  Open-coded
# defers whose unit has no unwinding support (unwind=no) need no runtime;
# with it, their landing pad calls the runtime, and the link check names
# -ldefer for them too.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="the link check"
CCP="$CC_WORDS -fplugin=$DEFER_PLUGIN -I$TOP/runtime/include"
marker='__defer_runtime_missing__link_with_-ldefer'

write_prog prog.c
# -flto: compiled with the plugin, linked without it (the lowering is
# done by then).
for opt in -O0 -O2 "-O2 -ffunction-sections" "-O2 -flto"; do
  rm -f prog.o
  out=$($CCP $opt -c prog.c -o prog.o 2>&1 && $CC_WORDS $opt prog.o -o noldefer 2>&1)
  status=$?
  echo "+ $opt, no -ldefer: $out"
  first=$(printf '%s\n' "$out" | grep 'undefined reference' | head -n 1)
  case $first in
    *"undefined reference to \`$marker'") ok=1 ;;
    *) ok=0 ;;
  esac
  if [ $status -ne 0 ] && [ $ok = 1 ] && [ ! -e noldefer ]; then
    pass "$opt: without -ldefer, the first undefined reference names -ldefer"
  else
    fail "$opt: without -ldefer, the first undefined reference names -ldefer"
  fi
  rm -f noldefer
done

check "with libdefer.a it links" $CCP -O2 prog.c "$TOP/runtime/libdefer.a" -pthread -o static \
  && DEFER_PREFIX= check_run "with libdefer.a it runs" ./static
if check "with -L... -ldefer it links" $CCP -O2 prog.c -L"$TOP/runtime" -ldefer -o shared; then
  out=$(LD_LIBRARY_PATH=$TOP/runtime ./shared 2>&1)
  echo "+ ./shared: $out"
  [ "$out" = "$PROG_OUTPUT" ] && pass "with -ldefer it runs" || fail "with -ldefer it runs"
  readelf -rW shared
  if readelf -rW shared | grep -q -- "$marker"; then
    fail "the link check adds no dynamic relocation"
  else
    pass "the link check adds no dynamic relocation"
  fi
  readelf -sW shared | grep -- "$marker"
  if readelf -sW shared | grep -- "$marker" | grep -q ' 0 OBJECT .* HIDDEN ' \
     && ! readelf --dyn-syms -W shared | grep -q -- "$marker"; then
    pass "the link check is an empty hidden object of the program, not exported"
  else
    fail "the link check is an empty hidden object of the program, not exported"
  fi
fi

# The shared library never defines the check (a relocation against it
# could not be resolved).
if nm -D "$TOP/runtime/libdefer.so.0" | grep -q -- "$marker"; then
  fail "libdefer.so.0 does not export the link check"
else
  pass "libdefer.so.0 does not export the link check"
fi

cat > open.c <<'PROG'
#include <stdio.h>
#include <defer.h>
int main (void) { defer (puts, "open-coded"); return 0; }
PROG
check "open-coded defers with unwind=no link without -ldefer" \
  $CCP -O2 -fplugin-arg-defer-unwind=no open.c -o open
out=$($CCP -O2 open.c -o open-unwind 2>&1)
echo "+ open-coded, unwind=yes, no -ldefer: $out"
case $out in
  *"undefined reference to \`$marker'"*) pass "open-coded defers with unwinding name -ldefer" ;;
  *) fail "open-coded defers with unwinding name -ldefer" ;;
esac
