//! Build SSA for small programs under every option combination and verify it.
mod common;

fn prog(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/progs/{name}.go", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
}

#[test]
fn basic() {
    common::build_all(&prog("basic"), &[]);
}

#[test]
fn iface() {
    common::build_all(&prog("iface"), &common::fakestd());
}

#[test]
fn closures() {
    common::build_all(&prog("closures"), &[]);
}

#[test]
fn defer() {
    common::build_all(&prog("defer"), &common::fakestd());
}

#[test]
fn maps() {
    common::build_all(&prog("maps"), &[]);
}

#[test]
fn chans() {
    common::build_all(&prog("chans"), &common::fakestd());
}
