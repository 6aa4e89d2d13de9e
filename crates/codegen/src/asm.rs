//! `tool compile -asm FILE.s`: an ELF relocatable object written back as GNU
//! assembler source that `as` turns into an equivalent object (same sections,
//! symbols with their binding, type and size, same relocations), which links
//! and behaves exactly like the object mingo writes itself.
//!
//! The source is made from the object's bytes, so it describes exactly what
//! mingo emits (including the GOAMD64 CPU check):
//!
//! * every section with its name, flags, type and alignment; sections whose
//!   name repeats (one `.text.subsection` per function) get `unique,N`, so
//!   `ld --gc-sections` still sees one section per function;
//! * code as instructions in AT&T syntax with size suffixes (iced-x86's GAS
//!   formatter), split by [`crate::text::analyze`]; branch targets, jump tables
//!   (`.long .Ltarget-.Ltable`) and constants get local labels named by item
//!   index, so `as` may pick other branch encodings without breaking anything;
//!   relocations become symbol operands (`callq main.add`,
//!   `leaq go.string."hi"(%rip)` through an alias, `movabsq $memset`); code
//!   that does not fit that shape is written as `.byte` lines with `.reloc`;
//! * data as `.byte` lines, relocations as `.quad SYM+ADDEND` (or `.reloc`);
//!   `.bss` as `.zero`;
//! * symbols: `.globl`/`.weak`, `.hidden`, `.type` (`@function`/`@object`),
//!   `.size`. Names that are not plain assembler identifiers (`main.(*T).M`,
//!   `go.string."a b"`, `main.f·f`) are written quoted in labels and
//!   directives, and in operands too, except names holding `"` or `\\`
//!   (`go.string."hi"`), which operands reach through `.set .LsN, "…"`
//!   aliases (gas does not parse escapes in operands). References to local
//!   symbols, which `as` turns into references to their section, are written
//!   as the symbol, so that the source of `as`'s object is this same source.
//!   Sections `as` makes by itself (`.text`, `.data`, `.bss`) come first, and
//!   are left out when empty and unused.

use crate::text::{self, Field, Item, RelKind, Reloc};
use iced_x86::{
    Formatter, GasFormatter, Instruction, OpKind, Register, SymbolResolver, SymbolResult,
};
use object::elf;
use object::read::elf::{ElfFile64, SectionHeader};
use object::{
    Endianness, Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget,
    SectionIndex, SymbolFlags, SymbolSection,
};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::rc::Rc;

/// Can `name` be written as is (in operands and directives)?
fn is_plain(name: &str) -> bool {
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '.' => {}
        _ => return false,
    }
    !name.starts_with(".L")
        && cs.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$')
}

/// A name in label and directive position.
fn quoted(name: &str) -> String {
    if is_plain(name) {
        return name.to_string();
    }
    let mut s = String::from("\"");
    for c in name.chars() {
        if c == '"' || c == '\\' {
            s.push('\\');
        }
        s.push(c);
    }
    s.push('"');
    s
}

fn with_addend(sym: &str, a: i64) -> String {
    match a {
        0 => sym.to_string(),
        a if a > 0 => format!("{sym}+{a}"),
        a => format!("{sym}{a}"),
    }
}

struct Sym {
    name: String,
    value: u64,
    size: u64,
    section: Option<SectionIndex>,
    global: bool,
    weak: bool,
    hidden: bool,
    typ: u8,
}

/// Aliases for names that are not plain (`.set .LsN, "name"`).
#[derive(Default)]
struct Names {
    alias: HashMap<String, String>,
    sets: String,
    /// local symbols by section label (`.LsecN`): start, size, name
    locals: HashMap<String, Vec<(u64, u64, String)>>,
}

impl Names {
    /// `sym+value` in operand position. `as` turns references to local
    /// symbols into references to their section; those are written back as
    /// the local symbol containing the target, when there is one.
    fn target(&mut self, sym: &str, value: i64) -> String {
        if let Some(l) = self.locals.get(sym)
            && let Ok(v) = u64::try_from(value)
            && let Some((start, _, name)) = l
                .iter()
                .filter(|(start, size, _)| *start <= v && (v < start + size || v == *start))
                .max_by_key(|(start, _, _)| *start)
        {
            let (name, d) = (name.clone(), (v - start) as i64);
            return with_addend(&self.operand(&name), d);
        }
        with_addend(&self.operand(sym), value)
    }

