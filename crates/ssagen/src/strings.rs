//! Strings: concatenation and rune decoding.
//!
//! * `a + b + …` (flattened by the checker): 2 to 5 operands call
//!   `runtime.concatstring2..5(a.ptr, a.len, b.ptr, b.len, …)`; more
//!   operands are stored in a stack array of `string` headers passed to
//!   `runtime.concatstrings(p, n)`.
//! * Ranging over a string decodes runes with an inline ASCII fast path
//!   (`b < 0x80`: the rune is the byte, the next index `i+1`) and calls
//!   `runtime.decoderune(s, i) (rune, next)` otherwise, as gc does.
//! * Conversions (`[]byte(s)`, `string(b)`, `string(r)`, `[]rune(s)`) call
//!   the runtime; see expr.rs.

use crate::expr::Val;
use crate::func::Fb;
use ssa::{Op, Type, Value};
use types::ir::Expr;

impl Fb<'_, '_> {
    pub fn concat_strings(&mut self, args: &[Expr]) -> Val {
        let p = self.pos;
        let mut parts: Vec<Vec<Value>> = Vec::new();
        for a in args {
            parts.push(self.expr_leaves(a));
        }
        self.pos = p;
        if parts.iter().any(|v| v.len() != 2) {
            self.ice("string operand with the wrong shape");
            return Val::S(vec![self.nil(), self.int(0)]);
        }
        match parts.len() {
            0 => Val::S(vec![self.nil(), self.int(0)]),
            1 => Val::S(parts.remove(0)),
            n @ 2..=5 => {
                let flat: Vec<Value> = parts.into_iter().flatten().collect();
                Val::S(self.call(crate::rt::CONCATSTRING[n - 2], &flat, &[Type::Ptr, Type::I64]))
            }
            n => {
                let a = self.temp_slot(16 * n as u64, 8);
                for (i, s) in parts.iter().enumerate() {
                    self.store(a, 16 * i as i64, s[0]);
                    self.store(a, 16 * i as i64 + 8, s[1]);
                }
                let nv = self.int(n as i64);
                Val::S(self.call(crate::rt::CONCATSTRINGS, &[a, nv], &[Type::Ptr, Type::I64]))
            }
        }
    }

    /// Decode the rune of string `(ptr, len)` at byte index `i` (< len):
    /// returns (rune as int32, next index).
    pub fn decode_rune(&mut self, ptr: Value, len: Value, i: Value) -> (Value, Value) {
        let bp = self.add_ptr(ptr, i);
        let b = self.load(Type::I8, bp, 0);
        let lim = self.iconst(Type::I8, 0);
        // as a signed byte, ASCII is >= 0
        let ascii = self.cmp(Op::Leq, lim, b);
        let r = self.if_else(
            ascii,
            &[Type::I32, Type::I64],
            &mut |fb| {
                let r = fb.conv(Op::ZeroExt, Type::I32, b);
                let one = fb.int(1);
                let n = fb.binary(Op::Add, i, one);
                vec![r, n]
            },
            &mut |fb| fb.call(crate::rt::DECODERUNE, &[ptr, len, i], &[Type::I32, Type::I64]),
        );
        (r[0], r[1])
    }
}
