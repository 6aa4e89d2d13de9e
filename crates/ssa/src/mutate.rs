//! A seeded mutator of SSA text, for robustness tests: every consumer of the
//! text form (the parser, verifier and printer here; codegen) must turn the
//! mutants into errors, never a panic. Deterministic, no dependency.

/// xorshift64*: deterministic, no dependency.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
}

/// `src` with one to three random line edits (delete, swap, replace a word
/// with an SSA token, duplicate): text that is often almost valid SSA.
pub fn mutate(src: &str, rng: &mut Rng) -> String {
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
