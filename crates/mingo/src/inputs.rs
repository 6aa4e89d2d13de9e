//! Finding and reading the program's source files, and naming them as the go
//! command does in diagnostics.

use std::path::{Path, PathBuf};
use syntax::SourceFile;

/// The user's program: its files (named for diagnostics) and the executable's default name.
pub struct Program {
    pub files: Vec<SourceFile>,
    /// Absolute paths, parallel to `files` (the `-S` listing of `go build` prints them).
    pub paths: Vec<PathBuf>,
    /// `go build`'s default output name: the first file's stem, or the directory's name.
    pub default_output: String,
    /// The directory holding the main package (for `-pgo=auto`: `default.pgo` there).
    pub dir: PathBuf,
}

/// Read `inputs` (several `.go` files, or exactly one directory).
pub fn load(inputs: &[String]) -> Result<Program, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("cannot read working directory: {e}"))?;
    let mut paths: Vec<PathBuf> = Vec::new();
    let default_output;
    let dir;
    if inputs.len() == 1 && Path::new(&inputs[0]).is_dir() {
        let d = cwd.join(&inputs[0]);
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&d)
            .map_err(|e| format!("open {}: {e}", inputs[0]))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                n.ends_with(".go") && !n.ends_with("_test.go") && !n.starts_with(['.', '_'])
            })
            .collect();
        entries.sort();
        if entries.is_empty() {
            return Err(format!("no Go files in {}", d.display()));
        }
        paths = entries;
        let canon = d.canonicalize().unwrap_or(d.clone());
        default_output = canon.file_name().and_then(|n| n.to_str()).unwrap_or("main").to_string();
        dir = d;
    } else {
        for i in inputs {
            if !i.ends_with(".go") {
                return Err(format!("named files must be .go files: {i}"));
            }
            paths.push(cwd.join(i));
        }
        let first = Path::new(&inputs[0]);
        default_output = first.file_stem().and_then(|n| n.to_str()).unwrap_or("main").to_string();
        dir = paths[0].parent().map(Path::to_path_buf).unwrap_or(cwd.clone());
    }
    let mut files = Vec::new();
    for p in &paths {
        let text = std::fs::read(p).map_err(|e| format!("open {}: {e}", p.display()))?;
        let text = String::from_utf8_lossy(&text).into_owned();
        files.push(SourceFile { name: short_path(&cwd, p), text });
    }
    Ok(Program { files, paths, default_output, dir })
}

/// The go command's `base.ShortPath`-like naming: relative to the working directory
/// when that is shorter, with `./` for files directly in it.
pub fn short_path(cwd: &Path, p: &Path) -> String {
    if let Ok(rel) = p.strip_prefix(cwd) {
        let r = rel.to_string_lossy().into_owned();
        return if rel.components().count() == 1 { format!("./{r}") } else { r };
    }
    p.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_like_go_build() {
        let cwd = Path::new("/w");
        assert_eq!(short_path(cwd, Path::new("/w/a.go")), "./a.go");
        assert_eq!(short_path(cwd, Path::new("/w/sub/a.go")), "sub/a.go");
        assert_eq!(short_path(cwd, Path::new("/x/a.go")), "/x/a.go");
    }
}
