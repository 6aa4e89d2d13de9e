//! Compiler flags as `go tool compile` takes them (and as `-gcflags` passes them):
//! `-m` (repeatable, or `-m=N`), `-l`, `-N`, `-S`, `-B`, `-d=LIST`, `-o FILE`, `-asm FILE`.
//!
//! This follows Go's `flag` package syntax (`-f`, `--f`, `-f=v`, `-f v` for
//! non-boolean flags), which clap does not model; the go-command level flags are
//! parsed with clap in `cli.rs`.

/// What the compiler is asked to do, independent of how it was asked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompilerFlags {
    /// `-m` level: 0 = off, 1 = `-m`, 2 = `-m=2` or `-m -m`.
    pub m: u32,
    /// `-l`: disable inlining.
    pub no_inline: bool,
    /// `-N`: disable optimizations.
    pub no_opt: bool,
    /// `-S`: print the assembly listing.
    pub listing: bool,
    /// `-B`: disable bounds checks.
    pub no_bounds: bool,
    /// `-d=a/b/c=1,x/on`: the debug settings as written, in order (the SSA
    /// ones are interpreted by `ssa::passes::PassConfig::apply`).
    pub debug: Vec<String>,
    /// `-o FILE` (tool compile only).
    pub output: Option<String>,
    /// `-asm FILE` (tool compile only): write GNU assembler source.
    pub asm: Option<String>,
}

impl CompilerFlags {
    /// The value of a `-d` setting, e.g. `debug_value("ssa/check_bce/debug")`:
    /// `k=v` gives v, `k/on` and `k/off` give on/off, a bare `k` gives 1.
    #[cfg(test)]
    pub fn debug_value(&self, key: &str) -> Option<&str> {
        self.debug.iter().rev().find_map(|item| {
            let (k, v) = match item.rsplit_once('=') {
                Some(kv) => kv,
                None => match item.rsplit_once('/') {
                    Some((k, v @ ("on" | "off"))) => (k, v),
                    _ => (item.as_str(), "1"),
                },
            };
            (k == key).then_some(v)
        })
    }
}

/// An error in the flags, reported as Go's flag package reports it.
#[derive(Debug, PartialEq)]
pub struct FlagError(pub String);

/// Split a `-gcflags` value into words as the go command does (spaces separate,
/// single and double quotes group).
pub fn split_words(s: &str) -> Result<Vec<String>, FlagError> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                in_word = true;
            }
            None if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            None => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return Err(FlagError(format!("unterminated quoted string in {s:?}")));
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// Parse compiler flags; returns the flags and the remaining (file) arguments.
/// With `allow_files == false` every word must be a flag (the `-gcflags` case).
pub fn parse(
    words: &[String],
    into: &mut CompilerFlags,
    allow_files: bool,
) -> Result<Vec<String>, FlagError> {
    let mut files = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if !w.starts_with('-') || w == "-" {
            if !allow_files {
                return Err(FlagError(format!("unexpected argument {w:?} in compiler flags")));
            }
            files.push(w.clone());
            files.extend(words[i..].iter().cloned());
            break;
        }
        if w == "--" {
            files.extend(words[i..].iter().cloned());
            break;
        }
        let body = w.trim_start_matches('-');
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let mut take_value = |what: &str| -> Result<String, FlagError> {
            if let Some(v) = &value {
                return Ok(v.clone());
            }
            if i < words.len() {
                i += 1;
                return Ok(words[i - 1].clone());
            }
            Err(FlagError(format!("flag needs an argument: -{what}")))
        };
        match name {
            "m" => match &value {
                None => into.m += 1,
                Some(v) => into.m = parse_count(name, v)?,
            },
            "l" => into.no_inline = parse_bool(name, value.as_deref())?,
            "N" => into.no_opt = parse_bool(name, value.as_deref())?,
            "S" => into.listing = parse_bool(name, value.as_deref())?,
            "B" => into.no_bounds = parse_bool(name, value.as_deref())?,
            "d" => {
                let v = take_value("d")?;
                // `ssa/prove/debug=1`, `ssa/check/on`, `pgoinlinebudget=2000`
                into.debug.extend(v.split(',').filter(|s| !s.is_empty()).map(String::from));
            }
            "o" if allow_files => into.output = Some(take_value("o")?),
            "asm" if allow_files => into.asm = Some(take_value("asm")?),
            _ => return Err(FlagError(format!("flag provided but not defined: -{name}"))),
        }
    }
    Ok(files)
}

fn parse_bool(name: &str, v: Option<&str>) -> Result<bool, FlagError> {
    match v {
        None | Some("1" | "t" | "T" | "true" | "TRUE" | "True") => Ok(true),
        Some("0" | "f" | "F" | "false" | "FALSE" | "False") => Ok(false),
        Some(v) => Err(FlagError(format!("invalid boolean value {v:?} for -{name}: parse error"))),
    }
}

fn parse_count(name: &str, v: &str) -> Result<u32, FlagError> {
    match v {
        "true" => Ok(1),
        "false" => Ok(0),
        _ => v
            .parse()
            .map_err(|_| FlagError(format!("invalid value {v:?} for flag -{name}: parse error"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        split_words(s).unwrap()
    }

    #[test]
    fn m_counts_and_levels() {
        let mut f = CompilerFlags::default();
        parse(&words("-m -m -l"), &mut f, false).unwrap();
        assert_eq!((f.m, f.no_inline), (2, true));
        let mut f = CompilerFlags::default();
        parse(&words("-m=2 -N -S -B"), &mut f, false).unwrap();
        assert_eq!((f.m, f.no_opt, f.listing, f.no_bounds), (2, true, true, true));
    }

    #[test]
    fn debug_settings() {
        let mut f = CompilerFlags::default();
        parse(&words("-d=ssa/check_bce/debug=1,ssa/check/on -d ssa/opt/off"), &mut f, false)
            .unwrap();
        assert_eq!(f.debug_value("ssa/check_bce/debug"), Some("1"));
        assert_eq!(f.debug_value("ssa/check"), Some("on"));
        assert_eq!(f.debug_value("ssa/opt"), Some("off"));
        assert_eq!(f.debug_value("ssa/prove/debug"), None);
    }

    #[test]
    fn files_and_outputs_for_tool_compile() {
        let mut f = CompilerFlags::default();
        let files = parse(&words("-o x.o -asm=x.s a.go b.go"), &mut f, true).unwrap();
        assert_eq!(files, vec!["a.go", "b.go"]);
        assert_eq!(f.output.as_deref(), Some("x.o"));
        assert_eq!(f.asm.as_deref(), Some("x.s"));
    }

    #[test]
    fn errors_read_like_go() {
        let mut f = CompilerFlags::default();
        assert_eq!(
            parse(&words("-foo"), &mut f, false),
            Err(FlagError("flag provided but not defined: -foo".into()))
        );
        assert!(parse(&words("-o"), &mut f, true).is_err());
        assert!(parse(&words("a.go"), &mut f, false).is_err());
        assert!(split_words("'-m").is_err());
        assert_eq!(words("'-m -l' -N"), vec!["-m -l", "-N"]);
    }
}
