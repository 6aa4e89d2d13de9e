#!/bin/sh
# Writes the golden files of tests/lang with Go 1.19 (never by hand):
#   go122/NAME.out         Go 1.19's output of NAME.go rewritten to Go 1.19: lines ending
#                          in `// go122` dropped, `//go119: ` prefixes removed
#   go122/NAME.go119.out   Go 1.19's output of NAME.go as written, when it compiles
#                          (the harness requires it to differ from NAME.out)
#   dirs/NAME.out          output of the package in directory dirs/NAME
set -eu
cd "$(dirname "$0")"
go version | grep -q 'go1\.19' || { echo "regen.sh: needs Go 1.19, have $(go version)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in go122/*.go; do
	name=$(basename "$f" .go)
	mkdir -p "$tmp/$name"
	sed -e '/\/\/ go122$/d' -e 's|^\([[:space:]]*\)//go119: |\1|' "$f" > "$tmp/$name/main.go"
	(cd "$tmp/$name" && go build -o prog main.go)
	"$tmp/$name/prog" > "go122/$name.out"
	rm -f "go122/$name.go119.out"
	if (cd go122 && go build -o "$tmp/$name/asis" "$name.go") 2>/dev/null; then
		"$tmp/$name/asis" > "go122/$name.go119.out"
	fi
done
for d in dirs/*/; do
	name=$(basename "$d")
	(cd "$d" && go build -o "$tmp/$name.dir" $(ls *.go))
	(cd "$d" && "$tmp/$name.dir") > "dirs/$name.out"
done
