# The README's autotools recipe (configure.ac and Makefile.am), copied as
# written, builds and runs a program whose defers use records.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="autotools recipe"
need autoreconf autoconf || exit 0
need automake automake || exit 0
need pkg-config pkgconf || exit 0
need_prefix || exit 0

write_prog prog.c
readme_block configure.ac > configure.ac \
  && readme_block Makefile.am > Makefile.am \
  || { fail "README has an autotools recipe"; exit 1; }
cat configure.ac Makefile.am
check "autotools recipe: autoreconf -i" autoreconf -i \
  && check "autotools recipe configures" ./configure CC="$CC_WORDS" \
  && check "autotools recipe builds" make V=1 \
  && check_run "autotools recipe runs" ./prog
