//! Comparing a program's stderr with a golden file made by Go 1.19: the parts
//! of a panic report that vary from run to run are cut or normalized. Shared by
//! the harnesses that run compiled programs (tests/run.rs, tests/asm_roundtrip.rs).

/// The line after which a Go traceback follows (frames are not compared).
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
