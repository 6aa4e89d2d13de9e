//! The bundled Go standard library (SPEC section 2), as Go source embedded in the compiler.
//!
//! The packages live in `crates/std/go/<import path>/*.go`, are written in mingo's Go
//! subset (plus `unsafe` and `//go:linkname` runtime hooks, docs/abi.md §8) and are
//! compiled together with every program. `gotest/run.sh` tests them under real Go 1.19
//! against Go's own standard library.

/// Declares the bundled packages in dependency order (every package after the
/// packages it imports) with their files, embedded with `include_str!`.
macro_rules! bundle {
    ($($path:literal => [$($file:literal),* $(,)?]),* $(,)?) => {
        static PACKAGES: &[(&str, &[(&str, &str)])] = &[
            $(($path, &[$((concat!($path, "/", $file), include_str!(concat!("../go/", $path, "/", $file)))),*])),*
        ];
        static NAMES: &[&str] = &[$($path),*];
    };
}

bundle! {
    "unicode/utf8" => ["utf8.go"],
    "unicode" => ["casetables.go", "digit.go", "graphic.go", "letter.go", "tables.go"],
    "unicode/utf16" => ["utf16.go"],
    "internal/bytealg" => ["bytealg.go", "rt_mingo.go"],
    "internal/reflectlite" => ["kind.go", "rt_mingo.go", "type_mingo.go", "upper.go", "value_mingo.go"],
    "errors" => ["errors.go", "wrap.go"],
    "io" => ["io.go"],
    "math/bits" => ["bits.go", "bits_errors.go", "bits_tables.go"],
    "math" => [
        "abs.go", "acosh.go", "arch.go", "asin.go", "asinh.go", "atan.go", "atan2.go",
        "atanh.go", "bits.go", "cbrt.go", "const.go", "copysign.go", "dim.go", "erf.go",
        "erfinv.go", "exp.go", "expm1.go", "floor.go", "fma.go", "frexp.go", "gamma.go",
        "hypot.go", "j0.go", "j1.go", "jn.go", "ldexp.go", "lgamma.go", "log.go", "log10.go",
        "log1p.go", "logb.go", "mod.go", "modf.go", "nextafter.go", "pow.go", "pow10.go",
        "remainder.go", "rt_mingo.go", "signbit.go", "sin.go", "sincos.go", "sinh.go",
        "sqrt.go", "stubs.go", "tan.go", "tanh.go", "trig_reduce.go", "unsafe.go",
    ],
    "os" => ["file.go", "proc.go", "rt_mingo.go"],
    "strconv" => [
        "atob.go", "atof.go", "atoi.go", "bytealg.go", "decimal.go", "ftoa.go", "isprint.go",
        "itoa.go", "math.go", "quote.go", "rt_mingo.go",
    ],
    "strings" => [
        "builder.go", "clone.go", "compare.go", "reader.go", "replace.go", "search.go",
        "strings.go",
    ],
    "bytes" => ["buffer.go", "bytes.go", "reader.go"],
    "bufio" => ["bufio.go", "scan.go"],
    "sort" => ["search.go", "slice.go", "slice_go113.go", "sort.go", "zsortfunc.go", "zsortinterface.go"],
    "container/heap" => ["heap.go"],
    "container/list" => ["list.go"],
    "math/rand" => ["exp.go", "normal.go", "rand.go", "rng.go", "zipf.go"],
    "internal/fmtsort" => ["sort.go"],
    "fmt" => ["errors.go", "format.go", "math.go", "print.go", "scan.go"],
    "time" => ["duration.go", "rt_mingo.go", "time.go"],
}

/// The files of the bundled package with import path `path` (e.g. `"fmt"`,
/// `"math/bits"`), as `(name, source)` pairs where `name` is the path of the file
/// below `crates/std/go` (e.g. `"fmt/print.go"`); `None` if there is no such package.
pub fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, files)| *files)
}

/// The import paths of all bundled packages, in dependency order: every package
/// comes after the packages it imports, so initializing them in this order is valid.
/// (`unsafe` is not listed: it is built into the compiler.)
pub fn packages() -> &'static [&'static str] {
    NAMES
}

/// Whether `path` is the import path of a bundled package.
pub fn is_bundled(path: &str) -> bool {
    NAMES.contains(&path)
}

