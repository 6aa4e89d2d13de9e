//! stub
use super::PassCtx;
use crate::Function;
pub fn dead_auto_elim(_f: &mut Function, _cx: &mut PassCtx) {}