    /// `name` in operand position.
    fn operand(&mut self, name: &str) -> String {
        let section_label = name.strip_prefix(".Lsec").is_some_and(|n| n.parse::<usize>().is_ok());
        if is_plain(name) || section_label {
            return name.to_string();
        }
        if !name.contains(['"', '\\']) && !name.starts_with(".L") {
            // gas reads quoted names in operands unless they hold escapes
            return quoted(name);
        }
        if let Some(a) = self.alias.get(name) {
            return a.clone();
        }
        let a = format!(".Ls{}", self.alias.len());
        let _ = writeln!(self.sets, "\t.set {a}, {}", quoted(name));
        self.alias.insert(name.to_string(), a.clone());
        a
    }
}

/// Per-instruction operand names for the formatter.
#[derive(Default)]
struct OperandNames {
    branch: Option<String>,
    mem: Option<String>,
    imm: Option<String>,
}

struct Resolver(Rc<RefCell<OperandNames>>);

impl SymbolResolver for Resolver {
    fn symbol(
        &mut self,
        ins: &Instruction,
        _operand: u32,
        ins_operand: Option<u32>,
        address: u64,
        _size: u32,
    ) -> Option<SymbolResult<'_>> {
        let n = self.0.borrow();
        // (the formatter's operand order is AT&T's; the instruction's is Intel's)
        let s = match ins.op_kind(ins_operand?) {
            OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => n.branch.clone(),
            OpKind::Memory => n.mem.clone(),
            OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64 => n.imm.clone(),
            _ => None,
        }?;
        Some(SymbolResult::with_string(address, s))
    }
}

