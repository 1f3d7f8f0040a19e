#!/bin/sh
# ensure-deps.sh [compilers] [plugin] [dejagnu] [--optional TOOL...]: make
# sure the build's outside needs are here.  As root, missing Debian
# packages are installed (apt-get update once, then apt-get install -y);
# otherwise print one line naming what to install and fail.
#
# compilers is $CC and $CXX themselves, when they are Debian's names for
# them (gcc-N and g++-N, or gcc and g++): `make CC=gcc-11` installs gcc-11
# and g++-11.  plugin is CC's plugin headers, gcc-N-plugin-dev.
#
# The TOOLs after --optional are what some tests use and the build does
# not need: cmake, meson, autotools, pkg-config, ccache, distcc, apt-source
# (dpkg-source and patch, for real-world/: apt-get source and a patch),
# clang (clang and clangd, for the editor-mode tests), gdb, g++, go.  As root the missing
# ones are installed along with the required needs, in the same apt-get
# run; when that fails, or when not root, one line says which are missing,
# and the tests that need them report UNSUPPORTED with the reason.  A
# missing optional tool never fails this script.
CC=${CC:-gcc}
CXX=${CXX:-g++}
need=""

# debian_package COMMAND: the package that installs COMMAND (the last word
# of CC or CXX, after ccache and the like) when it is one of GCC's own
# names, else nothing.
debian_package() {
  cmd=$(echo "$1" | awk '{ print $NF }')
  case $cmd in
    gcc|g++|gcc-[0-9]*|g++-[0-9]*) echo "$cmd" ;;
  esac
}

# have COMMAND-LINE: whether the program COMMAND-LINE runs is installed.
have() {
  command -v "$(echo "$1" | awk '{ print $NF }')" >/dev/null 2>&1
}
optional=""
mode=required
for what in "$@"; do
  if [ "$what" = --optional ]; then
    mode=optional
    continue
  fi
  pkgs=""
  case $what in
    compilers)
      for c in "$CC" "$CXX"; do
        have "$c" && continue
        p=$(debian_package "$c")
        if [ -z "$p" ]; then
          echo "error: '$c' is not installed" >&2
          exit 1
        fi
        pkgs="${pkgs:+$pkgs }$p"
      done ;;
    plugin)
      if have "$CC"; then
        dir=$($CC -print-file-name=plugin)
        ver=$($CC -dumpversion | cut -d. -f1)
      else
        # Not installed yet: gcc-N's headers are in gcc-N-plugin-dev.
        dir=""
        ver=$(debian_package "$CC" | sed -n 's/^gcc-\([0-9]*\)$/\1/p')
        [ -z "$ver" ] && continue
      fi
      if [ ! -f "$dir/include/gcc-plugin.h" ]; then
        pkgs="gcc-$ver-plugin-dev"
      fi ;;
    dejagnu)
      command -v runtest >/dev/null 2>&1 || pkgs="dejagnu" ;;
    cmake)
      command -v cmake >/dev/null 2>&1 || pkgs="cmake" ;;
    meson)
      command -v meson >/dev/null 2>&1 || pkgs="meson"
      command -v ninja >/dev/null 2>&1 || pkgs="$pkgs ninja-build" ;;
    autotools)
      command -v autoreconf >/dev/null 2>&1 || pkgs="autoconf"
      command -v automake >/dev/null 2>&1 || pkgs="$pkgs automake"
      command -v libtoolize >/dev/null 2>&1 || pkgs="$pkgs libtool" ;;
    pkg-config)
      command -v pkg-config >/dev/null 2>&1 || pkgs="pkgconf" ;;
    ccache)
      command -v ccache >/dev/null 2>&1 || pkgs="ccache" ;;
    distcc)
      command -v distccd >/dev/null 2>&1 || pkgs="distcc" ;;
    clang)
      command -v clang >/dev/null 2>&1 || pkgs="clang"
      command -v clangd >/dev/null 2>&1 || pkgs="$pkgs clangd" ;;
    gdb)
      command -v gdb >/dev/null 2>&1 || pkgs="gdb" ;;
    g++)
      command -v g++ >/dev/null 2>&1 || pkgs="g++" ;;
    go)
      command -v go >/dev/null 2>&1 || pkgs="golang-go" ;;
    apt-source)
      command -v dpkg-source >/dev/null 2>&1 || pkgs="dpkg-dev"
      command -v patch >/dev/null 2>&1 || pkgs="$pkgs patch" ;;
    *) echo "ensure-deps.sh: unknown need '$what'" >&2; exit 2 ;;
  esac
  [ -z "$pkgs" ] && continue
  if [ $mode = required ]; then
    need="$need $pkgs"
  else
    optional="$optional $(echo $pkgs)"
  fi
done
[ -z "$need$optional" ] && exit 0

# missing_optional: the optional packages that are still not installed.
missing_optional() {
  for p in $optional; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q ' installed$' \
      || printf ' %s' "$p"
  done
}

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing:$need$optional"
  export DEBIAN_FRONTEND=noninteractive
  apt="apt-get -qq -o Acquire::Retries=1 -o Acquire::http::Timeout=30"
  if $apt update >/dev/null 2>&1; then
    # Required and optional in one transaction; if that fails (an
    # optional package cannot be had), the required ones alone.
    if $apt install -y $need $optional >/dev/null 2>&1; then
      exit 0
    fi
    if [ -n "$need" ] && ! $apt install -y $need >/dev/null 2>&1; then
      echo "error: could not install$need (apt-get failed)" >&2
      exit 1
    fi
    for p in $optional; do
      $apt install -y "$p" >/dev/null 2>&1
    done
  elif [ -n "$need" ]; then
    echo "error: could not install$need (apt-get update failed)" >&2
    exit 1
  fi
  left=$(missing_optional)
  [ -n "$left" ] && echo "note: could not install$left; the tests that need it report UNSUPPORTED"
  exit 0
fi
if [ -n "$need" ]; then
  echo "error: missing$need; install it with: sudo apt-get install$need" >&2
  exit 1
fi
echo "note: missing$optional (the tests that need it report UNSUPPORTED); install it with: sudo apt-get install$optional"
exit 0
