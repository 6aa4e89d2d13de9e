//! dse (gc's `dse`): dead-store elimination for stack slots.
//!
//! Contract
//! * Needs: a verified function; generic cse and dead auto elim before it
//!   (equal addresses as one value; stores to slots never read already gone).
//! * Does: for the slots whose address does not escape (see
//!   [`slot_uses`]: every use of the address, through constant offsets, is the
//!   address of a load, store, `Zero` or `Move`, or a nil check), walks each
//!   block backwards and removes a store (`Store`, `Zero`, `Move`) whose bytes
//!   are all overwritten later in the block before any load of them. Nothing
//!   else can read such a slot (not a call, not another pointer), and at a
//!   `Ret` the frame dies, so stores no load reads before the return go too.
//! * Invalidates: nothing structural; the removed stores' addresses may
//!   become unused.
//! * Must follow: deadcode (`late deadcode`) for the unused addresses.

use super::PassCtx;
use crate::{Function, Op, Slot, Term, Value, ValueDef};
use cranelift_entity::{EntitySet, SecondaryMap};
use std::collections::HashMap;

/// The slot and byte offset a pointer value is, when it is a slot's address
/// plus constant offsets (`SlotAddr`, `OffPtr`, `AddPtr` of a constant).
pub fn slot_offset(f: &Function, mut p: Value) -> Option<(Slot, i64)> {
    let mut off: i64 = 0;
    for _ in 0..64 {
        let d = &f.values[p];
        if !matches!(d.def, ValueDef::Inst(_)) {
            return None;
        }
        match d.op {
            Op::SlotAddr => return Some((d.slot()?, off)),
            Op::OffPtr => {
                off = off.checked_add(d.aux_int)?;
                p = d.args[0];
            }
            Op::AddPtr => {
                off = off.checked_add(f.const_int(d.args[1])?)?;
                p = d.args[0];
            }
            _ => return None,
        }
    }
    None
}

/// What a function does with each slot's address.
pub struct SlotUses {
    /// The address is used other than as the address of an access inside the
    /// slot (or a nil check): anything may read or write the slot.
    pub escapes: SecondaryMap<Slot, bool>,
    /// Some load or `Move` reads the slot.
    pub read: SecondaryMap<Slot, bool>,
}

/// The byte range `[lo, hi)` of slot `s` the access `v` touches through its
/// address argument `i`, if that argument is a slot address.
fn access(f: &Function, v: Value, i: usize) -> Option<(Slot, i64, i64)> {
    let d = &f.values[v];
    let size = match (d.op, i) {
        (Op::Load, 0) => d.ty.bytes() as i64,
        (Op::Store, 0) => f.values[d.args[1]].ty.bytes() as i64,
        (Op::Zero, 0) | (Op::Move, 0) | (Op::Move, 1) => d.aux_int,
        _ => return None,
    };
    let (s, off) = slot_offset(f, d.args[i])?;
    let off = if matches!(d.op, Op::Load | Op::Store) { off.checked_add(d.aux_int)? } else { off };
    let hi = off.checked_add(size)?;
    (off >= 0 && hi <= f.slots[s].size as i64).then_some((s, off, hi))
}

pub fn slot_uses(f: &Function) -> SlotUses {
    let mut u = SlotUses { escapes: SecondaryMap::new(), read: SecondaryMap::new() };
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            for (i, &a) in d.args.iter().enumerate() {
                let Some((s, _)) = slot_offset(f, a) else { continue };
                let derived = match d.op {
                    Op::OffPtr => true,
                    Op::AddPtr => i == 0 && f.const_int(d.args[1]).is_some(),
                    Op::NilCheck | Op::IsNonNil => true,
                    _ => false,
                };
                if derived {
                    continue;
                }
                match access(f, v, i) {
                    Some(_) if d.op == Op::Load || (d.op == Op::Move && i == 1) => u.read[s] = true,
                    Some(_) => {}
                    None => u.escapes[s] = true,
                }
            }
        }
        for a in f.blocks[b].term.uses() {
            if let Some((s, _)) = slot_offset(f, a) {
                u.escapes[s] = true;
            }
        }
    }
    u
}

/// Is `[lo, hi)` covered by the union of `ivs`?
fn covered(ivs: &[(i64, i64)], lo: i64, hi: i64) -> bool {
    let mut ivs: Vec<(i64, i64)> = ivs.to_vec();
    ivs.sort();
    let mut at = lo;
    for (a, b) in ivs {
        if a > at {
            break;
        }
        at = at.max(b);
        if at >= hi {
            return true;
        }
    }
    at >= hi
}

pub fn dse(f: &mut Function, _cx: &mut PassCtx) {
    let uses = slot_uses(f);
    let tracked = |s: Slot| !uses.escapes[s];
    let mut dead: EntitySet<Value> = EntitySet::new();
    for &b in &f.layout {
        // bytes of each slot written later in the block before any read
        let mut shadow: HashMap<Slot, Vec<(i64, i64)>> = HashMap::new();
        if matches!(f.blocks[b].term, Term::Ret(_)) {
            for (s, sd) in f.slots.iter() {
                if tracked(s) {
                    shadow.insert(s, vec![(0, sd.size as i64)]);
                }
            }
        }
        for &v in f.blocks[b].insts.iter().rev() {
            let op = f.values[v].op;
            if matches!(op, Op::Store | Op::Zero | Op::Move)
                && let Some((s, lo, hi)) = access(f, v, 0)
                && tracked(s)
            {
                let ivs = shadow.entry(s).or_default();
                if covered(ivs, lo, hi) {
                    dead.insert(v);
                    continue;
                }
                ivs.push((lo, hi));
            }
            let read = match op {
                Op::Load => access(f, v, 0),
                Op::Move => access(f, v, 1),
                _ => None,
            };
            if let Some((s, lo, hi)) = read
                && let Some(ivs) = shadow.get_mut(&s)
            {
                // the read bytes are live again: drop every overlapping interval
                ivs.retain(|&(a, b)| b <= lo || a >= hi);
            }
        }
    }
    super::util::remove_insts(f, &dead);
}
