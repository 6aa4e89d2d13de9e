//! What the bytes of a function are: instructions, jump tables and constants.
//!
//! Cranelift's x64 code for one function is a run of instructions that may
//! contain jump tables (right after `lea T(%rip),%r1; movslq (%r1,%i,4),%r2;
//! add %r2,%r1; jmp *%r1`: one 32-bit offset from T per target, the default
//! last) and ends with a constant pool (zero padding, then constants read with
//! RIP-relative operands). [`analyze`] splits a function into [`Item`]s by a
//! linear sweep that learns the data regions from the instructions referring
//! to them, and checks the result: every branch and table target is the start
//! of an instruction, every RIP-relative reference without a relocation is a
//! table or constant, no relocation falls outside an instruction's
//! displacement, immediate or branch field. It returns `None` when the bytes do
//! not fit that shape (the callers then treat them as raw bytes).
//!
//! Used by the `-S` listing and by the assembler output ([`crate::asm`]).

use iced_x86::{ConstantOffsets, Decoder, DecoderOptions, Instruction, Mnemonic, OpKind, Register};
use std::collections::BTreeSet;

/// The relocations code can carry (ELF x86-64 types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelKind {
    /// R_X86_64_64
    Abs64,
    /// R_X86_64_PC32
    Pc32,
    /// R_X86_64_PLT32
    Plt32,
    /// R_X86_64_32
    Abs32,
    /// R_X86_64_32S
    Abs32S,
    /// Any other ELF type (written with `.reloc`).
    Other(u32),
}

impl RelKind {
    pub fn from_elf(t: u32) -> RelKind {
        match t {
            1 => RelKind::Abs64,
            2 => RelKind::Pc32,
            4 => RelKind::Plt32,
            10 => RelKind::Abs32,
            11 => RelKind::Abs32S,
            t => RelKind::Other(t),
        }
    }

    pub fn elf(self) -> u32 {
        match self {
            RelKind::Abs64 => 1,
            RelKind::Pc32 => 2,
            RelKind::Plt32 => 4,
            RelKind::Abs32 => 10,
            RelKind::Abs32S => 11,
            RelKind::Other(t) => t,
        }
    }

    pub fn size(self) -> u32 {
        match self {
            RelKind::Abs64 => 8,
            RelKind::Other(_) => 0,
            _ => 4,
        }
    }

    pub fn is_pc_relative(self) -> bool {
        matches!(self, RelKind::Pc32 | RelKind::Plt32)
    }

    /// The name `.reloc` takes.
    pub fn gas_name(self) -> String {
        match self {
            RelKind::Abs64 => "R_X86_64_64".into(),
            RelKind::Pc32 => "R_X86_64_PC32".into(),
            RelKind::Plt32 => "R_X86_64_PLT32".into(),
            RelKind::Abs32 => "R_X86_64_32".into(),
            RelKind::Abs32S => "R_X86_64_32S".into(),
            RelKind::Other(t) => format!("{t}"),
        }
    }
}

/// A relocation in a function's code: field offset, kind, symbol, addend.
#[derive(Clone, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub kind: RelKind,
    pub sym: String,
    pub addend: i64,
}

/// Which field of an instruction a relocation patches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Displacement,
    Immediate,
    Branch,
}

#[derive(Clone, Debug)]
pub enum Item {
    /// An instruction; `relocs` are indices into the relocation list with
    /// the field each patches.
    Insn { ins: Instruction, relocs: Vec<(usize, Field)> },
    /// A jump table at `off`: targets (function offsets), one 32-bit
    /// offset from `off` each.
    Table { off: u32, targets: Vec<u32> },
    /// Constants (or other data) at `off`, `len` bytes.
    Data { off: u32, len: u32 },
    /// Zero padding between the code and the constants.
    Pad { off: u32, len: u32 },
}

impl Item {
    pub fn offset(&self) -> u32 {
        match self {
            Item::Insn { ins, .. } => ins.ip() as u32,
            Item::Table { off, .. } | Item::Data { off, .. } | Item::Pad { off, .. } => *off,
        }
    }

