# A real library converted to defer (real-world/): Debian's libyaml with
# its goto-cleanup paths rewritten by real-world/libyaml-defer.patch,
# fetched with apt-get source, built with the plugin, checked by its own
# test suite, by its test programs against the unconverted build, and
# under valgrind.  UNSUPPORTED with the reason when the source cannot be
# fetched (offline, no deb-src) or a tool is missing.
. "$DEFER_SRCDIR/lib.sh"
sh "$TOP/real-world/run.sh" "$CC_WORDS" "$TOP" "$WORK/build"
status=$?
case $status in
  0|1|77) exit 0 ;;
  *) fail "libyaml: real-world/run.sh exited with status $status"; exit 1 ;;
esac
