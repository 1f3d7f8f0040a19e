# ccache with the plugin named by its absolute path (as defer.pc names
# it): the same compile again is a hit with the same object; a changed
# plugin misses.  Two builds of the same unit are byte-identical, -g
# included, with ccache or without.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="ccache"
need ccache ccache || exit 0

CCACHE_DIR=$WORK/cache
CCACHE_NOHASHDIR=1
export CCACHE_DIR CCACHE_NOHASHDIR
unset CCACHE_DISABLE CCACHE_RECACHE CCACHE_COMPILERCHECK 2>/dev/null
mkdir -p p
cp "$DEFER_PLUGIN" p/defer.so
plugin=$WORK/p/defer.so
write_prog prog.c

# stat NAME: ccache's counter NAME.
stat() {
  ccache --print-stats | awk -v k="$1" '$1 == k { print $2 }'
}
# hits: direct and preprocessed hits together.
hits() {
  echo $(( $(stat direct_cache_hit) + $(stat preprocessed_cache_hit) ))
}
cc1() {
  ccache $CC_WORDS -fplugin="$plugin" -I"$TOP/runtime/include" -O2 -g -c prog.c -o "$1"
}

ccache -z > /dev/null
check "ccache: first compile" cc1 one.o
h0=$(hits)
check "ccache: second compile" cc1 two.o
h1=$(hits)
echo "hits: $h0, then $h1"
[ "$h1" -eq $((h0 + 1)) ] && pass "ccache: the same compile again is a hit" \
  || fail "ccache: the same compile again is a hit"
cmp one.o two.o && pass "ccache: the hit is the same object" \
  || fail "ccache: the hit is the same object"

# A changed plugin (another build of it: here one more byte and a new
# modification time) is hashed again: a miss, even with the same path.
printf '\0' >> p/defer.so
touch -d '+1 minute' p/defer.so 2>/dev/null || touch p/defer.so
m0=$(stat cache_miss)
check "ccache: compile with the changed plugin" cc1 three.o
m1=$(stat cache_miss)
echo "misses: $m0, then $m1"
[ "$m1" -eq $((m0 + 1)) ] && pass "ccache: a changed plugin misses the cache" \
  || fail "ccache: a changed plugin misses the cache"

# Why the absolute path: -fplugin=defer (found through GCC's plugin
# directory, here -iplugindir) names no file, so ccache hashes only the
# words and a changed plugin is a stale hit.  Informational: logged, not
# a result, since a later ccache may hash it.
short() {
  ccache $CC_WORDS -iplugindir="$WORK/p" -fplugin=defer -I"$TOP/runtime/include" -O2 -c prog.c -o "$1"
}
short s1.o && printf '\0' >> p/defer.so && h0=$(hits) && short s2.o && h1=$(hits)
[ "${h1:-0}" -gt "${h0:-0}" ] \
  && note "as documented: with -fplugin=defer a changed plugin was a (stale) hit" \
  || note "with -fplugin=defer a changed plugin missed: this ccache hashes short names"

# Byte-identical builds: twice without ccache, and in another directory
# with the source at the same path.
for g in "" "-g"; do
  $CC_WORDS -fplugin="$DEFER_PLUGIN" -I"$TOP/runtime/include" -O2 $g -c prog.c -o a.o
  $CC_WORDS -fplugin="$DEFER_PLUGIN" -I"$TOP/runtime/include" -O2 $g -c prog.c -o b.o
  (mkdir -p other && cd other && $CC_WORDS -fplugin="$DEFER_PLUGIN" \
     -I"$TOP/runtime/include" -O2 $g -c "$WORK/prog.c" -o c.o)
  if cmp a.o b.o && { [ -n "$g" ] || cmp a.o other/c.o; }; then
    pass "two builds of the same unit are byte-identical${g:+ ($g)}"
  else
    fail "two builds of the same unit are byte-identical${g:+ ($g)}"
  fi
done
