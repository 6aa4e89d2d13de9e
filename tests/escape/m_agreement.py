#!/usr/bin/env python3
"""Agreement of mingo's -m decisions with gc 1.19's, on user code.

  tests/escape/m_agreement.py [--mflags] [-v] [FILE.go ...]

Runs `go build -gcflags=-m` and `mingo build -gcflags=-m` (with MINGO_MIDDLE=1)
on each program (default: tests/run/*.go and examples/*.go), keeps the
messages about the program's own file (`./NAME.go:L:C: msg`; generated code
and the bundled packages are not counted) and compares them as sets:
precision = shared / mingo's, recall = shared / gc's. With -m=2 it also
compares the inline costs (`can inline f with cost N`): the share of
functions gc reports a cost for where mingo reports the same cost.
--mflags uses the middle end alone (target/debug/examples/mflags) instead of
the mingo binary. -v prints every difference. Requires go 1.19."""
import glob, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
args = sys.argv[1:]
mflags = '--mflags' in args
verbose = '-v' in args
files = [a for a in args if a.endswith('.go')]
if not files:
    files = sorted(glob.glob(os.path.join(ROOT, 'tests/run/*.go')) + glob.glob(os.path.join(ROOT, 'examples/*.go')))


def msgs(out, name):
    s = set()
    for l in out.splitlines():
        m = re.match(r'^\./([^:]+):(\d+):(\d+): (.*)$', l)
        if m and m.group(1) == name:
            s.add((int(m.group(2)), int(m.group(3)), m.group(4)))
    return s


def run(cmd, cwd, env=None):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    return r.stdout + r.stderr


def outputs(path, flag, d):
    name = os.path.basename(path)
    cwd = os.path.dirname(path)
    env = dict(os.environ, GO111MODULE='off', GOFLAGS='')
    gc = run(['go', 'build', '-o', os.path.join(d, 'gc.out'), '-gcflags=' + flag, name], cwd, env)
    if mflags:
        mg = run([os.path.join(ROOT, 'target/debug/examples/mflags'), flag, path], cwd)
    else:
        env = dict(os.environ, MINGO_MIDDLE='1')
        mg = run([os.path.join(ROOT, 'target/debug/mingo'), 'build', '-o', os.path.join(d, 'mg.out'),
                  '-gcflags=' + flag, name], cwd, env)
    return msgs(gc, name), msgs(mg, name)


tot_gc = tot_mg = tot_shared = 0
cost_gc = cost_same = 0
COST = re.compile(r'^can inline (\S+) with cost (\d+)')
with tempfile.TemporaryDirectory() as d:
    for f in files:
        g, m = outputs(f, '-m', d)
        shared = g & m
        tot_gc += len(g)
        tot_mg += len(m)
        tot_shared += len(shared)
        if verbose and g != m:
            for x in sorted(g - m):
                print(f'{os.path.basename(f)}: gc only:    {x[0]}:{x[1]}: {x[2]}')
            for x in sorted(m - g):
                print(f'{os.path.basename(f)}: mingo only: {x[0]}:{x[1]}: {x[2]}')
        g2, m2 = outputs(f, '-m=2', d)
        gcosts = {(x[0], COST.match(x[2]).group(1)): COST.match(x[2]).group(2) for x in g2 if COST.match(x[2])}
        mcosts = {(x[0], COST.match(x[2]).group(1)): COST.match(x[2]).group(2) for x in m2 if COST.match(x[2])}
        cost_gc += len(gcosts)
        cost_same += sum(1 for k, v in gcosts.items() if mcosts.get(k) == v)
        if verbose:
            for k, v in sorted(gcosts.items()):
                if mcosts.get(k) != v:
                    print(f'{os.path.basename(f)}: cost of {k[1]}: gc {v}, mingo {mcosts.get(k)}')
p = tot_shared / tot_mg if tot_mg else 1.0
r = tot_shared / tot_gc if tot_gc else 1.0
c = cost_same / cost_gc if cost_gc else 1.0
print(f'{len(files)} programs: gc {tot_gc} messages, mingo {tot_mg}, shared {tot_shared}')
print(f'precision {100 * p:.1f}%  recall {100 * r:.1f}%  inline costs equal {cost_same}/{cost_gc} ({100 * c:.1f}%)')
