#!/usr/bin/env python3
"""Writes or checks the `// ERROR "regexp"` annotations of tests/ssa/*.go
against gc 1.19's real output (`go build -gcflags='FLAGS' FILE.go`, FLAGS
from the `// errorcheck FLAGS` header without gc's test-only `-0`).

  annotate.py FILE.go...          rewrite each file's ERROR comments from gc
  annotate.py --check FILE.go...  only compare; exit 1 on any difference

Lines carrying `// FIXME gc: ...` are where mingo differs from gc: their
ERROR part (mingo's behaviour today) is kept as written, and the `gc:` part
(quoted regexps, or `none`) is checked against gc's reports for that line.
Requires `go` (1.19) on PATH."""
import os, re, shutil, subprocess, sys, tempfile

SPECIAL = set('\\.+*?()|[]{}^$')
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def esc(s):
    return ''.join('\\' + c if c in SPECIAL else ('\\"' if c == '"' else c) for c in s)


def gc_reports(path, flags):
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, name))
        r = subprocess.run(['go', 'build', '-o', os.path.join(d, 'out'),
                            '-gcflags=' + ' '.join(flags), name],
                           cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, GO111MODULE='off', GOFLAGS=''))
    by_line = {}
    for l in r.stderr.splitlines():
        m = re.match(r'^\./([^:]+):(\d+):(\d+): (.*)$', l)
        if m and m.group(1) == name:
            msgs = by_line.setdefault(int(m.group(2)), [])
            if m.group(4) not in msgs:
                msgs.append(m.group(4))
        elif l and not l.startswith('#'):
            sys.exit(f'{path}: unexpected gc output: {l}')
    return by_line


def split(line):
    """(code, ERROR part or None, FIXME gc part or None)"""
    fix = None
    i = line.find('// FIXME gc:')
    if i >= 0:
        fix = line[i + len('// FIXME gc:'):].strip()
        line = line[:i].rstrip()
    err = None
    j = line.find('// ERROR ')
    if j >= 0:
        err = line[j + len('// ERROR '):].strip()
        line = line[:j].rstrip()
    return line, err, fix


def matches(spec, msgs):
    """Does a list of quoted regexps (or `none`) describe msgs exactly?"""
    if spec is None or spec.split()[:1] == ['none']:
        return not msgs
    res = [re.compile(q.replace('\\"', '"')) for q in QUOTED.findall(spec)]
    left = list(msgs)
    for r in res:
        if not any(r.search(m) for m in left):
            return False
        left = [m for m in left if not r.search(m)]
    return not left


def process(path, check):
    src = open(path).read()
    lines = src.split('\n')
    head = lines[0]
    if not head.startswith('// errorcheck'):
        sys.exit(f'{path}: first line must be `// errorcheck FLAGS`')
    flags = [f for f in head[len('// errorcheck'):].split() if f != '-0']
    gc = gc_reports(path, flags)
    out, bad = [], []
    for n, line in enumerate(lines, 1):
        code, err, fix = split(line)
        msgs = gc.get(n, [])
        if fix is not None:
            if not matches(fix, msgs):
                bad.append(f'{path}:{n}: FIXME says gc reports {fix}, gc reports {msgs}')
            out.append(line)
            continue
        if check:
            if not matches(err, msgs):
                bad.append(f'{path}:{n}: annotated {err}, gc reports {msgs}')
            out.append(line)
            continue
        if msgs:
            code += ' // ERROR ' + ' '.join('"' + esc(m) + '$"' for m in msgs)
        out.append(code)
    if not check:
        open(path, 'w').write('\n'.join(out))
    return bad


def main():
    args = sys.argv[1:]
    check = '--check' in args
    files = [a for a in args if a != '--check']
    if not files:
        sys.exit(__doc__)
    bad = []
    for f in files:
        bad += process(f, check)
    for b in bad:
        print(b)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
