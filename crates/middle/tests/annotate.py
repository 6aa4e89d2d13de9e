#!/usr/bin/env python3
"""Writes the `// ERROR "regexp"` annotations of crates/middle/tests/errorcheck/*.go
from gc 1.19's real output (FLAGS from the `// errorcheck FLAGS` header
without gc's test-only `-0`; `go tool compile -p PKG` for a package other
than main, `go build` for main).

  annotate.py FILE.go...

Lines carrying `FIXME gc:` are kept as written (mingo differs from gc there;
the ERROR part asserts mingo's behaviour). Requires `go` (1.19) on PATH."""
import os, re, shutil, subprocess, sys, tempfile

SPECIAL = set('\\.+*?()|[]{}^$')


def esc(s, name):
    """A regexp for message s: anchored, leading blanks ignored (the harness
    trims them), positions in -m=2 explanations with or without `./`."""
    r = ''.join('\\' + c if c in SPECIAL else ('\\"' if c == '"' else c) for c in s.lstrip())
    r = r.replace(' at ' + esc_name(name), ' at (\\./)?' + esc_name(name))
    return '^' + r + '$'


def esc_name(name):
    return ''.join('\\' + c if c in SPECIAL else c for c in name)


def gc_output(path, flags):
    name = os.path.basename(path)
    src = open(path).read()
    m = re.search(r'^package (\w+)', src, re.M)
    pkg = m.group(1) if m else 'main'
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, name))
        if pkg == 'main':
            cmd = ['go', 'build', '-o', os.path.join(d, 'out'), '-gcflags=' + ' '.join(flags), name]
        else:
            cmd = ['go', 'tool', 'compile', '-p', pkg] + flags + ['-o', os.path.join(d, 'out.o'), name]
        r = subprocess.run(cmd, cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, GO111MODULE='off', GOFLAGS=''))
    by_line = {}
    for l in (r.stdout + r.stderr).splitlines():
        m = re.match(r'^(?:\./)?([^:]+):(\d+):(\d+): (.*)$', l)
        if m and m.group(1) == name:
            msgs = by_line.setdefault(int(m.group(2)), [])
            if m.group(4) not in msgs:
                msgs.append(m.group(4))
    return by_line


def process(path):
    lines = open(path).read().split('\n')
    head = lines[0]
    if not head.startswith('// errorcheck'):
        sys.exit(f'{path}: first line must be `// errorcheck FLAGS`')
    flags = [f for f in head[len('// errorcheck'):].split() if f != '-0']
    gc = gc_output(path, flags)
    out = []
    for n, line in enumerate(lines, 1):
        if 'FIXME gc:' in line:
            out.append(line)
            continue
        j = line.find('// ERROR ')
        code = line[:j].rstrip() if j >= 0 else line
        if n in gc:
            code += ' // ERROR ' + ' '.join('"' + esc(m, os.path.basename(path)) + '"' for m in gc[n])
        out.append(code)
    open(path, 'w').write('\n'.join(out))


for p in sys.argv[1:]:
    process(p)
