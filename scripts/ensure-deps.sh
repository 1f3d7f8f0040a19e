#!/bin/sh
# ensure-deps.sh [plugin] [dejagnu]: make sure the build's outside needs are
# here.  As root, missing Debian packages are installed (apt-get update once,
# then apt-get install -y); otherwise print one line naming what to install
# and fail.
CC=${CC:-gcc}
need=""
for what in "$@"; do
  case $what in
    plugin)
      dir=$($CC -print-file-name=plugin)
      if [ ! -f "$dir/include/gcc-plugin.h" ]; then
        ver=$($CC -dumpversion | cut -d. -f1)
        need="$need gcc-$ver-plugin-dev"
      fi ;;
    dejagnu)
      command -v runtest >/dev/null 2>&1 || need="$need dejagnu" ;;
    *) echo "ensure-deps.sh: unknown need '$what'" >&2; exit 2 ;;
  esac
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $need >/dev/null && exit 0
  echo "error: could not install$need (apt-get failed)" >&2
  exit 1
fi
echo "error: missing$need; install it with: sudo apt-get install$need" >&2
exit 1
