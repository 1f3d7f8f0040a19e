# make install into a DESTDIR puts the layout the README lists, with a
# versioned libdefer.so.N (SONAME) and a defer.pc that names the plugin by
# its absolute path; a program builds from the staged install alone and
# runs, and gdb auto-loads `info defers' for it from the file installed
# next to libdefer.so; make uninstall leaves nothing.  ldconfig runs for a system install
# only; PLUGINDIR moves the plugin; the system prefixes use GCC's plugin
# directory.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="make install"
MAKE="make --no-print-directory -C $TOP"
# The tree as built for the compiler under test: the objects follow CC.
CC=$CC_WORDS
export CC
stage=$WORK/stage
prefix=/opt/defer-test
root=$stage$prefix
version=$(cat "$TOP/VERSION")

# LDCONFIG is replaced by a command that notes it ran.
ldlog=$WORK/ldconfig.log
printf '#!/bin/sh\necho "ldconfig $*" >> %s\n' "$ldlog" > fake-ldconfig
chmod +x fake-ldconfig

check "make install DESTDIR=... PREFIX=$prefix" \
  $MAKE install DESTDIR="$stage" PREFIX=$prefix LDCONFIG="$WORK/fake-ldconfig" \
  || exit 1

# The layout.
missing=""
for f in include/defer.h bin/defer-gcc lib/libdefer.a lib/libdefer_nonshared.a \
         lib/libdefer.so.$version lib/libdefer.so.0 lib/libdefer.so \
         lib/libdefer.so.$version-gdb.py \
         lib/pkgconfig/defer.pc lib/cmake/defer/defer-config.cmake \
         lib/cmake/defer/defer-config-version.cmake lib/defer/defer.so \
         share/doc/defer/LICENSE share/doc/defer/COPYING \
         share/doc/defer/COPYING.RUNTIME share/doc/defer/CHANGELOG.md; do
  [ -e "$root/$f" ] || missing="$missing $f"
done
(cd "$stage" && find . | sort)
if [ -z "$missing" ]; then
  pass "the installed layout"
else
  echo "missing:$missing"
  fail "the installed layout"
fi
if readelf -d "$root/lib/libdefer.so.$version" | grep -q 'SONAME.*\[libdefer\.so\.0\]' \
   && [ "$(readlink "$root/lib/libdefer.so.0")" = "libdefer.so.$version" ]; then
  pass "libdefer.so.$version has SONAME libdefer.so.0, and the link"
else
  fail "libdefer.so.$version has SONAME libdefer.so.0, and the link"
fi
grep -n . "$root/lib/pkgconfig/defer.pc"
if grep -q '^plugin=\${plugindir}/defer.so$' "$root/lib/pkgconfig/defer.pc" \
   && grep -q '^plugindir=\${prefix}/lib/defer$' "$root/lib/pkgconfig/defer.pc" \
   && grep -q '^prefix=/opt/defer-test$' "$root/lib/pkgconfig/defer.pc" \
   && grep -q '^Cflags: -fplugin=\${plugin} ' "$root/lib/pkgconfig/defer.pc"; then
  pass "defer.pc names the plugin by its absolute path"
else
  fail "defer.pc names the plugin by its absolute path"
fi
if [ -s "$ldlog" ]; then
  cat "$ldlog"
  fail "no ldconfig for a DESTDIR install"
else
  pass "no ldconfig for a DESTDIR install"
fi

