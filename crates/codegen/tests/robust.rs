//! Robustness: mutated versions of every file test that still verify compile
//! without a panic (errors are diagnostics).

use std::path::Path;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
}

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(|l| l.to_string()).collect();
    let tokens = [
        "v0",
        "v3",
        "b1",
        "b0",
        "<i8>",
        "<bool>",
        "[-1]",
        "(",
        ")",
        "→",
        "Ret",
        "Plain → b0",
        "{ss0}",
        "",
    ];
    for _ in 0..1 + rng.next() % 3 {
        if lines.is_empty() {
            break;
        }
        let i = (rng.next() % lines.len() as u64) as usize;
        match rng.next() % 4 {
            0 => {
                lines.remove(i);
            }
            1 => {
                let j = (rng.next() % lines.len() as u64) as usize;
                lines.swap(i, j);
            }
            2 => {
                let words: Vec<&str> = lines[i].split(' ').collect();
                let k = (rng.next() % words.len() as u64) as usize;
                let t = tokens[(rng.next() % tokens.len() as u64) as usize];
                let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
                w[k] = t.to_string();
                lines[i] = w.join(" ");
            }
            _ => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
        }
    }
    lines.join("\n")
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files")];
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../ssa/tests/files"));
    let mut n = 0;
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd {
            let src = std::fs::read_to_string(e.unwrap().path()).unwrap();
            for _ in 0..40 {
                let m = mutate(&src, &mut rng);
                if let Ok(p) = ssa::parse_program(&m) {
                    let ok = ssa::verify_program(&p).is_ok();
                    if ok {
                        let _ = codegen::compile(&p, &codegen::Options::default());
                        n += 1;
                    }
                }
            }
        }
    }
    assert!(n > 0);
}
