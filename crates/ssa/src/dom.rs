//! Dominator tree (Cooper–Harvey–Kennedy over reverse postorder), with the
//! children lists that CSE and prove walk and O(1) dominance queries.

use crate::cfg::Cfg;
use crate::{Block, Function, Value, ValueDef};
use cranelift_entity::SecondaryMap;

pub struct DomTree {
    idom: SecondaryMap<Block, Option<Block>>,
    /// Position in reverse postorder; `u32::MAX` for unreachable blocks.
    rpo_num: SecondaryMap<Block, u32>,
    children: SecondaryMap<Block, Vec<Block>>,
    /// Pre/post numbers of a DFS over the tree, for constant-time `dominates`.
    pre: SecondaryMap<Block, u32>,
    post: SecondaryMap<Block, u32>,
    pub rpo: Vec<Block>,
}

impl DomTree {
    pub fn new(cfg: &Cfg) -> DomTree {
        let rpo = cfg.rpo.clone();
        let mut rpo_num: SecondaryMap<Block, u32> = SecondaryMap::with_default(u32::MAX);
        for (i, &b) in rpo.iter().enumerate() {
            rpo_num[b] = i as u32;
        }
        let mut idom: SecondaryMap<Block, Option<Block>> = SecondaryMap::new();
        if let Some(&entry) = rpo.first() {
            idom[entry] = Some(entry);
            let mut changed = true;
            while changed {
                changed = false;
                for &b in &rpo[1..] {
                    let mut new: Option<Block> = None;
                    for &p in cfg.preds(b) {
                        if idom[p].is_none() {
                            continue;
                        }
                        new = Some(match new {
                            None => p,
                            Some(n) => intersect(&idom, &rpo_num, p, n),
                        });
                    }
                    if new.is_some() && idom[b] != new {
                        idom[b] = new;
                        changed = true;
                    }
                }
            }
        }
        let mut children: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
        for &b in rpo.iter().skip(1) {
            if let Some(d) = idom[b] {
                children[d].push(b);
            }
        }
        let mut t = DomTree {
            idom,
            rpo_num,
            children,
            pre: SecondaryMap::new(),
            post: SecondaryMap::new(),
            rpo,
        };
        t.number();
        t
    }

    pub fn compute(f: &Function) -> (Cfg, DomTree) {
        let cfg = Cfg::new(f);
        let dt = DomTree::new(&cfg);
        (cfg, dt)
    }

    fn number(&mut self) {
        let Some(&entry) = self.rpo.first() else { return };
        let mut n = 1u32;
        let mut stack = vec![(entry, 0usize)];
        self.pre[entry] = n;
        while let Some(&mut (b, ref mut i)) = stack.last_mut() {
            if let Some(&c) = self.children[b].get(*i) {
                *i += 1;
                n += 1;
                self.pre[c] = n;
                stack.push((c, 0));
            } else {
                n += 1;
                self.post[b] = n;
                stack.pop();
            }
        }
    }

    pub fn is_reachable(&self, b: Block) -> bool {
        self.rpo_num[b] != u32::MAX
    }

    /// Immediate dominator; `None` for the entry and unreachable blocks.
    pub fn idom(&self, b: Block) -> Option<Block> {
        match self.idom[b] {
            Some(d) if d != b => Some(d),
            _ => None,
        }
    }

    pub fn children(&self, b: Block) -> &[Block] {
        &self.children[b]
    }

    pub fn rpo_number(&self, b: Block) -> u32 {
        self.rpo_num[b]
    }

    /// Does `a` dominate `b` (reflexively)? False if either is unreachable.
    pub fn dominates(&self, a: Block, b: Block) -> bool {
        if !self.is_reachable(a) || !self.is_reachable(b) {
            return false;
        }
        self.pre[a] <= self.pre[b] && self.post[b] <= self.post[a]
    }

    /// Is the definition of `v` available at instruction index `at` of block
    /// `b` (`at == insts.len()` is the terminator)?
    pub fn value_dominates(&self, f: &Function, v: Value, b: Block, at: usize) -> bool {
        match f.values[v].def {
            ValueDef::Dead => false,
            ValueDef::Param(db, _) => self.dominates(db, b),
            ValueDef::Inst(db) if db == b => {
                f.blocks[b].insts.iter().position(|&x| x == v).is_some_and(|i| i < at)
            }
            ValueDef::Inst(db) => self.dominates(db, b),
        }
    }
}

fn intersect(
    idom: &SecondaryMap<Block, Option<Block>>,
    num: &SecondaryMap<Block, u32>,
    mut a: Block,
    mut b: Block,
) -> Block {
    while a != b {
        while num[a] > num[b] {
            a = idom[a].unwrap_or(a);
            if num[a] == 0 {
                break;
            }
        }
        while num[b] > num[a] {
            b = idom[b].unwrap_or(b);
            if num[b] == 0 {
                break;
            }
        }
        if num[a] == num[b] && a != b {
            // cannot happen on a consistent tree; avoid looping forever
            break;
        }
    }
    a
}