/// Write `obj` (an ELF64 x86-64 relocatable object) as GNU assembler source.
/// `header` lines are written first as `#` comments.
pub fn object_to_asm(obj: &[u8], header: &str) -> Result<String, String> {
    let file =
        ElfFile64::<Endianness>::parse(obj).map_err(|e| format!("reading the object: {e}"))?;
    let endian = file.endian();
    let mut syms: BTreeMap<usize, Sym> = BTreeMap::new();
    for s in file.symbols() {
        let (st_info, st_other) = match s.flags() {
            SymbolFlags::Elf { st_info, st_other } => (st_info, st_other),
            _ => (0, 0),
        };
        let section = match s.section() {
            SymbolSection::Section(i) => Some(i),
            _ => None,
        };
        syms.insert(
            s.index().0,
            Sym {
                name: s.name().unwrap_or("").to_string(),
                value: s.address(),
                size: s.size(),
                section,
                global: s.is_global(),
                weak: s.is_weak(),
                hidden: st_other & 3 == elf::STV_HIDDEN,
                typ: st_info & 0xf,
            },
        );
    }
    let mut names = Names::default();
    let mut body = String::new();
    // how often each section name occurs (repeated ones get `unique,N`)
    let mut name_count: HashMap<String, usize> = HashMap::new();
    for sec in file.sections() {
        *name_count.entry(sec.name().unwrap_or("").to_string()).or_default() += 1;
    }
    // The sections written, numbered in order (for their labels). `as`
    // always makes `.text`, `.data` and `.bss`: empty and unused, they are
    // left out, so that the source of `as`'s own object is this source.
    // They are written in `as`'s order: `.text`, `.data`, `.bss` (which it
    // makes first), then the others in the object's order.
    let mut order: Vec<(usize, SectionIndex)> = Vec::new();
    for sec in file.sections() {
        let idx = sec.index();
        let rank = match sec.name() {
            Ok(".text") => 0,
            Ok(".data") => 1,
            Ok(".bss") => 2,
            _ => 3,
        };
        let kept = matches!(
            sec.elf_section_header().sh_type(endian),
            elf::SHT_PROGBITS
                | elf::SHT_NOBITS
                | elf::SHT_NOTE
                | elf::SHT_INIT_ARRAY
                | elf::SHT_FINI_ARRAY
                | elf::SHT_PREINIT_ARRAY
        );
        let unused = !kept
            || rank < 3
                && sec.size() == 0
                && sec.relocations().next().is_none()
                && !syms.values().any(|s| s.section == Some(idx));
        if !unused {
            order.push((rank, idx));
        }
    }
    order.sort_by_key(|&(rank, idx)| (rank, idx.0));
    let written: HashMap<SectionIndex, usize> =
        order.iter().enumerate().map(|(n, &(_, idx))| (idx, n + 1)).collect();
    for s in syms.values() {
        let local = !s.global && !s.weak && !matches!(s.typ, elf::STT_SECTION | elf::STT_FILE);
        if let Some(n) = s.section.and_then(|i| written.get(&i))
            && local
            && !s.name.is_empty()
        {
            let l = names.locals.entry(format!(".Lsec{n}")).or_default();
            l.push((s.value, s.size, s.name.clone()));
        }
    }
    let mut unique = 0usize;
    let mut text_no = 0usize;
    for &(_, idx) in &order {
        let sec = file.section_by_index(idx).map_err(|e| e.to_string())?;
        let hdr = sec.elf_section_header();
        let sh_type = hdr.sh_type(endian);
        let type_name = match sh_type {
            elf::SHT_PROGBITS => "@progbits",
            elf::SHT_NOBITS => "@nobits",
            elf::SHT_NOTE => "@note",
            elf::SHT_INIT_ARRAY => "@init_array",
            elf::SHT_FINI_ARRAY => "@fini_array",
            elf::SHT_PREINIT_ARRAY => "@preinit_array",
            _ => continue,
        };
        let name = sec.name().map_err(|e| e.to_string())?.to_string();
        let sh_flags = hdr.sh_flags(endian);
        let mut flags = String::new();
        for (bit, c) in [
            (elf::SHF_ALLOC, 'a'),
            (elf::SHF_WRITE, 'w'),
            (elf::SHF_EXECINSTR, 'x'),
            (elf::SHF_MERGE, 'M'),
            (elf::SHF_STRINGS, 'S'),
            (elf::SHF_TLS, 'T'),
        ] {
            if sh_flags & bit as u64 != 0 {
                flags.push(c);
            }
        }
        let _ = write!(body, "\n\t.section {},\"{flags}\",{type_name}", quoted(&name));
        if sh_flags & elf::SHF_MERGE as u64 != 0 {
            let _ = write!(body, ",{}", hdr.sh_entsize(endian));
        }
        if name_count.get(&name).copied().unwrap_or(0) > 1 {
            unique += 1;
            let _ = write!(body, ",unique,{unique}");
        }
        body.push('\n');
        let align = sec.align();
        if align > 1 {
            let _ = writeln!(body, "\t.p2align {}", align.trailing_zeros());
        }
        let size = sec.size();
        // symbols defined here, by offset
        let mut here: Vec<&Sym> = syms
            .values()
            .filter(|s| {
                s.section == Some(idx) && s.typ != elf::STT_SECTION && s.typ != elf::STT_FILE
            })
            .collect();
        here.sort_by(|a, b| a.value.cmp(&b.value).then(a.name.cmp(&b.name)));
        // relocations, by offset
        let mut relocs: Vec<Reloc> = Vec::new();
        for (off, r) in sec.relocations() {
            let kind = match r.flags() {
                RelocationFlags::Elf { r_type } => RelKind::from_elf(r_type),
                f => return Err(format!("unexpected relocation {f:?}")),
            };
            let RelocationTarget::Symbol(si) = r.target() else {
                return Err(format!("relocation at {off:#x} in {name} without a symbol"));
            };
            let s = syms.get(&si.0).ok_or("relocation to an unknown symbol")?;
            let sym = if s.typ == elf::STT_SECTION {
                format!(".Lsec{}", s.section.and_then(|i| written.get(&i)).unwrap_or(&0))
            } else {
                s.name.clone()
            };
            relocs.push(Reloc { offset: off as u32, kind, sym, addend: r.addend() });
        }
        relocs.sort_by_key(|r| r.offset);
        let _ = writeln!(body, ".Lsec{}:", written[&idx]);
        let end_label = format!(".Lend{}", written[&idx]);
        let is_text = sh_flags & elf::SHF_EXECINSTR as u64 != 0;
        if sh_type == elf::SHT_NOBITS {
            let mut at = 0u64;
            for s in &here {
                if s.value > at {
                    let _ = writeln!(body, "\t.zero {}", s.value - at);
                    at = s.value;
                }
                sym_directives(&mut body, s, None);
            }
            if size > at {
                let _ = writeln!(body, "\t.zero {}", size - at);
            }
        } else {
            let data = sec.data().map_err(|e| e.to_string())?;
            let layout = if is_text { text::analyze(data, &relocs) } else { None };
            let sym_ok = layout.as_ref().is_some_and(|l| {
                here.iter().all(|s| {
                    l.items.iter().any(|it| it.offset() as u64 == s.value) || s.value == size
                })
            });
            match layout {
                Some(l) if sym_ok => {
                    text_no += 1;
                    write_text(
                        &mut body, &mut names, data, text_no, &l, &relocs, &here, size, &end_label,
                    )
                }
                _ => {
                    if is_text {
                        let _ = writeln!(body, "\t# code written as bytes");
                    }
                    write_bytes(
                        &mut body,
                        &mut names,
                        data,
                        0,
                        data.len() as u32,
                        &relocs,
                        &here,
                        &end_label,
                    )
                }
            }
        }
        let _ = writeln!(body, "{end_label}:");
    }
    let mut out = String::new();
    for l in header.lines() {
        let _ = writeln!(out, "# {l}");
    }
    out.push_str(&names.sets);
    out.push_str(&body);
    Ok(out)
}