    pub fn len(&self) -> u32 {
        match self {
            Item::Insn { ins, .. } => ins.len() as u32,
            Item::Table { targets, .. } => 4 * targets.len() as u32,
            Item::Data { len, .. } | Item::Pad { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The split of a function, with the code-internal references it contains.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub items: Vec<Item>,
    /// Offsets that are targets of branches or jump tables.
    pub code_targets: BTreeSet<u32>,
}

/// Is `ins` a direct (relative) branch, and its target?
pub fn branch_target(ins: &Instruction) -> Option<u64> {
    (0..ins.op_count())
        .any(|i| matches!(ins.op_kind(i), OpKind::NearBranch64 | OpKind::NearBranch32))
        .then(|| ins.near_branch_target())
}

fn is_terminator(ins: &Instruction) -> bool {
    matches!(ins.mnemonic(), Mnemonic::Ret | Mnemonic::Jmp | Mnemonic::Ud2)
}

fn is_indirect_jmp(ins: &Instruction) -> bool {
    ins.mnemonic() == Mnemonic::Jmp && ins.op0_kind() == OpKind::Register
}

/// The field a relocation at byte `at` (instruction-relative) patches.
fn field_of(ins: &Instruction, co: &ConstantOffsets, at: usize, size: usize) -> Option<Field> {
    // (iced reports a branch displacement as an immediate)
    if branch_target(ins).is_some() {
        return (at + size == ins.len() && size == 4).then_some(Field::Branch);
    }
    if co.has_displacement() && co.displacement_offset() == at && co.displacement_size() == size {
        return Some(Field::Displacement);
    }
    if co.has_immediate() && co.immediate_offset() == at && co.immediate_size() == size {
        return Some(Field::Immediate);
    }
    None
}

fn read_i32(code: &[u8], at: u32) -> Option<i32> {
    let b = code.get(at as usize..at as usize + 4)?;
    Some(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Split `code` (one function, loaded at offset 0) into items; `relocs` are
/// its relocations sorted by offset.
pub fn analyze(code: &[u8], relocs: &[Reloc]) -> Option<Layout> {
    let len = code.len() as u32;
    let mut items: Vec<Item> = Vec::new();
    let mut data_refs: BTreeSet<u32> = BTreeSet::new();
    let mut table_refs: BTreeSet<u32> = BTreeSet::new();
    let mut code_targets: BTreeSet<u32> = BTreeSet::new();
    let mut dec = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut ip = 0u32;
    while ip < len {
        let prev_indirect =
            matches!(items.last(), Some(Item::Insn { ins, .. }) if is_indirect_jmp(ins));
        if table_refs.contains(&ip) && prev_indirect {
            let targets = read_table(code, ip, &items, data_refs.range(ip + 1..).next().copied())?;
            code_targets.extend(targets.iter().copied());
            ip += 4 * targets.len() as u32;
            items.push(Item::Table { off: ip - 4 * targets.len() as u32, targets });
            continue;
        }
        let next_data = data_refs.range(ip..).next().copied();
        // (a `lea` target not used as a jump table is data too)
        if next_data == Some(ip) || table_refs.contains(&ip) {
            // the constant pool: everything from here on
            let mut starts: Vec<u32> = data_refs.range(ip..).copied().collect();
            starts.extend(table_refs.range(ip..).copied());
            starts.sort_unstable();
            starts.dedup();
            for (i, &s) in starts.iter().enumerate() {
                let end = starts.get(i + 1).copied().unwrap_or(len);
                items.push(Item::Data { off: s, len: end - s });
            }
            break;
        }
        // zero padding after the last instruction
        let limit = next_data.unwrap_or(len);
        let after_term = matches!(items.last(), Some(Item::Insn { ins, .. }) if is_terminator(ins));
        if after_term
            && code[ip as usize] == 0
            && code[ip as usize..limit as usize].iter().all(|&b| b == 0)
            && !relocs.iter().any(|r| r.offset >= ip && r.offset < limit)
        {
            items.push(Item::Pad { off: ip, len: limit - ip });
            ip = limit;
            continue;
        }
        dec.set_position(ip as usize).ok()?;
        dec.set_ip(ip as u64);
        let ins = dec.decode();
        if ins.is_invalid() {
            return None;
        }
        let end = ip + ins.len() as u32;
        if end > limit || table_refs.range(ip + 1..end).next().is_some() {
            return None; // runs into data
        }
        let co = dec.get_constant_offsets(&ins);
        let mut rs = Vec::new();
        for (i, r) in relocs.iter().enumerate().filter(|(_, r)| r.offset >= ip && r.offset < end) {
            let f = field_of(&ins, &co, (r.offset - ip) as usize, r.kind.size() as usize)?;
            rs.push((i, f));
        }
        if ins.is_ip_rel_memory_operand() && !rs.iter().any(|&(_, f)| f == Field::Displacement) {
            let t = ins.ip_rel_memory_address();
            if t <= ip as u64 || t >= len as u64 {
                return None; // only forward references to tables and constants
            }
            if ins.mnemonic() == Mnemonic::Lea {
                table_refs.insert(t as u32);
            } else {
                data_refs.insert(t as u32);
            }
        }
        if let Some(t) = branch_target(&ins)
            && !rs.iter().any(|&(_, f)| f == Field::Branch)
        {
            if t >= len as u64 {
                return None;
            }
            code_targets.insert(t as u32);
        }
        items.push(Item::Insn { ins, relocs: rs });
        ip = end;
    }
    // every code target starts an instruction; nothing refers into the data
    // other than where a data item starts
    let insn_starts: BTreeSet<u32> =
        items.iter().filter(|it| matches!(it, Item::Insn { .. })).map(|it| it.offset()).collect();
    if !code_targets.iter().all(|t| insn_starts.contains(t)) {
        return None;
    }
    let item_starts: BTreeSet<u32> = items.iter().map(|it| it.offset()).collect();
    if !data_refs.iter().chain(&table_refs).all(|t| item_starts.contains(t)) {
        return None;
    }
    // relocations only inside instructions (checked above) or constants
    for r in relocs {
        let inside = items.iter().any(|it| {
            let (o, l) = (it.offset(), it.len());
            r.offset >= o && r.offset < o + l && matches!(it, Item::Insn { .. } | Item::Data { .. })
        });
        if !inside {
            return None;
        }
    }
    Some(Layout { items, code_targets })
}

/// The targets of the jump table at `t`: as many entries as the bounds check
/// before it allows (`mov $N,%r` … `cmp`, `cmov`: N + 1 entries, the default
/// last), else the longest run of plausible entries.
fn read_table(code: &[u8], t: u32, items: &[Item], limit: Option<u32>) -> Option<Vec<u32>> {
    let len = code.len() as u32;
    let limit = limit.unwrap_or(len);
    let plausible = |k: u32| -> Option<u32> {
        if t + 4 * (k + 1) > limit {
            return None;
        }
        let v = read_i32(code, t + 4 * k)? as i64 + t as i64;
        (v >= 0 && v < len as i64 && !(v >= t as i64 && v < (t + 4 * (k + 1)) as i64))
            .then_some(v as u32)
    };
    let mut run = Vec::new();
    while let Some(v) = plausible(run.len() as u32) {
        run.push(v);
    }
    if let Some(n) = bound_hint(items)
        && (n as usize) < run.len()
    {
        run.truncate(n as usize);
    }
    (!run.is_empty()).then_some(run)
}

/// Cranelift clamps the index with `mov $N,%rA; cmp %rA,%rI; cmovae %rA,%rI`
/// (or with the operands swapped) before the table sequence: N + 1 entries.
fn bound_hint(items: &[Item]) -> Option<u32> {
    let insns: Vec<&Instruction> = items
        .iter()
        .rev()
        .take(12)
        .filter_map(|it| if let Item::Insn { ins, .. } = it { Some(ins) } else { None })
        .collect();
    let cmov = insns.iter().find(|i| {
        matches!(
            i.mnemonic(),
            Mnemonic::Cmovae | Mnemonic::Cmovb | Mnemonic::Cmovbe | Mnemonic::Cmova
        )
    })?;
    let regs: Vec<u32> = (0..cmov.op_count())
        .filter(|&k| cmov.op_kind(k) == OpKind::Register)
        .filter_map(|k| gpr(cmov.op_register(k)))
        .collect();
    insns.iter().find_map(|i| {
        (i.mnemonic() == Mnemonic::Mov
            && i.op0_kind() == OpKind::Register
            && gpr(i.op0_register()).is_some_and(|g| regs.contains(&g))
            && matches!(
                i.op1_kind(),
                OpKind::Immediate32 | OpKind::Immediate32to64 | OpKind::Immediate64
            ))
        .then(|| i.immediate(1) as u32 + 1)
    })
}

/// The number of a 32- or 64-bit general register (eax and rax are both 0).
fn gpr(r: Register) -> Option<u32> {
    let n = r as u32;
    if (Register::EAX as u32..=Register::R15D as u32).contains(&n) {
        Some(n - Register::EAX as u32)
    } else if (Register::RAX as u32..=Register::R15 as u32).contains(&n) {
        Some(n - Register::RAX as u32)
    } else {
        None
    }
}
