//! The `-S` listing of one compiled function, gc-shaped:
//!
//! ```text
//! main.add STEXT nosplit size=4 args=0x10 locals=0x0 funcid=0x0 align=0x0
//!     0x0000 00000 (a.go:3)    lea    (%rdi,%rsi),%rax
//! ```
//! (the fields are separated by tabs). Instructions are decoded with iced-x86
//! and printed in GNU syntax; a symbol resolver turns relocated operands into
//! names (`call main.add`, `lea go.string."hi"(%rip),%rax`).

use crate::text::Item;
use iced_x86::{
    Decoder, DecoderOptions, Formatter, GasFormatter, Instruction, SymbolResolver, SymbolResult,
};
use std::fmt::Write;

/// A relocation inside the function's code: byte offset, symbol, addend as
/// the symbol offset the code means (PC-relative bias removed).
pub struct CodeReloc {
    pub offset: u32,
    pub kind: crate::text::RelKind,
    pub name: String,
    pub addend: i64,
}

pub struct FuncListing<'a> {
    pub name: &'a str,
    pub code: &'a [u8],
    pub relocs: Vec<CodeReloc>,
    /// (start offset, end offset, file name, line), sorted by start.
    pub lines: Vec<(u32, u32, String, u32)>,
    /// Position printed for code without a source line (prologue).
    pub default_line: (String, u32),
    pub args: u32,
    pub locals: u32,
    pub leaf: bool,
}

struct Resolver {
    relocs: Vec<(u32, String)>,
}

impl SymbolResolver for Resolver {
    fn symbol(
        &mut self,
        ins: &Instruction,
        _operand: u32,
        _ins_operand: Option<u32>,
        address: u64,
        _size: u32,
    ) -> Option<SymbolResult<'_>> {
        let (start, end) = (ins.ip() as u32, ins.next_ip() as u32);
        let r = self.relocs.iter().find(|(o, _)| *o >= start && *o < end)?;
        Some(SymbolResult::with_str(address, r.1.as_str()))
    }
}

pub fn render(l: &FuncListing, out: &mut String) {
    let _ = writeln!(
        out,
        "{} STEXT{} size={} args={:#x} locals={:#x} funcid=0x0 align=0x0",
        l.name,
        if l.leaf { " nosplit" } else { "" },
        l.code.len(),
        l.args,
        l.locals
    );
    let relocs = l
        .relocs
        .iter()
        .map(|r| {
            let name =
                if r.addend == 0 { r.name.clone() } else { format!("{}{:+}", r.name, r.addend) };
            (r.offset, name)
        })
        .collect();
    let mut fmt = GasFormatter::with_options(Some(Box::new(Resolver { relocs })), None);
    fmt.options_mut().set_space_after_operand_separator(false);
    fmt.options_mut().set_rip_relative_addresses(true);
    fmt.options_mut().set_branch_leading_zeros(false);
    let pos = |off: u32| {
        l.lines
            .iter()
            .find(|(s, e, _, _)| off >= *s && off < *e)
            .map(|(_, _, f, n)| (f.as_str(), *n))
            .unwrap_or((l.default_line.0.as_str(), l.default_line.1))
    };
    let mut text = String::new();
    let mut insn = |ins: &Instruction, out: &mut String| {
        let off = ins.ip() as u32;
        let (file, line) = pos(off);
        text.clear();
        fmt.format_mnemonic(ins, &mut text);
        if ins.op_count() > 0 {
            text.push('\t');
            fmt.format_all_operands(ins, &mut text);
        }
        let _ = writeln!(out, "\t{off:#06x} {off:05} ({file}:{line})\t{text}");
    };
    // instructions, and the constants and jump tables after them as data
    // (not decoded as instructions)
    let trelocs: Vec<crate::text::Reloc> = l
        .relocs
        .iter()
        .map(|r| crate::text::Reloc {
            offset: r.offset,
            kind: r.kind,
            sym: r.name.clone(),
            addend: r.addend,
        })
        .collect();
    if let Some(layout) = crate::text::analyze(l.code, &trelocs) {
        for it in &layout.items {
            match it {
                Item::Insn { ins, .. } => insn(ins, out),
                Item::Pad { .. } => {}
                Item::Data { off, len } => {
                    let bytes = &l.code[*off as usize..(off + len) as usize];
                    for (i, chunk) in bytes.chunks(8).enumerate() {
                        let at = off + 8 * i as u32;
                        let hex: Vec<String> = chunk.iter().map(|b| format!("{b:#04x}")).collect();
                        let _ = writeln!(out, "\t{at:#06x} {at:05}\t.byte\t{}", hex.join(","));
                    }
                }
                Item::Table { off, targets } => {
                    for (i, t) in targets.iter().enumerate() {
                        let at = off + 4 * i as u32;
                        let _ = writeln!(out, "\t{at:#06x} {at:05}\t.long\t{t:#x}-{off:#x}");
                    }
                }
            }
        }
        return;
    }
    let mut dec = Decoder::with_ip(64, l.code, 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    while dec.can_decode() {
        dec.decode_out(&mut ins);
        insn(&ins, out);
    }
}

/// A data object as gc lists it: `NAME SRODATA size=N`, 16-byte hex dump lines,
/// then `rel OFF+8 t=1 SYM+ADD` for each relocation.
pub fn render_data(d: &ssa::DataObject, out: &mut String) {
    let kind = match (&d.init, d.readonly) {
        (_, true) => "SRODATA",
        (Some(_), false) => "SDATA",
        (None, false) => "SBSS",
    };
    let _ = writeln!(out, "{} {kind} size={}", d.name, d.size);
    if let Some(bytes) = &d.init {
        for (i, chunk) in bytes.chunks(16).enumerate() {
            let hex: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
            let ascii: String = chunk
                .iter()
                .map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' })
                .collect();
            let _ = writeln!(out, "\t{:#06x} {:<48}{ascii}", i * 16, hex.join(" "));
        }
    }
    for r in &d.relocs {
        let _ = writeln!(out, "\trel {}+8 t=1 {}{:+}", r.offset, r.sym, r.addend);
    }
}
