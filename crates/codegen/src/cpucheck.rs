//! The GOAMD64 start-up check of a v2/v3/v4 executable: a small function,
//! written here as machine code (Cranelift has no CPUID or XGETBV), that
//! `main.init` calls first — `main.init` is the first Go code the runtime runs,
//! so no instruction of the level executes before the check.
//!
//! It tests what Go's runtime tests (runtime/asm_amd64.s, by the levels of the
//! x86-64 psABI): CPUID.1:ECX SSE3 SSSE3 CX16 SSE4.1 SSE4.2 POPCNT (v3: + FMA
//! MOVBE OSXSAVE AVX F16C), CPUID.80000001h:ECX LAHF-SAHF (v3: + LZCNT),
//! CPUID.(7,0):EBX v3 BMI1 AVX2 BMI2 (v4: + AVX512 F DQ CD BW VL), XCR0 v3 XMM
//! YMM (v4: + opmask ZMM_Hi256 Hi16_ZMM). Two checks are stricter than Go's:
//! the highest basic leaf must be ≥ 7 before leaf 7 is read (Go only checks
//! it is not 0), and the highest extended leaf is compared unsigned.
//!
//! Failing, it writes Go's message
//! `This program can only be run on AMD64 processors with vN microarchitecture support.`
//! to fd 2 (`write`) and exits with status 1 (`exit_group`), as Go does.
//!
//! ```text
//!     push %rbx                  ; CPUID clobbers rbx (callee-saved)
//!     xor  %eax,%eax ; cpuid
//!     cmp  $MIN_LEAF,%eax ; jb bad
//!     mov  $1,%eax ; cpuid
//!     and  $CX,%ecx ; cmp $CX,%ecx ; jne bad
//!     mov  $0x80000000,%eax ; cpuid
//!     cmp  $0x80000001,%eax ; jb bad
//!     [v3+] mov $7,%eax ; xor %ecx,%ecx ; cpuid
//!           and $BX,%ebx ; cmp $BX,%ebx ; jne bad
//!     mov  $0x80000001,%eax ; cpuid
//!     and  $EXT_CX,%ecx ; cmp $EXT_CX,%ecx ; jne bad
//!     [v3+] xor %ecx,%ecx ; xgetbv            ; OSXSAVE was checked above
//!           and $XCR0,%eax ; cmp $XCR0,%eax ; jne bad
//!     pop  %rbx ; ret
//! bad:
//!     mov $1,%eax ; mov $2,%edi ; lea MSG(%rip),%rsi ; mov $LEN,%edx ; syscall
//!     mov $231,%eax ; mov $1,%edi ; syscall ; ud2
//! ```

/// The function's symbol (local to the object).
pub const SYMBOL: &str = "go.cpucheck";
/// The message's symbol (local, read-only).
pub const MSG_SYMBOL: &str = "go.cpucheck.msg";

/// Go's message for `level`, with its newline.
pub fn message(level: u8) -> String {
    format!(
        "This program can only be run on AMD64 processors with v{level} microarchitecture support.\n"
    )
}

/// CPUID.1:ECX bits.
fn features_cx(level: u8) -> u32 {
    // SSE3, SSSE3, CMPXCHG16B, SSE4.1, SSE4.2, POPCNT
    let v2 = 1 << 0 | 1 << 9 | 1 << 13 | 1 << 19 | 1 << 20 | 1 << 23;
    // FMA, MOVBE, OSXSAVE, AVX, F16C
    let v3 = 1 << 12 | 1 << 22 | 1 << 27 | 1 << 28 | 1 << 29;
    if level >= 3 { v2 | v3 } else { v2 }
}

/// CPUID.80000001h:ECX bits: LAHF/SAHF; v3 ABM (LZCNT).
fn ext_features_cx(level: u8) -> u32 {
    if level >= 3 { 1 << 0 | 1 << 5 } else { 1 << 0 }
}

/// CPUID.(EAX=7,ECX=0):EBX bits: BMI1, AVX2, BMI2; v4 AVX512F/DQ/CD/BW/VL.
fn ext_features_bx(level: u8) -> u32 {
    let v3 = 1 << 3 | 1 << 5 | 1 << 8;
    let v4 = 1 << 16 | 1 << 17 | 1 << 28 | 1 << 30 | 1u32 << 31;
    if level >= 4 { v3 | v4 } else { v3 }
}

/// XCR0 bits the OS must enable: XMM, YMM; v4 opmask, ZMM_Hi256, Hi16_ZMM.
fn os_support_ax(level: u8) -> u32 {
    if level >= 4 { 1 << 1 | 1 << 2 | 1 << 5 | 1 << 6 | 1 << 7 } else { 1 << 1 | 1 << 2 }
}

