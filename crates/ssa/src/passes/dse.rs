//! stub
use super::PassCtx;
use crate::Function;
pub fn dse(_f: &mut Function, _cx: &mut PassCtx) {}