/// `.globl`/`.type`/`.size` and the label of `s`; `end` is the section's
/// end label, used as the size of a symbol reaching the section's end (code
/// may change size when reassembled).
fn sym_directives(out: &mut String, s: &Sym, end: Option<(&str, u64)>) {
    let q = quoted(&s.name);
    if s.weak {
        let _ = writeln!(out, "\t.weak {q}");
    } else if s.global {
        let _ = writeln!(out, "\t.globl {q}");
    }
    if s.hidden {
        let _ = writeln!(out, "\t.hidden {q}");
    }
    match s.typ {
        elf::STT_FUNC => {
            let _ = writeln!(out, "\t.type {q},@function");
        }
        elf::STT_OBJECT => {
            let _ = writeln!(out, "\t.type {q},@object");
        }
        _ => {}
    }
    match end {
        Some((label, sec_size)) if s.value + s.size == sec_size && s.size > 0 => {
            let _ = writeln!(out, "\t.size {q}, {label}-{q}");
        }
        _ => {
            let _ = writeln!(out, "\t.size {q}, {}", s.size);
        }
    }
    let _ = writeln!(out, "{q}:");
}

/// Raw bytes `[from, to)` of a section: symbol labels, relocations as
/// `.quad`/`.long` data or `.reloc`, the rest as `.byte` lines.
#[allow(clippy::too_many_arguments)]
fn write_bytes(
    out: &mut String,
    names: &mut Names,
    data: &[u8],
    from: u32,
    to: u32,
    relocs: &[Reloc],
    syms: &[&Sym],
    end_label: &str,
) {
    let size = data.len() as u64;
    let mut at = from;
    let mut line: Vec<String> = Vec::new();
    let flush = |out: &mut String, line: &mut Vec<String>| {
        if !line.is_empty() {
            let _ = writeln!(out, "\t.byte {}", line.join(","));
            line.clear();
        }
    };
    while at < to {
        for s in syms.iter().filter(|s| s.value == at as u64) {
            flush(out, &mut line);
            sym_directives(out, s, Some((end_label, size)));
        }
        if let Some(r) = relocs.iter().find(|r| r.offset == at) {
            flush(out, &mut line);
            let target = names.target(&r.sym, r.addend);
            let field = r.kind.size();
            match r.kind {
                RelKind::Abs64 => {
                    let _ = writeln!(out, "\t.quad {target}");
                }
                RelKind::Abs32 => {
                    let _ = writeln!(out, "\t.long {target}");
                }
                RelKind::Pc32 => {
                    let _ = writeln!(out, "\t.long {target}-.");
                }
                _ => {
                    // the field's stored bytes follow as ordinary bytes
                    let _ = writeln!(out, "\t.reloc ., {}, {target}", r.kind.gas_name());
                    let n = field.min(to - at);
                    for b in &data[at as usize..(at + n) as usize] {
                        line.push(format!("{b:#04x}"));
                    }
                    flush(out, &mut line);
                    at += n.max(1).min(to - at);
                    continue;
                }
            }
            // RELA: the field itself holds zeros; anything else is kept by the addend
            at += field;
            continue;
        }
        line.push(format!("{:#04x}", data[at as usize]));
        at += 1;
        // stop the line at 16 bytes, at a symbol or before a relocation
        let next = at;
        if line.len() == 16
            || syms.iter().any(|s| s.value == next as u64)
            || relocs.iter().any(|r| r.offset == next)
        {
            flush(out, &mut line);
        }
    }
    flush(out, &mut line);
}