/// The function's machine code for `level` (2..=4) and the offset of the
/// 32-bit PC-relative field that must point at the message (addend −4).
pub fn code(level: u8) -> (Vec<u8>, u32) {
    let mut c: Vec<u8> = Vec::new();
    let mut fixups: Vec<usize> = Vec::new(); // rel32 fields that jump to `bad`
    let imm = |c: &mut Vec<u8>, v: u32| c.extend_from_slice(&v.to_le_bytes());
    let jcc_bad = |c: &mut Vec<u8>, fx: &mut Vec<usize>, cc: u8| {
        c.extend_from_slice(&[0x0f, cc]);
        fx.push(c.len());
        c.extend_from_slice(&[0; 4]);
    };
    const JB: u8 = 0x82;
    const JNE: u8 = 0x85;
    const CPUID: [u8; 2] = [0x0f, 0xa2];
    c.push(0x53); // push %rbx
    c.extend_from_slice(&[0x31, 0xc0]); // xor %eax,%eax
    c.extend_from_slice(&CPUID);
    c.push(0x3d); // cmp $imm32,%eax
    imm(&mut c, if level >= 3 { 7 } else { 1 });
    jcc_bad(&mut c, &mut fixups, JB);
    c.push(0xb8); // mov $1,%eax
    imm(&mut c, 1);
    c.extend_from_slice(&CPUID);
    c.extend_from_slice(&[0x81, 0xe1]); // and $imm32,%ecx
    imm(&mut c, features_cx(level));
    c.extend_from_slice(&[0x81, 0xf9]); // cmp $imm32,%ecx
    imm(&mut c, features_cx(level));
    jcc_bad(&mut c, &mut fixups, JNE);
    c.push(0xb8); // mov $0x80000000,%eax
    imm(&mut c, 0x8000_0000);
    c.extend_from_slice(&CPUID);
    c.push(0x3d); // cmp $0x80000001,%eax
    imm(&mut c, 0x8000_0001);
    jcc_bad(&mut c, &mut fixups, JB);
    if level >= 3 {
        c.push(0xb8); // mov $7,%eax
        imm(&mut c, 7);
        c.extend_from_slice(&[0x31, 0xc9]); // xor %ecx,%ecx
        c.extend_from_slice(&CPUID);
        c.extend_from_slice(&[0x81, 0xe3]); // and $imm32,%ebx
        imm(&mut c, ext_features_bx(level));
        c.extend_from_slice(&[0x81, 0xfb]); // cmp $imm32,%ebx
        imm(&mut c, ext_features_bx(level));
        jcc_bad(&mut c, &mut fixups, JNE);
    }
    c.push(0xb8); // mov $0x80000001,%eax
    imm(&mut c, 0x8000_0001);
    c.extend_from_slice(&CPUID);
    c.extend_from_slice(&[0x81, 0xe1]); // and $imm32,%ecx
    imm(&mut c, ext_features_cx(level));
    c.extend_from_slice(&[0x81, 0xf9]); // cmp $imm32,%ecx
    imm(&mut c, ext_features_cx(level));
    jcc_bad(&mut c, &mut fixups, JNE);
    if level >= 3 {
        c.extend_from_slice(&[0x31, 0xc9]); // xor %ecx,%ecx
        c.extend_from_slice(&[0x0f, 0x01, 0xd0]); // xgetbv
        c.push(0x25); // and $imm32,%eax
        imm(&mut c, os_support_ax(level));
        c.push(0x3d); // cmp $imm32,%eax
        imm(&mut c, os_support_ax(level));
        jcc_bad(&mut c, &mut fixups, JNE);
    }
    c.push(0x5b); // pop %rbx
    c.push(0xc3); // ret
    let bad = c.len();
    for f in fixups {
        let rel = bad as i32 - (f as i32 + 4);
        c[f..f + 4].copy_from_slice(&rel.to_le_bytes());
    }
    c.push(0xb8); // mov $1,%eax (write)
    imm(&mut c, 1);
    c.push(0xbf); // mov $2,%edi
    imm(&mut c, 2);
    c.extend_from_slice(&[0x48, 0x8d, 0x35]); // lea MSG(%rip),%rsi
    let msg_field = c.len() as u32;
    c.extend_from_slice(&[0; 4]);
    c.push(0xba); // mov $LEN,%edx
    imm(&mut c, message(level).len() as u32);
    c.extend_from_slice(&[0x0f, 0x05]); // syscall
    c.push(0xb8); // mov $231,%eax (exit_group)
    imm(&mut c, 231);
    c.push(0xbf); // mov $1,%edi
    imm(&mut c, 1);
    c.extend_from_slice(&[0x0f, 0x05]); // syscall
    c.extend_from_slice(&[0x0f, 0x0b]); // ud2
    (c, msg_field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced_x86::{Decoder, DecoderOptions, Formatter, GasFormatter, Instruction};

    fn disasm(code: &[u8]) -> Vec<String> {
        let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
        let mut fmt = GasFormatter::new();
        let mut out = Vec::new();
        let mut ins = Instruction::default();
        while dec.can_decode() {
            dec.decode_out(&mut ins);
            assert!(!ins.is_invalid(), "invalid instruction at {:#x}", ins.ip());
            let mut s = String::new();
            fmt.format(&ins, &mut s);
            out.push(s);
        }
        out
    }

    #[test]
    fn decodes_as_written() {
        let (c, msg) = code(3);
        let d = disasm(&c);
        assert_eq!(d[0], "push %rbx");
        assert!(d.contains(&"xgetbv".to_string()));
        assert!(d.contains(&"and $0x38D83201,%ecx".to_string()), "{d:?}");
        assert!(d.contains(&"and $0x128,%ebx".to_string()), "{d:?}");
        assert_eq!(d.last().unwrap(), "ud2");
        assert_eq!(&c[msg as usize - 3..msg as usize], &[0x48, 0x8d, 0x35]);
        let d2 = disasm(&code(2).0);
        assert!(!d2.iter().any(|s| s.contains("xgetbv") || s.contains("ebx")), "{d2:?}");
        let d4 = disasm(&code(4).0);
        assert!(d4.contains(&"and $0xD0030128,%ebx".to_string()), "{d4:?}");
        assert!(d4.contains(&"and $0xE6,%eax".to_string()), "{d4:?}");
    }

    #[test]
    fn message_is_gos() {
        assert_eq!(message(3).len(), 84);
        assert_eq!(
            message(2),
            "This program can only be run on AMD64 processors with v2 microarchitecture support.\n"
        );
    }
}
