#!/usr/bin/env bash
# Regenerate the golden files of tests/run from real Go (gc 1.19).
#
#   tests/run/regen.sh              regenerate every program's golden files
#   tests/run/regen.sh NAME...      only these programs (NAME or NAME.go)
#   tests/run/regen.sh --check ...  compare instead of writing; exit 1 on any difference
#
# For each NAME.go: `go build` it, run the binary in tests/run with the arguments in
# NAME.args (if present; whitespace-separated words) and a 10 s timeout, then write
#   NAME.out   stdout, always (possibly empty)
#   NAME.err   stderr if non-empty, cut after the line `goroutine 1 [running]:`
#              (the traceback below it is not deterministic; traceback_* programs
#              keep it, their frames are compared); removed when empty
#   NAME.exit  the exit status if non-zero; removed when zero
# Building and running the binary (rather than `go run`) gives the program's own exit
# status and no trailing `exit status N` line; the output is the same as `go run`'s.
# Never edit golden files by hand: change the program and run this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
    shift
fi

if ! command -v go >/dev/null; then
    echo "regen.sh: no 'go' command; install Go 1.19 (apt-get install golang-go)" >&2
    exit 2
fi
goversion="$(go env GOVERSION)"
if [[ "$goversion" != go1.19* ]]; then
    echo "regen.sh: golden files come from Go 1.19, but 'go' is $goversion" >&2
    exit 2
fi

if [[ $# -gt 0 ]]; then
    names=()
    for a in "$@"; do names+=("${a%.go}"); done
else
    names=()
    for f in *.go; do names+=("${f%.go}"); done
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Go's own build cache and module settings must not depend on the caller.
export GO111MODULE=off GOFLAGS= GOAMD64=v1 LC_ALL=C

# Keep stderr up to and including `goroutine 1 [running]:`; the traceback_* programs
# keep the whole traceback (the harness compares their frames: tests/support/golden.rs).
cut_trace() {
    if [[ "$name" == traceback_* ]]; then
        cat
    else
        awk '{ print } /^goroutine 1 \[running\]:$/ { exit }'
    fi
}

# The parts of a panic message that vary between runs (see tests/README.md), and the
# argument words of traceback frames.
normalize() {
    sed -E -e 's/\b(pc|addr)=0x[0-9a-f]+/\1=0x?/g' -e '/panic: /s/\) 0x[0-9a-f]+( \[recovered\])?$/) 0x?\1/' \
        -e '/^goroutine 1 \[running\]:$/,$ s/\([0-9a-fx?, {}.]*\)$/(?)/'
}

status=0
for name in "${names[@]}"; do
    if [[ ! -f "$name.go" ]]; then
        echo "regen.sh: no $name.go" >&2
        status=1
        continue
    fi
    if ! go build -o "$tmp/$name" "$name.go" 2>"$tmp/$name.builderr"; then
        echo "regen.sh: $name.go does not build with $goversion:" >&2
        cat "$tmp/$name.builderr" >&2
        status=1
        continue
    fi
    args=()
    if [[ -f "$name.args" ]]; then
        read -r -a args <"$name.args" || true
    fi
    set +e
    timeout 10 "$tmp/$name" ${args[@]+"${args[@]}"} >"$tmp/$name.out" 2>"$tmp/$name.rawerr" </dev/null
    code=$?
    set -e
    if [[ $code -eq 124 ]]; then
        echo "regen.sh: $name timed out" >&2
        status=1
        continue
    fi
    cut_trace <"$tmp/$name.rawerr" >"$tmp/$name.err"
    # Determinism: a second run must agree (catches map-order dependence, mostly).
    set +e
    timeout 10 "$tmp/$name" ${args[@]+"${args[@]}"} >"$tmp/$name.out2" 2>"$tmp/$name.rawerr2" </dev/null
    code2=$?
    set -e
    cut_trace <"$tmp/$name.rawerr2" >"$tmp/$name.err2"
    if ! cmp -s "$tmp/$name.out" "$tmp/$name.out2" || [[ $code != "$code2" ]] ||
        ! cmp -s <(normalize <"$tmp/$name.err") <(normalize <"$tmp/$name.err2"); then
        echo "regen.sh: $name is not deterministic (two runs differ)" >&2
        status=1
        continue
    fi
    if [[ $check -eq 1 ]]; then
        ok=1
        cmp -s "$tmp/$name.out" "$name.out" 2>/dev/null || { echo "$name: stdout differs from $name.out"; ok=0; }
        if [[ -s "$tmp/$name.err" ]]; then
            [[ -f "$name.err" ]] && cmp -s <(normalize <"$tmp/$name.err") <(normalize <"$name.err") ||
                { echo "$name: stderr differs from $name.err"; ok=0; }
        elif [[ -e "$name.err" ]]; then
            echo "$name: $name.err exists but the program writes nothing to stderr"; ok=0
        fi
        want=0
        [[ -f "$name.exit" ]] && want="$(cat "$name.exit")"
        [[ "$code" == "$want" ]] || { echo "$name: exit status $code, $name.exit says $want"; ok=0; }
        [[ $ok -eq 1 ]] || status=1
        continue
    fi
    cp "$tmp/$name.out" "$name.out"
    if [[ -s "$tmp/$name.err" ]]; then
        cp "$tmp/$name.err" "$name.err"
    else
        rm -f "$name.err"
    fi
    if [[ $code -ne 0 ]]; then
        echo "$code" >"$name.exit"
    else
        rm -f "$name.exit"
    fi
done
if [[ $check -eq 1 && $status -eq 0 ]]; then
    echo "regen.sh: all ${#names[@]} programs agree with their golden files"
fi
exit $status
