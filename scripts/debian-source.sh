#!/bin/sh
# debian-source.sh PACKAGE DIR: download and unpack the Debian source
# package PACKAGE (of this machine's release) into DIR/PACKAGE, once, and
# print the path of its unpacked tree.  It uses an apt state of its own
# under DIR (deb-src for the release's main component), so the machine's
# apt configuration is not changed and no deb-src line is needed there.
# Exits non-zero, with a line saying why, when the source cannot be had
# (offline, no apt-get, no dpkg-source).
set -eu
pkg=$1
dir=$2
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -f "$dir/$pkg/.tree" ]; then
  cat "$dir/$pkg/.tree"
  exit 0
fi
for tool in apt-get dpkg-source; do
  command -v $tool >/dev/null 2>&1 || {
    echo "debian-source.sh: $tool is not installed" >&2
    exit 1
  }
done
. /etc/os-release
codename=${VERSION_CODENAME:-bookworm}
apt="$dir/.apt"
mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$dir/$pkg"
echo "deb-src http://deb.debian.org/debian $codename main" > "$apt/sources.list"
opts="-o Dir::Etc::SourceList=$apt/sources.list -o Dir::Etc::SourceParts=/dev/null
      -o Dir::State::Lists=$apt/lists -o Dir::Cache::Archives=$apt/archives
      -o Debug::NoLocking=1 -o APT::Sandbox::User=root -qq"
# shellcheck disable=SC2086
if ! apt-get $opts update >/dev/null 2>&1; then
  echo "debian-source.sh: cannot reach deb.debian.org for the $pkg source" >&2
  exit 1
fi
# shellcheck disable=SC2086
if ! (cd "$dir/$pkg" && apt-get $opts source --download-only "$pkg" >/dev/null 2>&1); then
  echo "debian-source.sh: apt-get source $pkg failed" >&2
  exit 1
fi
dsc=$(ls "$dir/$pkg"/*.dsc | head -n 1)
(cd "$dir/$pkg" && dpkg-source -x --skip-patches "$dsc" tree >/dev/null 2>&1)
echo "$dir/$pkg/tree" > "$dir/$pkg/.tree"
cat "$dir/$pkg/.tree"
