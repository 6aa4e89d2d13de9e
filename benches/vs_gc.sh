#!/bin/sh
# mingo vs gc 1.19, measured in one run (docs/performance.md, "Generated code"
# and "Compile time"). Usage, from the repository root:
#
#   cargo build --release -p mingo && sh benches/vs_gc.sh [RUNS]
#
# 1. Every benchmark program of examples/ is built by `go build` and by
#    `mingo build` (default flags); the outputs must agree; hyperfine times
#    both executables (RUNS runs each, default 10, after one warm-up) and the
#    table gives each median (and minimum), the ratio of the medians mingo/gc and the geometric mean of the
#    ratios.
# 2. Flags: sieve, nbody and spectralnorm built with -gcflags '' / -l / '-N -l'
#    by both compilers; ratio of each build's time to its compiler's default.
# 3. Compile time: `mingo build` vs `go build` of each program, the standard
#    library in go's build cache (warm), the program itself recompiled every
#    run (hyperfine --prepare appends a new comment to a copy of the source).
set -eu
RUNS=${1:-10}
MINGO=${MINGO:-$PWD/target/release/mingo}
PROGS=${PROGS:-"recursive sieve nbody spectralnorm matmul sorting maps strings iface"}
FLAGPROGS=${FLAGPROGS:-"sieve nbody spectralnorm"}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
echo "# $(go version); mingo $("$MINGO" version | cut -d' ' -f3) (middle end $([ "${MINGO_MIDDLE:-1}" = 0 ] && echo off || echo on)); $(nproc) cores; $(date -u +%F)"

ratios() { # json files -> rows "name mean_a mean_b ratio"
  python3 - "$@" <<'PY'
import json, math, sys
rows = []
for path in sys.argv[1:]:
    r = json.load(open(path))["results"]
    name = path.rsplit("/", 1)[-1].split(".")[0]
    rows.append((name, [x["median"] for x in r], [min(x["times"]) for x in r]))
print("| program | " + " | ".join(["gc (s)", "mingo (s)", "mingo / gc"]) + " |")
print("|---|---:|---:|---:|")
logs = []
for name, m, sd in rows:
    q = m[1] / m[0]
    logs.append(math.log(q))
    print(f"| {name} | {m[0]:.3f} (min {sd[0]:.3f}) | {m[1]:.3f} (min {sd[1]:.3f}) | {q:.2f} |")
print(f"| **geometric mean** | | | **{math.exp(sum(logs) / len(logs)):.2f}** |")
PY
}

echo
echo "## Generated code (median wall time of the executable, $RUNS runs; ratio of medians)"
echo
for p in $PROGS; do
  go build -o "$T/$p.gc" "examples/$p.go"
  "$MINGO" build -o "$T/$p.mingo" "examples/$p.go"
  "$T/$p.gc" >"$T/$p.gc.out" 2>&1
  "$T/$p.mingo" >"$T/$p.mingo.out" 2>&1
  cmp -s "$T/$p.gc.out" "$T/$p.mingo.out" || { echo "$p: outputs differ" >&2; exit 1; }
  hyperfine -N -w 1 -r "$RUNS" --style none --export-json "$T/$p.json" \
    "$T/$p.gc" "$T/$p.mingo" >/dev/null
done
ratios $(for p in $PROGS; do echo "$T/$p.json"; done)

echo
echo "## Flags (each build's median time / its compiler's default build's)"
echo
echo "| program | gc -l | gc -N -l | mingo -l | mingo -N -l |"
echo "|---|---:|---:|---:|---:|"
for p in $FLAGPROGS; do
  for c in gc mingo; do
    for f in def l Nl; do
      case $f in def) g="" ;; l) g="-l" ;; Nl) g="-N -l" ;; esac
      if [ $c = gc ]; then go build -gcflags="$g" -o "$T/$p.$c.$f" "examples/$p.go"
      else "$MINGO" build -gcflags="$g" -o "$T/$p.$c.$f" "examples/$p.go"; fi
    done
    hyperfine -N -w 1 -r "$RUNS" --style none --export-json "$T/$p.$c.flags.json" \
      "$T/$p.$c.def" "$T/$p.$c.l" "$T/$p.$c.Nl" >/dev/null
  done
  python3 - "$p" "$T/$p.gc.flags.json" "$T/$p.mingo.flags.json" <<'PY'
import json, sys
cells = []
for path in sys.argv[2:]:
    m = [x["median"] for x in json.load(open(path))["results"]]
    cells += [f"{m[1] / m[0]:.2f}×", f"{m[2] / m[0]:.2f}×"]
print(f"| {sys.argv[1]} | " + " | ".join(cells) + " |")
PY
done

echo
echo "## Compile time (median of \`go build\` vs \`mingo build\`, $RUNS runs, program recompiled each run)"
echo
for p in $PROGS; do
  mkdir -p "$T/c$p"
  cp "examples/$p.go" "$T/c$p/$p.go"
  (cd "$T/c$p" && go build -o gc.exe "$p.go") # warm go's cache for the std packages
  hyperfine -w 1 -r "$RUNS" --style none --export-json "$T/$p.compile.json" \
    --prepare "echo \"// \$(date +%s%N)\" >> $T/c$p/$p.go" \
    "cd $T/c$p && go build -o gc.exe $p.go" \
    "cd $T/c$p && $MINGO build -o mingo.exe $p.go" >/dev/null
done
ratios $(for p in $PROGS; do echo "$T/$p.compile.json"; done)
