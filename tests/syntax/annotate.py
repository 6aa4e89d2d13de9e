#!/usr/bin/env python3
"""Writes the `// ERROR "regexp"` expectation of each tests/syntax/errors/*.go
file from a live gc 1.19: the comment goes on the line of gc's FIRST error and
matches its message exactly (regexp metacharacters are bracketed, quotes
become `.`). Usage: tests/syntax/annotate.py [FILES...]"""
import glob, os, re, subprocess, sys, tempfile

ERR = re.compile(r'\s*// ERROR ".*"\s*$')

def first_error(path):
    path = os.path.abspath(path)
    with tempfile.TemporaryDirectory() as d:
        out = subprocess.run(['go', 'tool', 'compile', '-p', 'main', '-o', os.path.join(d, 'x.o'), path],
                             capture_output=True, text=True, cwd=d)
    lines = [l for l in (out.stdout + out.stderr).splitlines() if l.strip()]
    if not lines:
        return None
    m = re.match(r'^.*?:(\d+):(\d+): (.*)$', lines[0])
    return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else None

def quote(msg):
    out = []
    for c in msg:
        if c in '.()[]{}*+?|$':
            out.append('[' + c + ']' if c != ']' else '\\]')
        elif c == '^':
            out.append('\\^')
        elif c == '\\':
            out.append('[\\\\]')
        elif c == '"':
            out.append('.')
        else:
            out.append(c)
    return '^' + ''.join(out) + '$'

def annotate(path):
    data = open(path, 'rb').read().decode('utf-8', 'surrogateescape')
    lines = data.split('\n')
    lines = [ERR.sub('', l) if '// ERROR' in l else l for l in lines]
    data = '\n'.join(lines)
    open(path, 'wb').write(data.encode('utf-8', 'surrogateescape'))
    e = first_error(path)
    if e is None:
        print(f'{path}: gc reports no error', file=sys.stderr)
        return
    line, col, msg = e
    lines = data.split('\n')
    while len(lines) < line:
        lines.append('')
    lines[line - 1] = lines[line - 1] + f' // ERROR "{quote(msg)}"'
    open(path, 'wb').write('\n'.join(lines).encode('utf-8', 'surrogateescape'))
    e2 = first_error(path)
    if e2 is None or e2[0] != line:
        print(f'{path}: annotation moved the first error: {e2}', file=sys.stderr)
    print(f'{path}:{line}:{col}: {msg}')

files = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'errors', '*.go')))
for f in files:
    annotate(f)
