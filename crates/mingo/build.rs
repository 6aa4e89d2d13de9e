//! Builds crates/runtime (a `#![no_std]` staticlib outside the workspace) with a
//! nested `cargo build --release` into its own target directory under OUT_DIR,
//! and copies the archive to `$OUT_DIR/libmingo_rt.a`, which `runtime_lib.rs`
//! embeds. The nested cargo runs with a cleaned environment so the outer
//! build's flags (RUSTFLAGS, profile, target, wrappers) do not leak into it.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let rt_dir = manifest_dir.join("../runtime").canonicalize().expect("crates/runtime exists");
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let target_dir = out_dir.join("rt-target");

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", rt_dir.join("Cargo.toml").display());
    println!("cargo:rerun-if-changed={}", rt_dir.join("src").display());

    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.current_dir(&rt_dir)
        .arg("build")
        .arg("--release")
        .arg("--offline")
        .arg("--manifest-path")
        .arg(rt_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir);
    // Keep only what locates the toolchain; drop everything cargo set for us.
    cmd.env_clear();
    for key in [
        "PATH",
        "HOME",
        "CARGO_HOME",
        "RUSTUP_HOME",
        "RUSTUP_TOOLCHAIN",
        "TMPDIR",
        "CARGO_MAKEFLAGS",
        "MAKEFLAGS",
        "MFLAGS",
    ] {
        if let Some(v) = env::var_os(key) {
            cmd.env(key, v);
        }
    }
    if let Some(rustc) = env::var_os("RUSTC") {
        cmd.env("RUSTC", rustc);
    }
    // frame pointers in the runtime too, so tracebacks can walk through it
    cmd.env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes");
    cmd.env("CARGO_TERM_COLOR", "never");

    let status = cmd.status().unwrap_or_else(|e| panic!("cannot run {cargo}: {e}"));
    if !status.success() {
        panic!("building the runtime (crates/runtime) failed: {status}");
    }
    let built = target_dir.join("release/libmingo_rt.a");
    // The runtime never unwinds (panic=abort; tracebacks walk frame pointers),
    // but core's code comes with unwind tables: drop them (5 KB per program).
    // Without objcopy the archive is used as built.
    let slim = target_dir.join("libmingo_rt.slim.a");
    let stripped = Command::new("objcopy")
        .args(["--remove-section=.eh_frame", "--remove-section=.rela.eh_frame"])
        .arg(&built)
        .arg(&slim)
        .status()
        .is_ok_and(|s| s.success());
    let dest = out_dir.join("libmingo_rt.a");
    copy_if_changed(if stripped { &slim } else { &built }, &dest);
}

fn copy_if_changed(from: &Path, to: &Path) {
    let new = std::fs::read(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display()));
    if std::fs::read(to).ok().as_deref() != Some(&new[..]) {
        std::fs::write(to, &new).unwrap_or_else(|e| panic!("write {}: {e}", to.display()));
    }
}
