//! `mingo compare [-runs N] [-flags '…']… FILES [-- ARGS]`: build a program
//! with the default compiler flags, `-l`, `-N -l` and each `-flags` given,
//! run every build N times (round-robin, so drift in the machine's speed
//! hits all builds alike) and print a table: executable size, build time
//! (compile and link), median run time with min–max, ratio to the default
//! build's median, and whether the output (stdout, stderr, exit status)
//! agrees with the default build's.

use crate::cli::BuildFlags;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// One build variant's measurements.
#[derive(Clone, Debug)]
pub struct Row {
    /// The variant's compiler flags (`""` for the default build).
    pub flags: String,
    pub size: u64,
    pub build: Duration,
    /// Every run's wall time, in run order.
    pub runs: Vec<Duration>,
    /// The output matched the default build's on every run.
    pub agrees: bool,
}

/// What a run printed and how it ended; builds agree when these are equal.
#[derive(Clone, PartialEq, Eq, Debug)]
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<i32>,
}

pub fn median(ds: &[Duration]) -> Duration {
    let mut v = ds.to_vec();
    v.sort();
    match v.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2,
    }
}

/// `12.3 ms`, `1.23 s`, `850 µs`: three significant digits.
pub fn fmt_duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    let (x, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else {
        (s * 1e6, "µs")
    };
    let digits = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    format!("{x:.digits$} {unit}")
}

/// `203 KB`, `1.52 MB` (powers of 1024, as `ls -h`).
pub fn fmt_size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.2} MB", n as f64 / (1u64 << 20) as f64)
    } else {
        format!("{} KB", (n + 512) >> 10)
    }
}

/// The table; the first row is the baseline of the ratio column.
pub fn format_table(rows: &[Row]) -> String {
    let base = rows.first().map(|r| median(&r.runs)).unwrap_or_default();
    let header = ["flags", "size", "build", "run (median)", "min – max", "vs default", "output"];
    let mut cells: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    for r in rows {
        let m = median(&r.runs);
        let min = r.runs.iter().min().copied().unwrap_or_default();
        let max = r.runs.iter().max().copied().unwrap_or_default();
        let ratio = if base.is_zero() { 0.0 } else { m.as_secs_f64() / base.as_secs_f64() };
        cells.push(vec![
            if r.flags.is_empty() { "(default)".to_string() } else { r.flags.clone() },
            fmt_size(r.size),
            fmt_duration(r.build),
            fmt_duration(m),
            format!("{} – {}", fmt_duration(min), fmt_duration(max)),
            format!("{ratio:.2}×"),
            if r.agrees { "same".to_string() } else { "DIFFERS".to_string() },
        ]);
    }
    let ncols = header.len();
    let width = |c: usize| cells.iter().map(|row| row[c].chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ncols).map(width).collect();
    let mut out = String::new();
    for (i, row) in cells.iter().enumerate() {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            // the flags column is left-aligned, the numbers right-aligned
            if c == 0 || c == ncols - 1 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            line.push_str("  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if i == 0 {
            let total: usize = widths.iter().sum::<usize>() + 2 * (ncols - 1);
            out.push_str(&"-".repeat(total));
            out.push('\n');
        }
    }
    let all = rows.iter().all(|r| r.agrees);
    out.push_str(if all {
        "outputs: all builds agree\n"
    } else {
        "outputs: DIFFER between builds\n"
    });
    out
}

/// The command: build every variant, run, print the table. Exit status 0
/// when every build succeeded and all outputs agree, 1 when outputs differ,
/// 2 when a build failed.
pub fn run(flags: &BuildFlags, runs: u32, variants: &[String], args: &[String]) -> ExitCode {
    let runs = runs.max(1);
    let mut split = args.iter().position(|a| !a.ends_with(".go")).unwrap_or(args.len());
    if split == 0 {
        split = 1; // a directory
    }
    let (inputs, mut prog_args) = args.split_at(split);
    if prog_args.first().map(String::as_str) == Some("--") {
        prog_args = &prog_args[1..];
    }
    let mut all_flags: Vec<String> = vec![String::new(), "-l".into(), "-N -l".into()];
    for v in variants {
        let v = v.trim().to_string();
        if !all_flags.contains(&v) {
            all_flags.push(v);
        }
    }

    let dir = std::env::temp_dir().join(format!("mingo-compare-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("mingo compare: {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let result = measure(flags, runs, &all_flags, inputs, prog_args, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(rows) => {
            print!("{}", format_table(&rows));
            if rows.iter().all(|r| r.agrees) { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        Err(code) => code,
    }
}

fn measure(
    flags: &BuildFlags,
    runs: u32,
    all_flags: &[String],
    inputs: &[String],
    prog_args: &[String],
    dir: &std::path::Path,
) -> Result<Vec<Row>, ExitCode> {
    let mut exes: Vec<PathBuf> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for (i, vf) in all_flags.iter().enumerate() {
        let gcflags = format!("{} {vf}", flags.gcflags).trim().to_string();
        let bf = BuildFlags { gcflags, ..flags.clone() };
        let out = dir.join(format!("v{i}"));
        let t = Instant::now();
        let exe = crate::build(&bf, Some(out.to_string_lossy().into_owned()), inputs)?;
        let build = t.elapsed();
        let size = std::fs::metadata(&exe).map(|m| m.len()).unwrap_or(0);
        exes.push(exe);
        rows.push(Row { flags: vf.clone(), size, build, runs: Vec::new(), agrees: true });
    }
    let mut reference: Option<Outcome> = None;
    for _ in 0..runs {
        for (exe, row) in exes.iter().zip(rows.iter_mut()) {
            let t = Instant::now();
            let out = Command::new(exe).args(prog_args).output().map_err(|e| {
                eprintln!("mingo compare: {}: {e}", exe.display());
                ExitCode::from(1)
            })?;
            row.runs.push(t.elapsed());
            let o = Outcome { stdout: out.stdout, stderr: out.stderr, status: out.status.code() };
            match &reference {
                None => reference = Some(o),
                Some(r) => row.agrees &= *r == o,
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[ms(5), ms(1), ms(3)]), ms(3));
        assert_eq!(median(&[ms(4), ms(1), ms(3), ms(2)]), Duration::from_micros(2500));
        assert_eq!(median(&[]), Duration::ZERO);
    }

    #[test]
    fn formats() {
        assert_eq!(fmt_duration(Duration::from_micros(1234)), "1.23 ms");
        assert_eq!(fmt_duration(ms(2500)), "2.50 s");
        assert_eq!(fmt_duration(Duration::from_micros(850)), "850 µs");
        assert_eq!(fmt_size(203 * 1024 + 100), "203 KB");
        assert_eq!(fmt_size(3 << 20), "3.00 MB");
    }

    #[test]
    fn table() {
        let rows = vec![
            Row {
                flags: "".into(),
                size: 1 << 20,
                build: ms(100),
                runs: vec![ms(10)],
                agrees: true,
            },
            Row {
                flags: "-N -l".into(),
                size: 1 << 20,
                build: ms(90),
                runs: vec![ms(25)],
                agrees: false,
            },
        ];
        let t = format_table(&rows);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 5, "{t}");
        assert!(lines[0].starts_with("flags") && lines[0].ends_with("output"), "{t}");
        assert!(lines[2].starts_with("(default)") && lines[2].contains("1.00×"), "{t}");
        assert!(lines[3].contains("2.50×") && lines[3].ends_with("DIFFERS"), "{t}");
        assert_eq!(lines[4], "outputs: DIFFER between builds");
    }
}
