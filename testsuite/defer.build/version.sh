# One version: the VERSION file, the plugin's (gcc -fplugin=... -v
# --version), __DEFER__ (major * 10000 + minor * 100 + patch), defer.pc's
# and the CHANGELOG's newest entry agree.
. "$DEFER_SRCDIR/lib.sh"
SCRIPT_WHAT="the version"
version=$(cat "$TOP/VERSION")
echo "VERSION: $version"
case $version in
  [0-9]*.[0-9]*.[0-9]*) pass "VERSION is major.minor.patch" ;;
  *) fail "VERSION is major.minor.patch" ;;
esac
number=$(echo "$version" | awk -F. '{ print $1 * 10000 + $2 * 100 + $3 }')

plugin=$($CC_WORDS -fplugin="$DEFER_PLUGIN" -v --version 2>&1 \
  | sed -n 's/^ defer: //p')
echo "plugin: $plugin"
[ "$plugin" = "$version" ] && pass "gcc -v --version shows the plugin's version" \
  || fail "gcc -v --version shows the plugin's version"

macro=$(echo | $CC_WORDS -fplugin="$DEFER_PLUGIN" -dM -E - | sed -n 's/^#define __DEFER__ //p')
echo "__DEFER__: $macro"
[ "$macro" = "$number" ] && pass "__DEFER__ is $number" || fail "__DEFER__ is $number"

if need_prefix; then
  pc=$(sed -n 's/^Version: //p' "$DEFER_PREFIX/lib/pkgconfig/defer.pc")
  echo "defer.pc: $pc"
  [ "$pc" = "$version" ] && pass "defer.pc's Version" || fail "defer.pc's Version"
  cm=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")$/\1/p' \
    "$DEFER_PREFIX/lib/cmake/defer/defer-config-version.cmake")
  [ "$cm" = "$version" ] && pass "the CMake config's version" \
    || fail "the CMake config's version"
fi

log=$(sed -n 's/^## \([0-9][^ ]*\).*/\1/p' "$TOP/CHANGELOG.md" | head -n 1)
echo "CHANGELOG: $log"
[ "$log" = "$version" ] && pass "CHANGELOG's newest entry" || fail "CHANGELOG's newest entry"
