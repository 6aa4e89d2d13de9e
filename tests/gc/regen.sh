#!/bin/sh
# Writes the golden files of tests/gc with Go 1.19 (never by hand):
#   NAME.out               stdout of `go build NAME.go` run
#   binary_trees18.gcrss   gc's peak RSS in KB (smallest of 3 runs, /usr/bin/time %M)
set -eu
cd "$(dirname "$0")"
go version | grep -q 'go1\.19' || { echo "regen.sh: needs Go 1.19, have $(go version)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in stress binary_trees18; do
	go build -o "$tmp/$name" "$name.go"
	"$tmp/$name" > "$name.out"
done
best=
for i in 1 2 3; do
	kb=$(/usr/bin/time -f %M "$tmp/binary_trees18" 2>&1 >/dev/null | tail -1)
	if [ -z "$best" ] || [ "$kb" -lt "$best" ]; then best=$kb; fi
done
echo "$best KB peak RSS of gc's binary_trees18 ($(go version | cut -d' ' -f3), smallest of 3 runs)" > binary_trees18.gcrss
cat binary_trees18.gcrss
