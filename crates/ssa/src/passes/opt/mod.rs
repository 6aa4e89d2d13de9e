//! stub
use super::PassCtx;
use crate::Function;
pub fn opt(_f: &mut Function, _cx: &mut PassCtx) {}
