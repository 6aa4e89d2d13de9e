//! Comparing a program's stderr with a golden file made by Go 1.19: the parts
//! of a panic report that vary from run to run are cut or normalized. Shared by
//! the harnesses that run compiled programs (tests/run.rs, tests/asm_roundtrip.rs).
//!
//! A golden stderr normally ends at `goroutine 1 [running]:` (the frames are not
//! compared). The `traceback_*` programs' goldens keep Go's frames; for those the
//! frames are compared too, as [`frames_normalized`] reduces them: function names,
//! file base names and lines, inlined `(...)` or not `()`.

#![allow(dead_code)] // each harness uses a part

/// The line after which a Go traceback follows.
pub const TRACE_LINE: &str = "goroutine 1 [running]:";

/// Keeps stderr up to and including the line `goroutine 1 [running]:`.
pub fn cut_trace(stderr: &[u8]) -> Vec<u8> {
    let mut pos = 0;
    while pos < stderr.len() {
        let end =
            stderr[pos..].iter().position(|&b| b == b'\n').map_or(stderr.len(), |i| pos + i + 1);
        let line = &stderr[pos..end];
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        if line == TRACE_LINE.as_bytes() {
            return stderr[..end].to_vec();
        }
        pos = end;
    }
    stderr.to_vec()
}

/// Whether a golden stderr holds traceback frames after [`TRACE_LINE`].
pub fn has_frames(golden: &[u8]) -> bool {
    let cut = cut_trace(golden);
    cut.len() < golden.len() && golden[cut.len()..].iter().any(|b| !b.is_ascii_whitespace())
}

/// `stderr` as compared with `golden`: cut after [`TRACE_LINE`] when the golden
/// has no frames, else with its frames normalized by [`frames_normalized`].
pub fn cut_like(stderr: &[u8], golden: &[u8]) -> Vec<u8> {
    if has_frames(golden) { frames_normalized(stderr) } else { cut_trace(stderr) }
}

/// Keeps the frames after [`TRACE_LINE`] as `FUNC()` (or `FUNC(...)` for an
/// inlined call: the argument words differ between compilers) and `\tBASE:LINE`
/// (no directory, no `+0x` offset); drops empty lines and go run's `exit status`.
pub fn frames_normalized(stderr: &[u8]) -> Vec<u8> {
    let head = cut_trace(stderr);
    let mut out = String::from_utf8_lossy(&head).into_owned();
    for line in String::from_utf8_lossy(&stderr[head.len()..]).lines() {
        if line.trim().is_empty() || line.starts_with("exit status ") {
            continue;
        }
        if let Some(loc) = line.strip_prefix('\t') {
            let loc = loc.split(" +0x").next().unwrap_or(loc);
            let base = loc.rsplit('/').next().unwrap_or(loc);
            out.push('\t');
            out.push_str(base);
        } else if line.ends_with(')')
            && let Some(p) = line.rfind('(')
        {
            let args = if &line[p..] == "(...)" { "(...)" } else { "()" };
            out.push_str(&line[..p]);
            out.push_str(args);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// Replaces the parts of a panic report that vary from run to run by `0x?`:
/// `pc=0x…` and `addr=0x…` (in the `[signal SIGSEGV: …]` line), and the address that
/// `panic: (T) 0x…` prints for values of non-basic types (also after `\tpanic: ` and
/// before ` [recovered]`).
pub fn normalize_stderr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut l = replace_hex_after(line, "pc=0x");
        l = replace_hex_after(&l, "addr=0x");
        if l.contains("panic: ") {
            // `panic: (main.T) 0xc000012345` [ ` [recovered]` ]
            let (body, tail) = match l.strip_suffix(" [recovered]") {
                Some(b) => (b.to_string(), " [recovered]"),
                None => (l.clone(), ""),
            };
            if let Some(p) = body.rfind(") 0x") {
                let hex = &body[p + 4..];
                if !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    l = format!("{}) 0x?{tail}", &body[..p]);
                }
            }
        }
        out.push_str(&l);
    }
    out
}

fn replace_hex_after(line: &str, prefix: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(p) = rest.find(prefix) {
        out.push_str(&rest[..p + prefix.len()]);
        let after = &rest[p + prefix.len()..];
        let n = after.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        if n > 0 {
            out.push('?');
        }
        rest = &after[n..];
    }
    out.push_str(rest);
    out
}
