//! `go.pclntab`: the table that maps a code address to its function, source
//! file and line, read by the runtime's traceback and CPU profiler
//! (crates/runtime/src/traceback.rs). Format: docs/abi.md §10.
//!
//! One read-only data object, little-endian:
//!
//! ```text
//! 0   magic   "mingopc2"
//! 8   nfunc   u32
//! 12  nfile   u32
//! 16  funcs   nfunc × { entry u64 (relocated), size u32, name u32, pcln u32, file u32 }
//!     files   nfile × u32
//!     blob    NUL-terminated names and file paths, and the line programs
//! ```
//!
//! `name`, `pcln` and `files[i]` are byte offsets from the table's start;
//! `file` indexes `files` (the function's first file). A line program
//! (gc's pcvalue tables are the model: deltas as varints) is a run list:
//! per run `uvarint(zigzag(line - prev line) << 1 | file changed)`, then, if
//! the file changed, `uvarint(file index)`, then `uvarint(run length in
//! bytes)`; a run length of 0 ends it. The state starts at line 0 and the
//! function's file; the first run starts at offset 0.

use std::collections::HashMap;

/// Magic bytes at the start of the table.
pub const MAGIC: &[u8; 8] = b"mingopc2";
/// The symbol the runtime looks for.
pub const SYMBOL: &str = "go.pclntab";
/// Size of one function record.
pub const FUNC_SIZE: usize = 24;

/// The line information of one compiled function.
pub struct FuncLines {
    pub name: String,
    /// Code size in bytes.
    pub size: u32,
    /// Position of the code before the first source location (the prologue):
    /// the function's declaration, as gc attributes it. (file id, line)
    pub decl: (u32, u32),
    /// (start offset, end offset, file id, line), sorted by start, disjoint.
    pub locs: Vec<(u32, u32, u32, u32)>,
}

/// The encoded table: bytes, and for each function (in input order) the
/// offset of its 8-byte entry address, to be relocated.
pub struct Table {
    pub bytes: Vec<u8>,
    pub entry_offsets: Vec<u32>,
}

fn uvarint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The runs of a function: (start, file, line), the first at 0, neighbours
/// different. Code without a position (register moves, spills, the epilogue)
/// continues the run before it; before the first position (the prologue) it
/// has the declaration's.
fn runs(f: &FuncLines) -> Vec<(u32, u32, u32)> {
    let mut runs: Vec<(u32, u32, u32)> = Vec::new();
    let push = |runs: &mut Vec<(u32, u32, u32)>, start: u32, file: u32, line: u32| {
        if runs.last().is_none_or(|&(_, fl, l)| (fl, l) != (file, line)) {
            runs.push((start, file, line));
        }
    };
    let mut pc = 0;
    for &(s, e, file, line) in &f.locs {
        if s >= f.size || e <= s || s < pc {
            continue;
        }
        if s > pc && runs.is_empty() {
            push(&mut runs, pc, f.decl.0, f.decl.1);
        }
        push(&mut runs, s, file, line);
        pc = e.min(f.size);
    }
    if runs.is_empty() {
        push(&mut runs, 0, f.decl.0, f.decl.1);
    }
    runs
}

/// Encode the table for `funcs`; `paths` names file ids (what tracebacks print).
pub fn encode(funcs: &[FuncLines], paths: &[String]) -> Table {
    // files used, in order of first use
    let mut file_index: HashMap<u32, u32> = HashMap::new();
    let mut files: Vec<u32> = Vec::new();
    let mut index = |id: u32| -> u32 {
        *file_index.entry(id).or_insert_with(|| {
            files.push(id);
            files.len() as u32 - 1
        })
    };
    let all_runs: Vec<Vec<(u32, u32, u32)>> = funcs.iter().map(runs).collect();
    let mut func_file = Vec::with_capacity(funcs.len());
    let mut programs: Vec<Vec<u8>> = Vec::with_capacity(funcs.len());
    for (f, rs) in funcs.iter().zip(&all_runs) {
        let first = index(rs.first().map_or(f.decl.0, |r| r.1));
        func_file.push(first);
        let mut p = Vec::new();
        let (mut file, mut line) = (first, 0u32);
        for (i, &(start, fid, l)) in rs.iter().enumerate() {
            let end = rs.get(i + 1).map_or(f.size, |r| r.0);
            let fi = index(fid);
            let dl = l as i64 - line as i64;
            let zz = ((dl << 1) ^ (dl >> 63)) as u64;
            uvarint(&mut p, (zz << 1) | (fi != file) as u64);
            if fi != file {
                uvarint(&mut p, fi as u64);
            }
            uvarint(&mut p, (end - start) as u64);
            (file, line) = (fi, l);
        }
        p.extend_from_slice(&[0, 0]);
        programs.push(p);
    }
    let head = 16 + FUNC_SIZE * funcs.len() + 4 * files.len();
    let mut blob: Vec<u8> = Vec::new();
    let mut out = Vec::with_capacity(head);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(funcs.len() as u32).to_le_bytes());
    out.extend_from_slice(&(files.len() as u32).to_le_bytes());
    let mut entry_offsets = Vec::with_capacity(funcs.len());
    for (i, f) in funcs.iter().enumerate() {
        entry_offsets.push(out.len() as u32);
        out.extend_from_slice(&0u64.to_le_bytes());
        out.extend_from_slice(&f.size.to_le_bytes());
        let name = (head + blob.len()) as u32;
        blob.extend_from_slice(f.name.as_bytes());
        blob.push(0);
        let prog = (head + blob.len()) as u32;
        blob.extend_from_slice(&programs[i]);
        out.extend_from_slice(&name.to_le_bytes());
        out.extend_from_slice(&prog.to_le_bytes());
        out.extend_from_slice(&func_file[i].to_le_bytes());
    }
    for &id in &files {
        out.extend_from_slice(&((head + blob.len()) as u32).to_le_bytes());
        let p = paths.get(id as usize).map_or("?", |s| s.as_str());
        blob.extend_from_slice(p.as_bytes());
        blob.push(0);
    }
    out.extend_from_slice(&blob);
    Table { bytes: out, entry_offsets }
}

