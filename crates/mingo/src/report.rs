//! Printing diagnostics the way the go command and `go tool compile` print them.
//!
//! gc keeps errors in the order they are reported; after the 10th it sorts and
//! prints what it has, then `POS: too many errors` with the 10th error's position.
//! Otherwise all errors are sorted by position (stable) and printed.

use syntax::{Diagnostic, Severity, SourceFile};

pub const MAX_ERRORS: usize = 10;

/// Format diagnostics as lines (each ending in `\n`). `files[d.pos.file]` names the file.
pub fn format(diags: &[Diagnostic], files: &[SourceFile]) -> String {
    let name = |d: &Diagnostic| -> String {
        files.get(d.pos.file.0 as usize).map(|f| f.name.clone()).unwrap_or_else(|| "?".into())
    };
    let line = |d: &Diagnostic, msg: &str| -> String {
        if d.pos.is_known() {
            format!("{}:{}:{}: {}\n", name(d), d.pos.line, d.pos.col, msg)
        } else {
            // e.g. the linker-style `runtime.main_main·f: function main is undeclared ...`
            format!("{msg}\n")
        }
    };

    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.severity == Severity::Error).collect();
    let mut out = String::new();
    if !errors.is_empty() {
        let shown = &errors[..errors.len().min(MAX_ERRORS)];
        let mut sorted = shown.to_vec();
        sorted.sort_by_key(|d| d.pos);
        for d in &sorted {
            out += &line(d, &d.msg);
        }
        if errors.len() > MAX_ERRORS {
            out += &line(shown[MAX_ERRORS - 1], "too many errors");
        }
        return out;
    }
    // Informational output (-m, debug reports) is printed in the order produced:
    // the producers already order it as gc does.
    for d in diags {
        out += &line(d, &d.msg);
    }
    out
}

pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use syntax::{FileId, Pos};

    fn file() -> Vec<SourceFile> {
        vec![SourceFile { name: "./a.go".into(), text: String::new() }]
    }

    #[test]
    fn sorted_by_position() {
        let d = vec![
            Diagnostic::error(Pos::new(FileId(0), 3, 1), "b"),
            Diagnostic::error(Pos::new(FileId(0), 2, 5), "a"),
        ];
        assert_eq!(format(&d, &file()), "./a.go:2:5: a\n./a.go:3:1: b\n");
    }

    #[test]
    fn too_many_errors_after_ten() {
        let d: Vec<_> = (1..=12)
            .rev()
            .map(|l| Diagnostic::error(Pos::new(FileId(0), l, 1), format!("e{l}")))
            .collect();
        let out = format(&d, &file());
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        // the first ten reported (lines 12..3), sorted; then the 10th reported position
        assert_eq!(lines[0], "./a.go:3:1: e3");
        assert_eq!(lines[9], "./a.go:12:1: e12");
        assert_eq!(lines[10], "./a.go:3:1: too many errors");
    }
}
