#!/bin/sh
# Bounds checks left (check_bce "Found" reports) per program, mingo vs gc 1.19.
# Usage: tests/ssa/bce_count.sh [FILES.go...]   (default: tests/run/*.go examples/*.go)
# MINGO=path/to/mingo overrides the compiler (default target/debug/mingo).
cd "$(dirname "$0")/../.." || exit 1
MINGO=${MINGO:-$PWD/target/debug/mingo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- tests/run/*.go examples/*.go
printf '%-40s %6s %6s\n' program mingo gc
worse=0
for f in "$@"; do
  [ -f "$f" ] || continue
  d=$(dirname "$f"); b=$(basename "$f")
  m=$(cd "$d" && "$MINGO" build -o "$tmp/m" -gcflags=-d=ssa/check_bce/debug=1 "$b" 2>&1 | grep -c 'Found Is')
  if command -v go >/dev/null; then
    g=$(cd "$d" && GO111MODULE=off go build -o "$tmp/g" -gcflags=-d=ssa/check_bce/debug=1 "$b" 2>&1 | grep -c 'Found Is')
  else g=-; fi
  mark=""; [ "$g" != - ] && [ "$m" -gt "$g" ] && { mark=" <"; worse=$((worse+1)); }
  printf '%-40s %6s %6s%s\n' "$f" "$m" "$g" "$mark"
done
echo "programs with more checks than gc: $worse"
