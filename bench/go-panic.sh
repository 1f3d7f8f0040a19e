#!/bin/sh
# go-panic.sh: Go's panic + recover at 1 and 5 frames (bench/go/), the
# twins of panic.c, when `go` is installed; says so when it is not.
# The best of 5 runs of each, in ns/op.
set -eu
cd "$(dirname "$0")/go"
if ! command -v go >/dev/null 2>&1; then
  echo "Go: skipped, go is not installed (apt-get install golang-go)"
  exit 0
fi
printf '%-40s %8s\n' "panics, $(go version | cut -d' ' -f3)" "ns/op"
GOFLAGS=-mod=mod GOCACHE=${GOCACHE:-$(mktemp -d)} \
  go test -run '^$' -bench . -benchtime 200000x -count 5 2>/dev/null |
  awk '/^Benchmark/ { name = $1; sub(/-[0-9]+$/, "", name); ns = $3;
         if (!(name in best) || ns < best[name]) best[name] = ns;
         if (!(name in seen)) { seen[name] = 1; order[n++] = name } }
       END { for (i = 0; i < n; i++) printf "%-40s %8.0f\n", order[i], best[order[i]] }'
