#!/bin/sh
# Tests the bundled library (crates/std/go) under real Go 1.19.
#
# The packages are copied into a temporary module "mstd" (fmt becomes mstd/fmt,
# ...), the files holding mingo's runtime hooks (*_mingo.go) are replaced by the
# shims in gotest/shim (real os/syscall, reflect, strconv for ftoa), and the
# tests in gotest/tests compare each package with Go's own standard library.
#
# usage: crates/std/gotest/run.sh [-short] [-keep] [go test flags...]
#   -short   fewer random inputs (what `cargo test -p std-go` runs)
#   -keep    keep the temporary module and print its path
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
STD=$HERE/../go
keep=0
short=""
while [ $# -gt 0 ]; do
	case $1 in
	-keep) keep=1; shift ;;
	-short) short=-short; shift ;;
	*) break ;;
	esac
done
command -v go >/dev/null 2>&1 || { echo "gotest: no go binary; skipped"; exit 0; }

# 0. The sources stay inside mingo's Go subset.
(cd "$HERE" && GO111MODULE=off GOFLAGS= go run ./subsetcheck/main.go "$STD")

# Generated files are what their generators (run on Go 1.19) produce.
for g in ftoagolden:testdata/ftoa.txt unicodetables:go/unicode/tables.go uppertable:go/internal/reflectlite/upper.go; do
	(cd "$HERE/.." && GO111MODULE=off GOFLAGS= go run "./gotest/gen/${g%%:*}/main.go" | cmp -s - "${g#*:}") ||
		{ echo "gotest: crates/std/${g#*:} is stale (cd crates/std && go run ./gotest/gen/${g%%:*}/main.go > ${g#*:})"; exit 1; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mingo-std-gotest.XXXXXX")
if [ $keep = 0 ]; then trap 'rm -rf "$TMP"' EXIT; else echo "module in $TMP"; fi
MOD=$TMP/mstd
mkdir -p "$MOD"
printf 'module mstd\n\ngo 1.19\n' > "$MOD/go.mod"

# copy_pkgs DEST PREFIX SKIP: copies the bundled packages to DEST, rewriting their
# imports of each other to PREFIX/..., leaving out files matching SKIP.
pkgs=$(cd "$STD" && find . -name '*.go' | sed 's#^\./##; s#/[^/]*$##' | sort -u)
rewrite() { # rewrite PREFIX < in > out
	awk -v pkgs="$pkgs" -v prefix="$1" '
		BEGIN { n = split(pkgs, a, " |\n"); for (i = 1; i <= n; i++) bundled[a[i]] = 1 }
		/^import \($/ { inimp = 1; print; next }
		inimp && /^\)/ { inimp = 0 }
		(inimp || /^import /) && match($0, /"[^"]+"/) {
			path = substr($0, RSTART + 1, RLENGTH - 2)
			if (path in bundled) { $0 = substr($0, 1, RSTART) prefix "/" path substr($0, RSTART + RLENGTH - 1) }
		}
		{ print }'
}
copy_pkgs() {
	for p in $pkgs; do
		mkdir -p "$1/$p"
		for f in "$STD/$p"/*.go; do
			case $(basename "$f") in $3) continue ;; esac
			rewrite "$2" < "$f" > "$1/$p/$(basename "$f")"
		done
	done
}

# 1. The bundled packages, their imports of each other rewritten to mstd/...,
# without the files holding mingo's runtime hooks and descriptor code.
copy_pkgs "$MOD" mstd '*_mingo.go'
# 2. Shims for the runtime hooks, 3. the tests.
cp -R "$HERE/shim/." "$MOD/"
cp -R "$HERE/tests/." "$MOD/"

# 4. The -m parity program (gotest/inline) in two copies: real std and mstd.
mkdir -p "$MOD/cmd/inlreal" "$MOD/cmd/inlmstd"
cp "$HERE/inline/main.go" "$MOD/cmd/inlreal/main.go"
rewrite mstd < "$HERE/inline/main.go" > "$MOD/cmd/inlmstd/main.go"

# 5. The descriptor test: mingo's own reflectlite (reading abi.md §4 descriptors)
# over fake descriptors, with test stand-ins for its runtime hooks.
DESC=$TMP/mdesc
mkdir -p "$DESC"
printf 'module mdesc\n\ngo 1.19\n' > "$DESC/go.mod"
copy_pkgs "$DESC" mdesc 'rt_mingo.go'
cp "$HERE/desc/"*.go "$DESC/internal/reflectlite/"

cd "$MOD"
export GOFLAGS="-mod=mod -trimpath" GO111MODULE=on GOTOOLCHAIN=local GOPROXY=off
go vet ./... 2>&1 | grep -v '^#' | grep -v 'possible misuse of unsafe.Pointer' | grep -v 'unusedresult' | grep . && { echo "gotest: go vet failed"; exit 1; } || true
go test $short "$@" ./...
(cd "$DESC" && go test $short "$@" ./internal/reflectlite ./internal/fmtsort) | sed 's#mdesc/internal/reflectlite#mdesc/internal/reflectlite (mingo descriptors)#'
# gc must make the same inlining and escape decisions for calls into the bundled
# packages as for calls into its own standard library (mingo follows gc's rules).
skip=$(grep -n '// intrinsic' "$HERE/inline/main.go" | cut -d: -f1 | sed 's/.*/^main.go:&:/' | paste -sd'|' -)
norm() { sed -e 's#^cmd/inl[a-z]*/##; s#mstd/##g; s#"\([a-z/]*\)"\.#\1.#g' | grep -v '^#' | grep -Ev "$skip" | sort; }
go build -o /dev/null -gcflags=-m ./cmd/inlreal 2>&1 | norm > inl.real
go build -o /dev/null -gcflags=-m ./cmd/inlmstd 2>&1 | norm > inl.mstd
if ! diff inl.real inl.mstd > inl.diff; then
	echo "gotest: -m output differs between Go's std and the bundled one (< Go, > bundled):"
	cat inl.diff
	exit 1
fi
echo "ok  	-m parity ($(grep -c 'inlining call' inl.real) inlined calls)"
# math.Exp has an FMA and a non-FMA code path; test the other one too.
GODEBUG=cpu.fma=off go test $short -run 'TestUnary|TestBinary' "$@" ./math
