//! stub
use super::PassCtx;
use crate::Function;
pub fn nilcheckelim(_f: &mut Function, _cx: &mut PassCtx) {}
