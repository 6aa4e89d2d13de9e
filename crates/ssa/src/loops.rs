//! Natural loops: back edges (a jump to a dominating block), each loop's header,
//! body and parent, and every block's loop depth. prove's induction-variable
//! search and the block layout use it.

use crate::Block;
use crate::cfg::Cfg;
use crate::dom::DomTree;
use cranelift_entity::{EntitySet, SecondaryMap};

#[derive(Clone, Debug)]
pub struct Loop {
    pub header: Block,
    /// Sources of the back edges to `header`.
    pub latches: Vec<Block>,
    /// Every block of the loop, header included.
    pub blocks: Vec<Block>,
    /// Index of the innermost enclosing loop.
    pub parent: Option<usize>,
}

pub struct LoopInfo {
    pub loops: Vec<Loop>,
    depth: SecondaryMap<Block, u32>,
    innermost: SecondaryMap<Block, Option<u32>>,
}

impl LoopInfo {
    pub fn new(cfg: &Cfg, dt: &DomTree) -> LoopInfo {
        let mut loops: Vec<Loop> = Vec::new();
        for &h in &dt.rpo {
            let latches: Vec<Block> =
                cfg.preds(h).iter().copied().filter(|&p| dt.dominates(h, p)).collect();
            if latches.is_empty() {
                continue;
            }
            let mut body = EntitySet::new();
            body.insert(h);
            let mut work: Vec<Block> = latches.clone();
            let mut blocks = vec![h];
            while let Some(b) = work.pop() {
                if body.contains(b) || !dt.is_reachable(b) {
                    continue;
                }
                body.insert(b);
                blocks.push(b);
                work.extend(cfg.preds(b).iter().copied());
            }
            let mut l = Loop { header: h, latches, blocks, parent: None };
            l.latches.dedup();
            loops.push(l);
        }
        // Loops were found in RPO of headers, so outer loops come first; a loop's
        // parent is the last earlier loop that contains its header.
        let mut depth: SecondaryMap<Block, u32> = SecondaryMap::new();
        let mut innermost: SecondaryMap<Block, Option<u32>> = SecondaryMap::new();
        for i in 0..loops.len() {
            let h = loops[i].header;
            loops[i].parent = (0..i).rev().find(|&j| loops[j].blocks.contains(&h));
            for k in 0..loops[i].blocks.len() {
                let b = loops[i].blocks[k];
                depth[b] += 1;
                innermost[b] = Some(i as u32);
            }
        }
        LoopInfo { loops, depth, innermost }
    }

    /// How many loops contain `b`.
    pub fn depth(&self, b: Block) -> u32 {
        self.depth[b]
    }

    /// The innermost loop containing `b`.
    pub fn innermost(&self, b: Block) -> Option<&Loop> {
        self.innermost[b].map(|i| &self.loops[i as usize])
    }
}
