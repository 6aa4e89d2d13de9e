//! Maps, through the runtime (docs/abi.md §5). Keys are passed by address
//! (a stack temporary holding the key); the runtime hashes and compares
//! them generically from the map type's descriptor.
//! * `m[k]`: `runtime.mapaccess1(t, m, &k)` never returns nil (a zero value
//!   for missing keys), then a load; `v, ok := m[k]`: `mapaccess2`.
//! * `m[k] = v`: `v` is evaluated first, then `runtime.mapassign(t, m, &k)`
//!   returns the slot to store into (it panics for a nil map).
//! * `delete`, `clear`, `len`: `mapdelete`, `mapclear`, `maplen`.
//! * literals: `runtime.makemap(t, n)` then one `mapassign` per entry.

use crate::expr::Val;
use crate::func::Fb;
use ssa::{Type, Value};
use types::TypeId;
use types::ir::{Esc, Expr};

impl Fb<'_, '_> {
    /// The key in memory.
    pub fn key_addr(&mut self, key: &Expr) -> Value {
        let v = self.expr(key);
        match v {
            Val::M(a, _) => a,
            v => self.val_addr(v, key.ty),
        }
    }

    pub fn map_access_ptr(&mut self, map_ty: TypeId, m: Value, key: Value) -> Value {
        let t = self.type_desc(map_ty);
        self.call(crate::rt::MAPACCESS1, &[t, m, key], &[Type::Ptr])[0]
    }

    pub fn map_assign_ptr(&mut self, map_ty: TypeId, m: Value, key: Value) -> Value {
        let t = self.type_desc(map_ty);
        self.call(crate::rt::MAPASSIGN, &[t, m, key], &[Type::Ptr])[0]
    }

    pub fn map_index(&mut self, map: &Expr, key: &Expr, ty: TypeId) -> Val {
        let p = self.pos;
        let m = self.expr1(map);
        let k = self.key_addr(key);
        self.pos = p;
        let vp = self.map_access_ptr(map.ty, m, k);
        self.load_val(vp, ty)
    }

    pub fn map_index_ok(&mut self, map: &Expr, key: &Expr, ty: TypeId) -> (Val, Value) {
        let p = self.pos;
        let m = self.expr1(map);
        let k = self.key_addr(key);
        self.pos = p;
        let t = self.type_desc(map.ty);
        let r = self.call(crate::rt::MAPACCESS2, &[t, m, k], &[Type::Ptr, Type::Bool]);
        let v = self.load_val(r[0], ty);
        (v, r[1])
    }

    pub fn map_delete(&mut self, map: &Expr, key: &Expr) {
        let p = self.pos;
        let m = self.expr1(map);
        let k = self.key_addr(key);
        self.pos = p;
        let t = self.type_desc(map.ty);
        self.call(crate::rt::MAPDELETE, &[t, m, k], &[]);
    }

    pub fn make_map(&mut self, ty: TypeId, hint: Option<Value>) -> Value {
        let t = self.type_desc(ty);
        let h = hint.unwrap_or_else(|| self.int(0));
        self.call(crate::rt::MAKEMAP, &[t, h], &[Type::Ptr])[0]
    }

    pub fn map_lit(&mut self, entries: &[(Expr, Expr)], ty: TypeId, _esc: Esc) -> Val {
        let p = self.pos;
        let n = self.int(entries.len() as i64);
        let m = self.make_map(ty, Some(n));
        for (k, v) in entries {
            let ka = self.key_addr(k);
            let ka = {
                // the value's evaluation must not disturb the key
                let lay = self.g.tt.layout(k.ty);
                if matches!(self.f.op(ka), ssa::Op::SlotAddr) {
                    ka
                } else {
                    let t = self.temp_slot(lay.size, lay.align);
                    self.move_mem(t, ka, lay.size);
                    t
                }
            };
            let vv = self.expr(v);
            self.pos = p;
            let slot = self.map_assign_ptr(ty, m, ka);
            self.store_val(slot, v.ty, vv);
        }
        Val::one(m)
    }
}
