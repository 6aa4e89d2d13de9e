#!/usr/bin/env python3
"""Generates the bounds-check soundness programs of tests/bce_fuzz and their
golden outputs from real Go.

Each program holds a few dozen small functions that index and slice arrays,
slices and strings inside loops and behind branches, with guards drawn at
random (sometimes exact, sometimes off by one or missing), and calls each
with inputs drawn at random, some of them out of range. main calls every
function under a recover that prints the panic (so one program checks many
shapes), then makes one unguarded call so the run ends in a runtime panic
(stderr's first line and exit status 2 are compared too). Whatever mingo's
prove removes, the outputs must be Go's.

  gen.py [--seed S] [--count N] [--funcs F]   writes pNN.go and, with `go`
                                              on PATH, pNN.out/.err/.exit
Goldens are produced by `go run` (Go 1.19), never by hand."""
import argparse, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.n = 0

    def off(self):
        return self.r.choice([0, 0, 0, 1, -1, 2])

    def cmp_lt(self):
        # exact guard `<`, or the off-by-one `<=`
        return self.r.choice(['<', '<', '<', '<='])

    def plus(self, k):
        return '' if k == 0 else (f' + {k}' if k > 0 else f' - {-k}')

    # Each shape returns (params, body lines); params are Go parameter lists
    # over a []int, s string, i, j, k, n int.
    def shape(self):
        r = self.r
        kind = r.randrange(22)
        o = self.off()
        lt = self.cmp_lt()
        if kind == 0:  # counting up to len
            return ['for i := 0; i %s len(a)%s; i++ {' % (lt, self.plus(o)),
                    '\tx += a[i]', '}']
        if kind == 1:  # counting down
            start = r.choice(['len(a) - 1', 'len(a)', 'len(a) - 2'])
            cond = r.choice(['i >= 0', 'i > 0', 'i >= -1', '0 <= i'])
            return ['for i := %s; %s; i-- {' % (start, cond), '\tx += a[i]', '}']
        if kind == 2:  # range with an offset
            return ['for i := range a {', '\tx += a[i%s]' % self.plus(o), '}']
        if kind == 3:  # a guard on i
            lo = r.choice(['i >= 0 && ', 'i >= 0 && ', '', 'i > -2 && '])
            return ['if %si %s len(a) {' % (lo, lt), '\tx += a[i]', '}']
        if kind == 4:  # length test then constant indexes
            c = r.randrange(1, 8)
            idx = c + r.choice([-1, -1, 0])
            return ['if len(a) > %d {' % c, '\tx += a[%d] + len(a[:%d])' % (idx, idx + 1), '}']
        if kind == 5:  # slicing a[i:j] behind guards
            g = r.choice(['0 <= i && i <= j && j <= len(a)', 'i <= j && j <= len(a)',
                          '0 <= i && i < j && j < len(a)', 'i >= 0 && j <= cap(a)',
                          '0 <= i && i <= j && j <= len(a)+1'])
            return ['if %s {' % g, '\tb := a[i:j]', '\tx += len(b) + cap(b)', '}']
        if kind == 6:  # growing prefix in a loop
            return ['for i := 0; i %s len(a); i++ {' % lt,
                    '\tx += len(a[:i%s])' % self.plus(1 + o), '}']
        if kind == 7:  # last element
            g = r.choice(['len(a) != 0', 'len(a) > 0', 'len(a) >= 0', 'len(a) > 1'])
            return ['if %s {' % g, '\tx += a[len(a)-1]', '}']
        if kind == 8:  # masks and remainders on a fixed array
            e = r.choice(['i & 7', 'i & 15', 'i %% 8', 'int(uint(i) %% 8)', 'int(uint(i) %% 9)',
                          'int(uint8(i))', 'int(uint(i) >> 61)', 'int(uint(i) >> 60)'])
            return ['var t [8]int', 't[(i+1)&7] = 5', 'x += t[%s]' % e.replace('%%', '%')]
        if kind == 9:  # string bytes backwards and forwards
            return ['for i := len(s) - 1; i >= %d; i-- {' % r.choice([0, 0, -1]),
                    '\tx += int(s[i])', '}',
                    'for i := 0; i %s len(s); i += %d {' % (lt, r.choice([1, 2, 3])),
                    '\tx += int(s[i])', '}']
        if kind == 10:  # stepping by 2 with a lookahead
            return ['for i := 0; i %s len(a)%s; i += 2 {' % (lt, self.plus(r.choice([-1, 0, -2]))),
                    '\tx += a[i] + a[i+1]', '}']
        if kind == 11:  # a loop bound from n, checked or not
            g = r.choice(['n <= len(a)', 'n < len(a)', 'n <= len(a)+1', 'true', 'n <= cap(a)'])
            return ['if %s {' % g, '\tfor i := 0; i < n; i++ {', '\t\tx += a[i]', '\t}', '}']
        if kind == 12:  # two slices, one length
            return ['b := make([]int, len(a)%s)' % self.plus(r.choice([0, 0, -1, 1]) if True else 0),
                    'for i := range a {', '\tb[i] = a[i] * 2', '}', 'x += len(b)']
        if kind == 13:  # a[i:] and a[:i] in a loop
            return ['for i := 0; i %s len(a); i++ {' % lt,
                    '\tx += len(a[i:]) + len(a[:i])', '}']
        if kind == 14:  # three-index slices
            g = r.choice(['0 <= i && i <= j && j <= k && k <= cap(a)', 'i <= j && j <= k && k <= cap(a)',
                          '0 <= i && i <= j && j <= k && k <= len(a)', '0 <= i && i <= j && j <= k'])
            return ['if %s {' % g, '\tb := a[i:j:k]', '\tx += len(b)*10 + cap(b)', '}']
        if kind == 15:  # shrinking a slice while reading it
            return ['b := a', 'for len(b) > %d {' % r.choice([0, 0, 1]),
                    '\tx += b[0] + b[len(b)-1]', '\tb = b[1:]', '}']
        if kind == 16:  # j from i
            return ['for i := 0; i < len(a); i++ {', '\tj := i + %d' % r.choice([0, 1, 2]),
                    '\tif j %s len(a) {' % lt, '\t\tx += a[j]', '\t}', '}']
        if kind == 17:  # a dominating access proves later ones
            c = r.randrange(0, 6)
            return ['x += a[%d]' % c, 'x += a[%d]' % r.randrange(0, c + 2), 'x += a[i]', 'x += a[i%s]' % self.plus(o)]
        if kind == 18:  # comparison chains through another variable
            return ['m := len(a)%s' % self.plus(o), 'if i %s m && i >= 0 {' % lt, '\tx += a[i]', '}']
        if kind == 19:  # unsigned guard
            return ['if uint(i) %s uint(len(a)) {' % lt, '\tx += a[i]', '}']
        if kind == 20:  # nested loops
            return ['for i := 0; i < len(a); i++ {', '\tfor j := i; j %s len(a); j++ {' % lt,
                    '\t\tx += a[j] - a[i]', '\t}', '}']
        # 21: string slicing behind guards
        g = r.choice(['i >= 0 && i <= len(s)', 'i <= len(s)', 'i >= 0 && i < len(s)', 'len(s) > i'])
        return ['if %s {' % g, '\tx += len(s[i:]) + len(s[:i])', '}']

    def func(self, name):
        r = self.r
        body = []
        for _ in range(r.choice([1, 1, 2])):
            body += ['{'] + ['\t' + l for l in self.shape()] + ['}']
        lines = ['//go:noinline', 'func %s(a []int, s string, i, j, k, n int) (x int) {' % name]
        lines += ['\t' + l for l in body]
        lines += ['\treturn x', '}']
        return lines

    def args(self):
        r = self.r
        ln = r.choice([0, 1, 2, 3, 5, 8, 8, 10])
        cp = ln + r.choice([0, 0, 1, 3])
        a = 'mk(%d, %d)' % (ln, cp)
        s = '"%s"' % 'abcdefghij'[:r.choice([0, 1, 3, 5, 10])]
        def idx():
            return r.choice([0, 1, 2, ln - 1, ln, ln + 1, -1, r.randrange(-3, 12), 1 << 40, -(1 << 40)])
        i, j, k = sorted(idx() for _ in range(3)) if r.random() < 0.6 else (idx(), idx(), idx())
        n = r.choice([ln, ln + 1, ln - 1, 0, r.randrange(0, 12)])
        return f'{a}, {s}, {i}, {j}, {k}, {n}'


