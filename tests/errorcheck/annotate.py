#!/usr/bin/env python3
"""Annotates a Go program with gc 1.19's real diagnostics as errorcheck
comments: `// ERROR "regexp"` on each line that gets an error (the first line
of each message, regexp-escaped). Usage: annotate.py FILE.go [...]
Rewrites the files in place; requires `go` (1.19) on PATH."""
import os, re, subprocess, sys, tempfile

SPECIAL = set('\\.+*?()|[]{}^$')

def esc(s):
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append('\\' + ch)
        elif ch == '"':
            out.append('\\"')
        else:
            out.append(ch)
    return ''.join(out)

def annotate(path):
    src = open(path).read()
    lines = src.split('\n')
    lines = [re.sub(r'\s*// ERROR .*$', '', l) for l in lines]
    if not lines[0].startswith('// errorcheck'):
        lines.insert(0, '// errorcheck')
        lines.insert(1, '')
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, name), 'w').write('\n'.join(lines))
        r = subprocess.run(['go', 'build', '-gcflags=-e', '-o', '/dev/null', name], cwd=d,
                           capture_output=True, text=True, env=dict(os.environ, GO111MODULE='off'))
    errs = {}
    for l in (r.stderr + r.stdout).split('\n'):
        m = re.match(r'\./' + re.escape(name) + r':(\d+):(\d+): (.*)$', l)
        if m:
            errs.setdefault(int(m.group(1)), []).append(m.group(3))
    for ln, msgs in errs.items():
        lines[ln - 1] += ' // ERROR ' + ' '.join('"%s"' % esc(m) for m in msgs)
    open(path, 'w').write('\n'.join(lines))
    print('%s: %d error lines' % (path, len(errs)))

for p in sys.argv[1:]:
    annotate(p)
