//! The link step as data: the command line that turns the object and the
//! runtime archive into a static executable (no PT_INTERP, no DT_NEEDED). The
//! CLI runs it (and prints it with `-x`); nothing here touches files.

/// `ld -static -nostdlib --gc-sections -e _start -o OUT OBJ... RUNTIME`
/// (argv\[0\] is the linker). Functions are emitted one per section, so
/// `--gc-sections` drops the unreferenced ones.
pub fn link_command(out: &str, objects: &[&str], runtime_lib: &str) -> Vec<String> {
    let mut v: Vec<String> = [
        "ld",
        "-static",
        "-nostdlib",
        "--gc-sections",
        "--build-id=none",
        // the runtime archive carries DWARF; programs keep their symbol table only
        "--strip-debug",
        // and of it only global symbols: Go functions and data keep their names
        // (tracebacks, profilers, nm), the runtime's local Rust symbols go
        "--discard-all",
        "-z",
        "noexecstack",
        // one page-aligned segment per permission, without the padding pages
        // that separate code from headers (as Go's own linker lays it out)
        "-z",
        "noseparate-code",
        "-e",
        "_start",
        "-o",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push(out.to_string());
    v.extend(objects.iter().map(|s| s.to_string()));
    v.push(runtime_lib.to_string());
    v
}
