#!/bin/sh
# End-to-end check of the bundled library through mingo: builds each program in
# gotest/e2e with the given mingo binary, runs it, and compares its output with
# `go run` of the same program (addresses masked).
# usage: crates/std/gotest/e2e.sh [path/to/mingo]   (default: target/debug/mingo)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
MINGO=${1:-$HERE/../../../target/debug/mingo}
command -v go >/dev/null 2>&1 || { echo "e2e: no go binary; skipped"; exit 0; }
[ -x "$MINGO" ] || { echo "e2e: no mingo binary at $MINGO; skipped"; exit 0; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mingo-std-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
fail=0
mask() { sed -e 's/0xc[0-9a-f]\{9,\}/0xPTR/g'; }
for f in "$HERE"/e2e/*.go; do
	name=$(basename "$f" .go)
	if ! "$MINGO" build -o "$TMP/$name" "$f" > "$TMP/$name.build" 2>&1; then
		echo "FAIL $name: mingo build failed:"; head -20 "$TMP/$name.build"; fail=1; continue
	fi
	"$TMP/$name" > "$TMP/$name.got" 2>&1; gs=$?
	(cd "$TMP" && GO111MODULE=off go run "$f" > "$TMP/$name.want" 2>&1); ws=$?
	mask < "$TMP/$name.got" > "$TMP/$name.g"
	mask < "$TMP/$name.want" > "$TMP/$name.w"
	if [ $gs = $ws ] && cmp -s "$TMP/$name.g" "$TMP/$name.w"; then
		echo "ok   $name"
	else
		echo "FAIL $name (exit $gs, go: $ws):"; diff "$TMP/$name.g" "$TMP/$name.w" | head -20; fail=1
	fi
done
exit $fail
