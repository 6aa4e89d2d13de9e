#!/bin/sh
# Regenerates the golden files of the runtime's link tests from Go 1.19:
# for every NAME.go, NAME.out (stdout), NAME.err (stderr) and NAME.exit (status,
# when not 0). Run from anywhere; needs `go`.
set -e
cd "$(dirname "$0")"
# a fixed build directory keeps the paths in Go's tracebacks stable
tmp=/tmp/mingo-runtime-regen
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
for src in *.go; do
    name=${src%.go}
    (cd "$tmp" && cp "$OLDPWD/$src" main.go && go build -o prog main.go)
    args=""
    [ -f "$name.args" ] && args=$(cat "$name.args")
    set +e
    "$tmp/prog" $args >"$name.out" 2>"$name.err"
    code=$?
    set -e
    rm -f "$name.exit"
    [ "$code" != 0 ] && echo "$code" >"$name.exit"
    [ -s "$name.out" ] || rm -f "$name.out"
    [ -s "$name.err" ] || rm -f "$name.err"
    echo "$name: exit $code"
done