def program(seed, nfuncs):
    rnd = random.Random(seed)
    g = Gen(rnd)
    out = ['// Code generated by tests/bce_fuzz/gen.py --seed %d; DO NOT EDIT.' % seed, '',
           'package main', '', 'import "fmt"', '',
           'func mk(n, c int) []int {', '\ta := make([]int, n, c)', '\tfor i := range a {',
           '\t\ta[i] = i*3 + 1', '\t}', '\treturn a', '}', '',
           'func try(name string, f func() int) {', '\tdefer func() {',
           '\t\tif r := recover(); r != nil {', '\t\t\tfmt.Println(name, "panic:", r)', '\t\t}',
           '\t}()', '\tfmt.Println(name, f())', '}', '']
    calls = []
    for fi in range(nfuncs):
        name = 'f%d' % fi
        out += g.func(name) + ['']
        for ci in range(rnd.choice([3, 4, 5])):
            calls.append('\ttry("%s.%d", func() int { return %s(%s) })' % (name, ci, name, g.args()))
    out += ['func main() {'] + calls
    # one unguarded call: the run ends in a panic (stderr and exit status)
    out += ['\tfmt.Println(f0(mk(2, 2), "ab", 7, 9, 11, 12) + f%d(mk(1, 1), "", -5, 3, 2, 9))' % (nfuncs - 1)]
    out += ['\tvar z []int', '\t_ = z[len(z)]', '}', '']
    return '\n'.join(out)


def golden(path):
    d = os.path.dirname(path)
    base = path[:-3]
    with tempfile.TemporaryDirectory() as t:
        exe = os.path.join(t, 'p')
        b = subprocess.run(['go', 'build', '-o', exe, os.path.basename(path)], cwd=d,
                           capture_output=True, text=True, env=dict(os.environ, GO111MODULE='off'))
        if b.returncode != 0:
            sys.exit(f'{path}: go build failed:\n{b.stderr}')
        r = subprocess.run([exe], capture_output=True, text=True)
    open(base + '.out', 'w').write(r.stdout)
    err = r.stderr.split('\n')[0] + '\n' if r.stderr else ''
    for ext, text in (('.err', err), ('.exit', f'{r.returncode}\n' if r.returncode else '')):
        if text:
            open(base + ext, 'w').write(text)
        elif os.path.exists(base + ext):
            os.remove(base + ext)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=12)
    ap.add_argument('--funcs', type=int, default=30)
    a = ap.parse_args()
    for p in range(a.count):
        path = os.path.join(HERE, 'p%02d.go' % p)
        open(path, 'w').write(program(a.seed * 1000 + p, a.funcs))
        if subprocess.run(['sh', '-c', 'command -v go'], capture_output=True).returncode == 0:
            golden(path)
        else:
            print('gen.py: no go on PATH: goldens not written', file=sys.stderr)


if __name__ == '__main__':
    main()
