//! The runtime library (crates/runtime, built by build.rs) embedded in the CLI.
//! The link step writes [`RUNTIME_A`] to a temporary file and passes it to `ld`
//! after the program's object (docs/abi.md).

/// The bytes of `libmingo_rt.a`.
pub static RUNTIME_A: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libmingo_rt.a"));

/// Where the build left the archive (valid on the machine that built mingo; for
/// tests and tools that link without extracting [`RUNTIME_A`]).
#[allow(dead_code)]
pub const RUNTIME_A_PATH: &str = concat!(env!("OUT_DIR"), "/libmingo_rt.a");
