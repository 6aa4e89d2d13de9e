//! gc-style errorcheck tests (written below).
fn main() {}
