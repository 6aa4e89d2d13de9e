//! Escape analysis (placeholder while being written).
use crate::Options;
use crate::inline::Inliner;
use syntax::Diagnostic;
use types::ir::*;

pub struct Escape {}

impl Escape {
    pub fn new(_opts: &Options) -> Escape {
        Escape {}
    }
    pub fn package(
        &mut self,
        _prog: &mut Program,
        _pkg: PkgId,
        _roots: &[FuncId],
        _inl: &Inliner,
        _report: bool,
    ) -> Vec<Diagnostic> {
        vec![]
    }
}
