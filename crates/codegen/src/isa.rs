//! The one place that builds the Cranelift ISA: x86-64 System V, non-PIC,
//! opt level from `-N`, and the x64 feature flags of a GOAMD64 level enabled one
//! by one by Go's definitions (Cranelift's presets leave gaps, see the notes).

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use std::str::FromStr;
use target_lexicon::Triple;

/// Cranelift x64 flags a GOAMD64 level turns on (cumulative). Go's v2 also
/// has CMPXCHG16B/LAHF-SAHF, v3 MOVBE/F16C/OSXSAVE, v4 AVX512BW/CD: Cranelift has
/// no flag for those (the runtime's start-up check still tests them).
pub fn goamd64_flags(level: u8) -> Vec<&'static str> {
    let mut v = Vec::new();
    if level >= 2 {
        v.extend([
            "has_sse3",
            "has_ssse3",
            "has_sse41",
            "has_sse42",
            "has_popcnt",
            "has_cmpxchg16b",
        ]);
    }
    if level >= 3 {
        v.extend(["has_avx", "has_avx2", "has_bmi1", "has_bmi2", "has_lzcnt", "has_fma"]);
    }
    if level >= 4 {
        v.extend(["has_avx512f", "has_avx512vl", "has_avx512dq"]);
    }
    v
}

/// Build the target ISA for `goamd64` (1..=4) and optimization on/off.
pub fn build_isa(goamd64: u8, optimize: bool) -> Result<OwnedTargetIsa, String> {
    if !(1..=4).contains(&goamd64) {
        return Err(format!("GOAMD64=v{goamd64}: invalid level (want v1, v2, v3 or v4)"));
    }
    let mut flags = settings::builder();
    let set = |b: &mut settings::Builder, k: &str, v: &str| {
        b.set(k, v).map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    set(&mut flags, "opt_level", if optimize { "speed" } else { "none" })?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "unwind_info", "false")?;
    set(&mut flags, "enable_probestack", "true")?;
    set(&mut flags, "probestack_strategy", "inline")?;
    let triple = Triple::from_str("x86_64-unknown-linux-gnu").map_err(|e| e.to_string())?;
    let mut isa = cranelift_codegen::isa::lookup(triple).map_err(|e| e.to_string())?;
    for f in goamd64_flags(goamd64) {
        isa.enable(f).map_err(|e| format!("cranelift x64 flag {f}: {e}"))?;
    }
    isa.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}
