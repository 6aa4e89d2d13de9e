//! Robustness: mutated versions of every file test go through parse → verify →
//! print → dominators without a panic (the parser and verifier return errors).

use ssa::mutate::{Rng, mutate};
use std::path::Path;

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files")];
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../codegen/tests/files"));
    let mut n = 0;
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd {
            let src = std::fs::read_to_string(e.unwrap().path()).unwrap();
            for _ in 0..200 {
                let m = mutate(&src, &mut rng);
                if let Ok(p) = ssa::parse_program(&m) {
                    let ok = ssa::verify_program(&p).is_ok();
                    let _ = ssa::print_program(&p);
                    for f in &p.funcs {
                        if ok {
                            let (cfg, dt) = ssa::dom::DomTree::compute(f);
                            let _ = ssa::loops::LoopInfo::new(&cfg, &dt);
                        }
                    }
                    n += ok as usize;
                }
            }
        }
    }
    assert!(n > 0);
}