/// The paths a traceback prints for `names` (the program's file names, the
/// user's `n_user` first): the user's files made absolute against `cwd`
/// (Go prints absolute paths), the bundled packages' under `$GOROOT/src/`
/// (how Go prints standard-library files built with -trimpath).
pub fn file_paths(names: &[String], n_user: usize, cwd: Option<&str>) -> Vec<String> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if i >= n_user {
                format!("$GOROOT/src/{n}")
            } else if n.starts_with('/') {
                n.clone()
            } else if let Some(d) = cwd {
                let mut rel = n.as_str();
                let mut dir = d.trim_end_matches('/').to_string();
                loop {
                    if let Some(r) = rel.strip_prefix("./") {
                        rel = r;
                    } else if let Some(r) = rel.strip_prefix("../") {
                        rel = r;
                        dir.truncate(dir.rfind('/').unwrap_or(0));
                    } else {
                        break;
                    }
                }
                format!("{dir}/{rel}")
            } else {
                n.clone()
            }
        })
        .collect()
}

/// Decodes the line program at `prog` for code offset `off`: (file index, line).
/// The inverse of [`encode`], for tests and tools.
pub fn lookup(table: &[u8], func: usize, off: u32) -> Option<(String, u32)> {
    let u32_at = |o: usize| -> Option<u32> {
        Some(u32::from_le_bytes(table.get(o..o + 4)?.try_into().ok()?))
    };
    let rec = 16 + FUNC_SIZE * func;
    let nfunc = u32_at(8)? as usize;
    if func >= nfunc {
        return None;
    }
    let mut p = u32_at(rec + 16)? as usize;
    let mut file = u32_at(rec + 20)?;
    let mut line = 0i64;
    let mut pc = 0u32;
    let read = |p: &mut usize| -> Option<u64> {
        let (mut v, mut shift) = (0u64, 0);
        loop {
            let b = *table.get(*p)?;
            *p += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Some(v);
            }
            shift += 7;
        }
    };
    loop {
        let v = read(&mut p)?;
        if v & 1 != 0 {
            file = read(&mut p)? as u32;
        }
        let zz = v >> 1;
        line += ((zz >> 1) as i64) ^ -((zz & 1) as i64);
        let d = read(&mut p)? as u32;
        if d == 0 {
            return None;
        }
        if off < pc + d {
            break;
        }
        pc += d;
    }
    let nfile = u32_at(12)? as usize;
    let fo = u32_at(16 + FUNC_SIZE * nfunc + 4 * file as usize)? as usize;
    let _ = nfile;
    let end = table[fo..].iter().position(|&b| b == 0)? + fo;
    Some((String::from_utf8_lossy(&table[fo..end]).into_owned(), line as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let funcs = vec![
            FuncLines {
                name: "main.f".into(),
                size: 40,
                decl: (0, 3),
                locs: vec![(4, 10, 0, 4), (10, 12, 0, 4), (12, 20, 1, 100), (30, 40, 0, 2)],
            },
            FuncLines { name: "main.main".into(), size: 8, decl: (0, 7), locs: vec![] },
        ];
        let paths = vec!["/a/x.go".to_string(), "$GOROOT/src/fmt/print.go".to_string()];
        let t = encode(&funcs, &paths);
        assert_eq!(&t.bytes[..8], MAGIC);
        assert_eq!(t.entry_offsets, vec![16, 16 + FUNC_SIZE as u32]);
        let at = |f, o| lookup(&t.bytes, f, o).map(|(p, l)| format!("{p}:{l}"));
        assert_eq!(at(0, 0).as_deref(), Some("/a/x.go:3"));
        assert_eq!(at(0, 4).as_deref(), Some("/a/x.go:4"));
        assert_eq!(at(0, 11).as_deref(), Some("/a/x.go:4"));
        assert_eq!(at(0, 12).as_deref(), Some("$GOROOT/src/fmt/print.go:100"));
        assert_eq!(at(0, 25).as_deref(), Some("$GOROOT/src/fmt/print.go:100"));
        assert_eq!(at(0, 39).as_deref(), Some("/a/x.go:2"));
        assert_eq!(at(0, 40), None);
        assert_eq!(at(1, 5).as_deref(), Some("/a/x.go:7"));
    }

    #[test]
    fn paths() {
        let names =
            vec!["./a.go".to_string(), "../b/c.go".into(), "/x/y.go".into(), "fmt/p.go".into()];
        assert_eq!(
            file_paths(&names, 3, Some("/w/d")),
            vec!["/w/d/a.go", "/w/b/c.go", "/x/y.go", "$GOROOT/src/fmt/p.go"]
        );
    }
}