/// The instructions, tables and constants of a code section.
#[allow(clippy::too_many_arguments)]
fn write_text(
    out: &mut String,
    names: &mut Names,
    data: &[u8],
    no: usize,
    l: &text::Layout,
    relocs: &[Reloc],
    syms: &[&Sym],
    size: u64,
    end_label: &str,
) {
    let index: BTreeMap<u32, usize> =
        l.items.iter().enumerate().map(|(i, it)| (it.offset(), i)).collect();
    let mut referenced: std::collections::BTreeSet<usize> = Default::default();
    for &t in &l.code_targets {
        if let Some(&i) = index.get(&t) {
            referenced.insert(i);
        }
    }
    for (i, it) in l.items.iter().enumerate() {
        if matches!(it, Item::Table { .. } | Item::Data { .. }) {
            referenced.insert(i);
        }
    }
    // item labels: `.L<no>_<k>` for the k-th labelled item (numbered so, and
    // not by item index, so that `as`'s padding does not renumber them)
    let rank: HashMap<usize, usize> = referenced.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let item_label = |i: usize| format!(".L{no}_{}", rank.get(&i).map_or(i, |k| *k));
    let label = |off: u32| -> String {
        // the item containing `off`, plus the distance into it
        let (&start, &i) = index.range(..=off).next_back().unwrap_or((&0, &0));
        with_addend(&item_label(i), (off - start) as i64)
    };
    let shared = Rc::new(RefCell::new(OperandNames::default()));
    let mut fmt = GasFormatter::with_options(Some(Box::new(Resolver(shared.clone()))), None);
    let o = fmt.options_mut();
    o.set_gas_show_mnemonic_size_suffix(true);
    o.set_rip_relative_addresses(true);
    o.set_space_after_operand_separator(false);
    o.set_branch_leading_zeros(false);
    let mut text = String::new();
    for (i, it) in l.items.iter().enumerate() {
        for s in syms.iter().filter(|s| s.value == it.offset() as u64) {
            sym_directives(out, s, Some((end_label, size)));
        }
        match it {
            Item::Pad { .. } => continue, // the constants' .p2align pads
            Item::Data { len, .. } => {
                let a = (*len).clamp(1, 16);
                let a = 1u32 << (31 - a.leading_zeros());
                if a > 1 {
                    let _ = writeln!(out, "\t.p2align {}, 0", a.trailing_zeros());
                }
            }
            _ => {}
        }
        if referenced.contains(&i) {
            let _ = writeln!(out, "{}:", item_label(i));
        }
        match it {
            Item::Pad { .. } => {}
            Item::Data { off, len } => {
                write_bytes(out, names, data, *off, off + len, relocs, &[], end_label);
            }
            Item::Table { targets, .. } => {
                let me = item_label(i);
                for &t in targets {
                    let _ = writeln!(out, "\t.long {}-{me}", label(t));
                }
            }
            Item::Insn { ins, relocs: rs } => {
                let mut n = OperandNames::default();
                let mut raw = false;
                let next_ip = ins.next_ip() as i64;
                for &(ri, field) in rs {
                    let r = &relocs[ri];
                    let pc = r.kind.is_pc_relative();
                    let value = if pc { r.addend + next_ip - r.offset as i64 } else { r.addend };
                    let s = names.target(&r.sym, value);
                    match (field, r.kind) {
                        (Field::Branch, RelKind::Pc32 | RelKind::Plt32) => n.branch = Some(s),
                        (Field::Displacement, RelKind::Pc32 | RelKind::Plt32)
                            if ins.is_ip_rel_memory_operand() =>
                        {
                            n.mem = Some(s)
                        }
                        (Field::Displacement, RelKind::Abs32S)
                            if !ins.is_ip_rel_memory_operand()
                                && ins.memory_base() == Register::None =>
                        {
                            n.mem = Some(s)
                        }
                        (Field::Immediate, RelKind::Abs64 | RelKind::Abs32 | RelKind::Abs32S) => {
                            n.imm = Some(s)
                        }
                        _ => raw = true,
                    }
                }
                if n.branch.is_none()
                    && let Some(t) = text::branch_target(ins)
                {
                    n.branch = Some(label(t as u32));
                }
                if n.mem.is_none() && ins.is_ip_rel_memory_operand() {
                    n.mem = Some(label(ins.ip_rel_memory_address() as u32));
                }
                *shared.borrow_mut() = n;
                text.clear();
                fmt.format(ins, &mut text);
                if raw {
                    // a relocation gas would not produce from the instruction text
                    let _ = writeln!(out, "\t# {text}");
                    let (a, b) = (ins.ip() as u32, ins.next_ip() as u32);
                    write_bytes(out, names, data, a, b, relocs, &[], end_label);
                } else {
                    let _ = writeln!(out, "\t{text}");
                }
            }
        }
    }
}