# A program from the staged install alone: pkg-config's --define-prefix
# reads the prefix from where defer.pc is, and nothing of the tree is on
# the command line.
if need pkg-config pkgconf; then
  write_prog prog.c
  flags=$(PKG_CONFIG_PATH=$root/lib/pkgconfig pkg-config --define-prefix --cflags defer)
  libs=$(PKG_CONFIG_PATH=$root/lib/pkgconfig pkg-config --define-prefix --libs defer)
  echo "+ cflags: $flags; libs: $libs"
  case "$flags $libs" in
    *"$TOP/plugin"*|*"$TOP/runtime"*) fail "the staged install's flags do not name the tree" ;;
    *) pass "the staged install's flags do not name the tree" ;;
  esac
  if check "a program builds from the staged install" \
       $CC_WORDS $flags -o prog prog.c $libs; then
    readelf -d prog | grep NEEDED
    if readelf -d prog | grep -q 'NEEDED.*\[libdefer\.so\.0\]'; then
      pass "the program needs libdefer.so.0"
    else
      fail "the program needs libdefer.so.0"
    fi
    DEFER_PREFIX=$root check_run "the program runs with the staged libdefer.so.0" ./prog
  fi
  # gdb loads libdefer.so.VERSION-gdb.py, next to the library, once the
  # directory is a safe path: `info defers' in the first deferred call of
  # count lists the other two.
  if need gdb gdb && $CC_WORDS -g $flags -o prog-g prog.c $libs; then
    printf '%s\n' 'set pagination off' 'break say' 'run' 'info defers' 'kill' \
      > defers.gdb
    out=$(LD_LIBRARY_PATH=$root/lib gdb -nx -batch \
            -iex "add-auto-load-safe-path $root/lib" -x defers.gdb ./prog-g 2>&1)
    echo "$out"
    want=$(printf '%s\n' '#1  count at prog.c:9' \
             '    defer at prog.c:9: say (1) [heap]' \
             '    defer at prog.c:9: say (0) [heap]')
    case "$out" in
      *"$want"*) pass "gdb auto-loads info defers for a program linked with libdefer.so" ;;
      *) fail "gdb auto-loads info defers for a program linked with libdefer.so" ;;
    esac
  fi
fi

check "make uninstall DESTDIR=... PREFIX=$prefix" \
  $MAKE uninstall DESTDIR="$stage" PREFIX=$prefix LDCONFIG="$WORK/fake-ldconfig"
left=$(cd "$stage" && find . ! -type d)
if [ -z "$left" ]; then
  pass "make uninstall leaves no file"
else
  echo "left: $left"
  fail "make uninstall leaves no file"
fi
for d in lib/defer lib/cmake/defer share/doc/defer; do
  if [ -d "$root/$d" ]; then
    fail "make uninstall removes defer's own directory $d"
  fi
done

# PLUGINDIR puts the plugin elsewhere, and defer.pc follows it.
$MAKE install DESTDIR="$stage" PREFIX=$prefix PLUGINDIR=/opt/plugins \
  LDCONFIG="$WORK/fake-ldconfig" > plugindir.log 2>&1
if [ -f "$stage/opt/plugins/defer.so" ] && [ ! -e "$root/lib/defer/defer.so" ] \
   && grep -q '^plugindir=/opt/plugins$' "$root/lib/pkgconfig/defer.pc"; then
  pass "PLUGINDIR puts the plugin there, and defer.pc names it"
else
  cat plugindir.log
  fail "PLUGINDIR puts the plugin there, and defer.pc names it"
fi
$MAKE uninstall DESTDIR="$stage" PREFIX=$prefix PLUGINDIR=/opt/plugins \
  LDCONFIG="$WORK/fake-ldconfig" >> plugindir.log 2>&1
left=$(cd "$stage" && find . ! -type d)
[ -z "$left" ] || { echo "left: $left"; fail "make uninstall PLUGINDIR=... leaves no file"; }

# The system prefixes put the plugin in GCC's own directory (dry run).
gccdir=$($CC_WORDS -print-file-name=plugin)
if $MAKE -n install PREFIX=/usr/local | grep -q "install -m 644 plugin/defer.so $gccdir/defer.so"; then
  pass "PREFIX=/usr/local puts the plugin in GCC's plugin directory"
else
  fail "PREFIX=/usr/local puts the plugin in GCC's plugin directory"
fi

# Without DESTDIR, as root, install runs ldconfig (into a private prefix
# here, so that the system is not touched).
if [ "$(id -u)" = 0 ]; then
  : > "$ldlog"
  $MAKE install PREFIX="$WORK/sys" LDCONFIG="$WORK/fake-ldconfig" > sys.log 2>&1
  if [ -s "$ldlog" ]; then
    pass "a system install as root runs ldconfig"
  else
    cat sys.log
    fail "a system install as root runs ldconfig"
  fi
  $MAKE uninstall PREFIX="$WORK/sys" LDCONFIG="$WORK/fake-ldconfig" >> sys.log 2>&1
  left=$(find "$WORK/sys" ! -type d)
  [ -z "$left" ] || { echo "left: $left"; fail "make uninstall PREFIX=... leaves no file"; }
else
  unsupported "a system install as root runs ldconfig (not root)"
fi
