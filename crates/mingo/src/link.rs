//! The link step: the program's object plus the embedded runtime archive, linked
//! by the system `ld` into a static executable (the command line comes from
//! `codegen::link_command`).

use std::path::Path;
use std::process::Command;

/// A private scratch directory, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> std::io::Result<TempDir> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let p = std::env::temp_dir().join(format!("mingo-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&p)?;
        Ok(TempDir(p))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Link `object` with the runtime into the executable `exe`. With `print`, the
/// command is printed to stderr first (`-x`).
pub fn link(object: &[u8], exe: &Path, print: bool) -> Result<(), String> {
    let tmp = TempDir::new("link").map_err(|e| format!("mingo: temporary directory: {e}"))?;
    let obj = tmp.0.join("go.o");
    let rt = tmp.0.join("libmingo_rt.a");
    std::fs::write(&obj, object).map_err(|e| format!("mingo: write {}: {e}", obj.display()))?;
    std::fs::write(&rt, crate::runtime_lib::RUNTIME_A)
        .map_err(|e| format!("mingo: write {}: {e}", rt.display()))?;
    // `ld` replaces its output file. For `-o /dev/null` (or any other non-regular
    // file) link into the scratch directory and write the bytes through instead,
    // as the go command does; never unlink a device.
    let special = std::fs::metadata(exe).map(|m| !m.is_file()).unwrap_or(false);
    let linked = if special { tmp.0.join("a.out") } else { exe.to_path_buf() };
    let exe_s = linked.to_string_lossy();
    let argv = codegen::link_command(&exe_s, &[&obj.to_string_lossy()], &rt.to_string_lossy());
    if print {
        eprintln!("{}", argv.join(" "));
    }
    let (prog, args) = argv.split_first().ok_or("mingo: empty link command")?;
    let res = Command::new(prog)
        .args(args)
        .output()
        .map_err(|e| format!("mingo: cannot run the linker {prog}: {e} (install binutils)"))?;
    if !res.status.success() {
        return Err(format!(
            "link: running {prog} failed: {}\n{}",
            res.status,
            String::from_utf8_lossy(&res.stderr)
        ));
    }
    if special {
        std::fs::copy(&linked, exe).map_err(|e| format!("mingo: write {}: {e}", exe.display()))?;
    }
    Ok(())
}
