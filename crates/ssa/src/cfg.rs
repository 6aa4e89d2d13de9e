//! Control-flow graph: predecessors and successors of the blocks in the layout,
//! reverse postorder. Recompute after changing terminators.

use crate::{Block, Function};
use cranelift_entity::{EntitySet, SecondaryMap};

pub struct Cfg {
    preds: SecondaryMap<Block, Vec<Block>>,
    succs: SecondaryMap<Block, Vec<Block>>,
    /// Blocks reachable from the entry, in reverse postorder.
    pub rpo: Vec<Block>,
}

impl Cfg {
    pub fn new(f: &Function) -> Cfg {
        let mut preds: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
        let mut succs: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
        let mut in_layout = EntitySet::new();
        for &b in f.layout.iter().filter(|&&b| f.blocks.is_valid(b)) {
            in_layout.insert(b);
        }
        for &b in f.layout.iter().filter(|&&b| f.blocks.is_valid(b)) {
            for s in f.blocks[b].term.successors() {
                if in_layout.contains(s) {
                    succs[b].push(s);
                    preds[s].push(b);
                }
            }
        }
        let rpo = match f.entry() {
            Some(e) => reverse_postorder(e, &succs),
            None => Vec::new(),
        };
        Cfg { preds, succs, rpo }
    }

    /// Predecessors, one entry per edge (a block branching twice to the same
    /// target appears twice).
    pub fn preds(&self, b: Block) -> &[Block] {
        &self.preds[b]
    }

    pub fn succs(&self, b: Block) -> &[Block] {
        &self.succs[b]
    }
}

fn reverse_postorder(entry: Block, succs: &SecondaryMap<Block, Vec<Block>>) -> Vec<Block> {
    let mut seen = EntitySet::new();
    let mut post = Vec::new();
    // iterative DFS: (block, next successor index)
    let mut stack = vec![(entry, 0usize)];
    seen.insert(entry);
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        if let Some(&s) = succs[b].get(*i) {
            *i += 1;
            if !seen.contains(s) {
                seen.insert(s);
                stack.push((s, 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    post
}
