//! The pass table's ordering constraints hold (as gc's `passOrder` check),
//! every pass file starts with its contract, and `-d=ssa` flags parse.

use ssa::passes::{PASS_ORDER, PASSES, PassConfig, find_pass};

#[test]
fn ordering_constraints_hold() {
    let index = |n: &str| PASSES.iter().position(|p| p.name == n);
    for c in PASS_ORDER {
        let (Some(a), Some(b)) = (index(c.before), index(c.after)) else {
            panic!("constraint names an unknown pass: {} before {}", c.before, c.after);
        };
        assert!(a < b, "{} must run before {}: {}", c.before, c.after, c.reason);
        assert!(!c.reason.trim().is_empty(), "{} before {} has no reason", c.before, c.after);
    }
    let mut names: Vec<&str> = PASSES.iter().map(|p| p.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), PASSES.len(), "pass names are unique");
}

#[test]
fn every_pass_file_states_its_contract() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/passes");
    for f in [
        "branchelim.rs",
        "copyelim.rs",
        "cse.rs",
        "deadauto.rs",
        "deadcode.rs",
        "dse.rs",
        "fuse.rs",
        "opt/mod.rs",
        "phielim.rs",
        "phiopt.rs",
        "shortcircuit.rs",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        let head: String = text.lines().take_while(|l| l.starts_with("//!")).collect();
        for part in ["Contract", "Needs:", "Invalidates:", "Must follow:"] {
            assert!(head.contains(part), "{f}: the leading comment has no {part:?}");
        }
    }
}

#[test]
fn flags() {
    let mut c = PassConfig::default();
    c.apply("ssa/generic_cse/off").unwrap();
    assert!(c.off.contains("generic cse"));
    assert!(c.apply("ssa/opt/off").is_err(), "opt is required");
    c.apply("ssa/dse/dump=main.f").unwrap();
    assert!(find_pass("dead_auto_elim").is_some());
}
