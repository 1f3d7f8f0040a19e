# A program that defers GCC nested functions, under each strategy, at -O0
# and -O2, gets a stack that is not executable: the deferred calls are
# direct calls with the static chain, so GCC builds no trampoline and
# the objects' .note.GNU-stack asks for no executable stack.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="nested functions without trampolines"
need readelf
CCP="$CC_WORDS -fplugin=$DEFER_PLUGIN -I$TOP/runtime/include"

cat > nested.c <<'PROG'
#include <stdio.h>
#include <defer.h>

static int
parent (int n)
{
  int x = 0;
  void add (int k) { x += k; }
  void show (void) { printf ("%d\n", x); }
  defer (show);
  for (int i = 0; i < n; i++)
    defer (add, i);
  return x;
}

int
main (void)
{
  return parent (3);
}
PROG

for strategy in auto stack heap; do
  for opt in -O0 -O2; do
    name="$opt -fplugin-arg-defer-strategy=$strategy"
    if check "$name: it links" $CCP $opt -fplugin-arg-defer-strategy=$strategy \
	 nested.c "$TOP/runtime/libdefer.a" -pthread -o nested; then
      out=$(./nested)
      [ "$out" = 3 ] && pass "$name: it runs" || fail "$name: it runs ($out)"
      stack=$(readelf -lW nested | grep GNU_STACK)
      echo "+ $stack"
      case $stack in
	*RW\ *) pass "$name: GNU_STACK is RW, not RWE" ;;
	*) fail "$name: GNU_STACK is RW, not RWE" ;;
      esac
    fi
  done
done