/// The runtime symbols the bundled packages bind with `//go:linkname` (the hooks listed in
/// docs/abi.md §8), sorted and without duplicates, e.g. `"runtime.write"`. The runtime must
/// define every one of them for programs importing the packages that use them to link.
pub fn runtime_hooks() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = PACKAGES
        .iter()
        .flat_map(|(_, files)| files.iter())
        .flat_map(|(_, src)| src.lines())
        .filter_map(|l| l.strip_prefix("//go:linkname "))
        .filter_map(|rest| rest.split_whitespace().nth(1))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    fn go_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("go")
    }

    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "go") {
                out.push(p);
            }
        }
    }

    /// The import paths in a file's import declarations.
    fn imports(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut in_block = false;
        for line in src.lines() {
            let t = line.trim();
            if t == "import (" {
                in_block = true;
                continue;
            }
            if in_block && t == ")" {
                in_block = false;
                continue;
            }
            if (in_block || t.starts_with("import "))
                && let Some(a) = t.find('"')
            {
                let rest = &t[a + 1..];
                out.push(rest[..rest.find('"').unwrap()].to_string());
            }
        }
        out
    }

    #[test]
    fn every_file_is_embedded() {
        let mut files = Vec::new();
        walk(&go_root(), &mut files);
        let on_disk: BTreeSet<String> = files
            .iter()
            .map(|p| p.strip_prefix(go_root()).unwrap().to_str().unwrap().replace('\\', "/"))
            .collect();
        let embedded: BTreeSet<String> =
            PACKAGES.iter().flat_map(|(_, fs)| fs.iter().map(|(n, _)| n.to_string())).collect();
        let missing: Vec<_> = on_disk.difference(&embedded).collect();
        let stale: Vec<_> = embedded.difference(&on_disk).collect();
        assert!(missing.is_empty(), "files not listed in crates/std/src/lib.rs: {missing:?}");
        assert!(stale.is_empty(), "listed files that do not exist: {stale:?}");
        for (name, src) in PACKAGES.iter().flat_map(|(_, fs)| fs.iter()) {
            let disk = std::fs::read_to_string(go_root().join(name)).unwrap();
            assert_eq!(&disk, src, "{name}");
        }
    }

    #[test]
    fn packages_are_in_dependency_order() {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for (path, files) in PACKAGES {
            for (name, src) in files.iter() {
                for imp in imports(src) {
                    assert!(
                        imp == "unsafe" || seen.contains(imp.as_str()),
                        "{name} imports {imp:?}, which is not a bundled package listed before {path}"
                    );
                }
            }
            assert!(seen.insert(path), "{path} listed twice");
        }
        assert_eq!(packages().len(), PACKAGES.len());
    }

    #[test]
    fn package_clauses_match_paths() {
        for (path, files) in PACKAGES {
            let want = path.rsplit('/').next().unwrap();
            for (name, src) in files.iter() {
                let clause = src
                    .lines()
                    .find_map(|l| l.strip_prefix("package "))
                    .unwrap_or_else(|| panic!("{name}: no package clause"));
                assert_eq!(clause.trim(), want, "{name}");
            }
        }
    }

    #[test]
    fn api() {
        assert!(package("fmt").unwrap().iter().any(|(n, _)| *n == "fmt/print.go"));
        assert!(package("math/bits").is_some());
        assert!(package("reflect").is_none());
        assert!(is_bundled("strings") && !is_bundled("unsafe"));
        assert_eq!(packages()[0], "unicode/utf8");
        let hooks = runtime_hooks();
        assert!(hooks.contains(&"runtime.write") && hooks.contains(&"runtime.ftoa"));
        assert!(hooks.iter().all(|h| h.starts_with("runtime.")));
    }

    /// Only files named *_mingo.go may bind runtime hooks; every hook they bind is
    /// documented in docs/abi.md §8.
    #[test]
    fn runtime_hooks_are_documented() {
        let abi = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/abi.md"),
        )
        .unwrap();
        for (name, src) in PACKAGES.iter().flat_map(|(_, fs)| fs.iter()) {
            for line in src.lines() {
                if let Some(rest) = line.strip_prefix("//go:linkname ") {
                    assert!(
                        name.ends_with("_mingo.go"),
                        "{name}: go:linkname outside a *_mingo.go file"
                    );
                    let target = rest.split_whitespace().nth(1).unwrap();
                    assert!(
                        abi.contains(&format!("`{target}`")),
                        "{name}: hook {target} is not in docs/abi.md §8"
                    );
                }
            }
        }
    }

    /// Runs crates/std/gotest/run.sh -short: the bundled packages under real Go,
    /// compared with Go's standard library. Skipped (and says so) without a go binary
    /// or with MINGO_SKIP_GOTEST=1.
    #[test]
    fn gotest_against_real_go() {
        if std::env::var_os("MINGO_SKIP_GOTEST").is_some() {
            eprintln!("gotest skipped: MINGO_SKIP_GOTEST is set");
            return;
        }
        let have_go = std::process::Command::new("go")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !have_go {
            eprintln!(
                "gotest skipped: no go binary on PATH (crates/std/gotest/run.sh needs Go 1.19)"
            );
            return;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("gotest/run.sh");
        let out = std::process::Command::new("sh").arg(&script).arg("-short").output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "crates/std/gotest/run.sh -short failed:\n{text}");
    }
}
