//! dead auto elim (gc's `dead auto elim`): stack slots never read.
//!
//! Contract
//! * Needs: a verified function.
//! * Does: for every slot whose address does not escape (dse.rs's
//!   [`super::dse::slot_uses`]) and that no load or `Move` reads, removes
//!   every store, `Zero` and `Move` into it. Nothing can observe them.
//! * Invalidates: nothing structural; the slot's address values become
//!   unused (the slot itself stays in the table, unused).
//! * Must follow: deadcode (`generic deadcode`) for the unused addresses.

use super::PassCtx;
use super::dse::{slot_offset, slot_uses};
use crate::{Function, Op, Value};
use cranelift_entity::EntitySet;

pub fn dead_auto_elim(f: &mut Function, _cx: &mut PassCtx) {
    let uses = slot_uses(f);
    let mut dead: EntitySet<Value> = EntitySet::new();
    for &b in &f.layout {
        for &v in &f.blocks[b].insts {
            let d = &f.values[v];
            if !matches!(d.op, Op::Store | Op::Zero | Op::Move) {
                continue;
            }
            if let Some((s, _)) = slot_offset(f, d.args[0])
                && !uses.escapes[s]
                && !uses.read[s]
            {
                dead.insert(v);
            }
        }
    }
    super::util::remove_insts(f, &dead);
}
