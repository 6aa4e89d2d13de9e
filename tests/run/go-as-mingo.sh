#!/bin/sh
# Stands in for `mingo build` with real Go, to check the harness and the golden files:
#   MINGO_RUN_COMPILER=$PWD/tests/run/go-as-mingo.sh cargo test -p mingo --test run
# Takes mingo's arguments (`build -o OUT [-gcflags=...] NAME.go`); KNOWN_FAILURES is
# then ignored, so every program must pass.
[ "$1" = build ] || { echo "go-as-mingo.sh: only 'build' is supported" >&2; exit 2; }
shift
GO111MODULE=off GOFLAGS= exec go build "$@"
