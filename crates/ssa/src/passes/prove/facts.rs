//! prove's fact table: what is known, at one point of the dominator-tree
//! walk, about the values of the function (gc's `factsTable`).
//!
//! * Orderings (`<`, `<=`, `==`, `!=`) between non-constant values, in the
//!   signed and the unsigned domain, kept as a graph of edges. A query
//!   (`ordered`) walks the edges up from one value and down from the other
//!   and looks for a common node or a pair whose constant bounds decide it
//!   (gc keeps a poset; this is the same knowledge, searched lazily).
//! * Constant bounds (`Limit`, signed and unsigned) of single values: a
//!   comparison with a constant only narrows a bound, it adds no edge.
//! * Boolean facts (a condition known true or false) and pointer
//!   equalities.
//!
//! Every change is logged, so that [`Facts::restore`] returns to the last
//! [`Facts::checkpoint`] when the walk backs out of a dominator subtree.
//! Values are *nodes*: pure values computing the same thing are one node
//! (a local value numbering, so prove does not depend on CSE), constants
//! are nodes by value.

use crate::{Function, Op, Type, Value, ValueDef};
use std::collections::HashMap;

/// Relation bits between (v, w), as gc: any subset of `<`, `==`, `>`.
pub const LT: u8 = 1;
pub const EQ: u8 = 2;
pub const GT: u8 = 4;

pub fn reverse(r: u8) -> u8 {
    (r & EQ) | ((r & LT) << 2) | ((r & GT) >> 2)
}

/// A domain in which a relation is known.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Dom {
    Signed,
    Unsigned,
    Pointer,
}

/// A node of the fact table: a value (its representative) or an integer
/// constant of a type (zero is one node of every type).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Node {
    Val(Value),
    Const(Type, i64),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Limit {
    pub min: i64,
    pub max: i64,
    pub umin: u64,
    pub umax: u64,
}

pub const NO_LIMIT: Limit = Limit { min: i64::MIN, max: i64::MAX, umin: 0, umax: u64::MAX };

impl Limit {
    fn intersect(self, o: Limit) -> Limit {
        Limit {
            min: self.min.max(o.min),
            max: self.max.min(o.max),
            umin: self.umin.max(o.umin),
            umax: self.umax.min(o.umax),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rel {
    Lt,
    Le,
    Eq,
    Ne,
}

#[derive(Clone, Copy, Debug)]
struct Edge {
    a: Node,
    b: Node,
    dom: Dom,
    rel: Rel,
}

enum Undo {
    Mark,
    Edge,
    Limit(Node, Option<Limit>),
    Bool(Node, Option<bool>),
    Ptr((Node, Node), Option<u8>),
}

/// How far a reachability search goes (the table is incomplete past it,
/// never wrong).
const MAX_REACH: usize = 128;
/// How deep derived facts may recurse.
const MAX_DEPTH: u32 = 8;

pub struct Facts<'f> {
    pub f: &'f Function,
    canon: Vec<Option<Node>>,
    edges: Vec<Edge>,
    adj: HashMap<Node, Vec<u32>>,
    limits: HashMap<Node, Limit>,
    bools: HashMap<Node, bool>,
    ptrs: HashMap<(Node, Node), u8>,
    undo: Vec<Undo>,
    /// Block parameters every incoming value of which is non-negative
    /// (lengths carried around loops and joins; see [`Facts::nonneg_params`]).
    nonneg_params: std::collections::HashSet<Value>,
    /// The memory epoch of every load (see [`Facts::number`]).
    load_epoch: HashMap<Value, u32>,
    pub unsat: bool,
    unsat_depth: u32,
    depth: u32,
}

fn i64_key(ty: Type, c: i64) -> Node {
    if c == 0 { Node::Const(Type::I64, 0) } else { Node::Const(ty, ty.canon_int(c)) }
}

impl<'f> Facts<'f> {
    pub fn new(f: &'f Function, rpo: &[crate::Block]) -> Facts<'f> {
        let mut ft = Facts {
            f,
            canon: vec![None; f.values.len()],
            edges: Vec::new(),
            adj: HashMap::new(),
            limits: HashMap::new(),
            bools: HashMap::new(),
            ptrs: HashMap::new(),
            undo: Vec::new(),
            nonneg_params: Default::default(),
            load_epoch: HashMap::new(),
            unsat: false,
            unsat_depth: 0,
            depth: 0,
        };
        ft.number(rpo);
        ft.nonneg_params(rpo);
        ft
    }

    /// The block parameters (other than the entry's) that are ≥ 0 because
    /// every value they receive is: a `nonneg` value, a non-negative
    /// constant, a structurally non-negative value or another such
    /// parameter. Greatest fixpoint: start from every integer parameter and
    /// drop those with an incoming value that is not known non-negative (by
    /// induction over the execution, each parameter left only ever holds
    /// non-negative values).
    fn nonneg_params(&mut self, rpo: &[crate::Block]) {
        let f = self.f;
        let preds = super::super::util::incoming(f);
        let entry = f.entry();
        let mut cand: Vec<(Value, Vec<Value>)> = Vec::new();
        for &b in rpo {
            if Some(b) == entry {
                continue;
            }
            for (i, &p) in f.blocks[b].params.iter().enumerate() {
                if f.values[p].ty.is_int() {
                    let args = super::super::util::incoming_args(f, &preds[b], b, i);
                    cand.push((p, args));
                }
            }
        }
        self.nonneg_params = cand.iter().map(|(p, _)| *p).collect();
        loop {
            let mut changed = false;
            for (p, args) in &cand {
                if !self.nonneg_params.contains(p) {
                    continue;
                }
                if !args.iter().all(|&a| self.nonneg_structural(self.node(a), 0)) {
                    self.nonneg_params.remove(p);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Local value numbering: pure values with equal op, type, aux and
    /// (numbered) arguments share a node; copies are their argument.
    ///
    /// Loads of the same address share a node too when they read the same
    /// memory *epoch* (gc gets this from CSE over its memory values): a new
    /// epoch starts after every store or call, and at the entry of a block
    /// unless all its predecessors come earlier in reverse postorder and end
    /// in one same epoch. Two loads numbered equal then read memory that no
    /// write can have changed between them: an epoch only flows forward from
    /// where it starts, so a load dominating another of its epoch ran after
    /// that epoch's latest start (the `len(*s) == 0` test then `(*s)[…]`).
    fn number(&mut self, rpo: &[crate::Block]) {
        use crate::op::Effect;
        type Key = (Op, Type, Vec<Node>, i64, String, u32);
        let mut seen: HashMap<Key, Node> = HashMap::new();
        let f = self.f;
        let preds = super::super::util::incoming(f);
        let mut exit_epoch: HashMap<crate::Block, u32> = HashMap::new();
        let mut epochs = 0u32;
        for &b in rpo {
            let ps = &preds[b];
            let inherited = match ps.first().and_then(|p| exit_epoch.get(p)) {
                Some(&e) if ps.iter().all(|p| exit_epoch.get(p) == Some(&e)) => Some(e),
                _ => None,
            };
            let mut epoch = inherited.unwrap_or_else(|| {
                epochs += 1;
                epochs
            });
            for (i, &p) in f.blocks[b].params.iter().enumerate() {
                // A parameter receiving one same value on every edge (left
                // by short circuit before phielim runs again) is that value.
                let args = super::super::util::incoming_args(f, ps, b, i);
                let first = args.first().map(|&a| self.node(a));
                let n = match first {
                    Some(n) if args.iter().all(|&a| self.node(a) == n) && n != Node::Val(p) => n,
                    _ => Node::Val(p),
                };
                self.canon[p.as_u32() as usize] = Some(n);
            }
            for &v in &f.blocks[b].insts {
                let d = &f.values[v];
                let n = if d.op == Op::Copy && d.args.len() == 1 {
                    self.node(d.args[0])
                } else if d.op == Op::Const && d.ty.is_intlike() {
                    i64_key(d.ty, d.aux_int)
                } else if d.op == Op::Load && d.args.len() == 1 {
                    self.load_epoch.insert(v, epoch);
                    let key =
                        (d.op, d.ty, vec![self.node(d.args[0])], d.aux_int, String::new(), epoch);
                    *seen.entry(key).or_insert(Node::Val(v))
                } else if d.op.effect().is_ordered() || d.op == Op::Proj {
                    if matches!(d.op.effect(), Effect::Write | Effect::Call) {
                        epochs += 1;
                        epoch = epochs;
                    }
                    Node::Val(v)
                } else {
                    let args: Vec<Node> = d.args.iter().map(|&a| self.node(a)).collect();
                    let aux = match &d.aux {
                        crate::Aux::None => String::new(),
                        a => format!("{a:?}"),
                    };
                    *seen.entry((d.op, d.ty, args, d.aux_int, aux, 0)).or_insert(Node::Val(v))
                };
                self.canon[v.as_u32() as usize] = Some(n);
            }
            exit_epoch.insert(b, epoch);
        }
    }

    /// The node of a value.
    pub fn node(&self, v: Value) -> Node {
        self.canon.get(v.as_u32() as usize).copied().flatten().unwrap_or(Node::Val(v))
    }

    /// The value data behind a (non-constant) node.
    pub fn op_of(&self, n: Node) -> Option<(Op, &'f [Value])> {
        match n {
            Node::Val(v) => {
                let d = &self.f.values[v];
                match d.def {
                    ValueDef::Inst(_) => Some((d.op, &d.args)),
                    _ => None,
                }
            }
            Node::Const(..) => None,
        }
    }

    pub fn ty(&self, n: Node) -> Type {
        match n {
            Node::Val(v) => self.f.values[v].ty,
            Node::Const(t, _) => t,
        }
    }

    pub fn as_const(&self, n: Node) -> Option<i64> {
        match n {
            Node::Const(_, c) => Some(c),
            _ => None,
        }
    }

    // ---- checkpoints -------------------------------------------------

    pub fn checkpoint(&mut self) {
        if self.unsat {
            self.unsat_depth += 1;
        }
        self.undo.push(Undo::Mark);
    }

    pub fn restore(&mut self) {
        if self.unsat_depth > 0 {
            self.unsat_depth -= 1;
        } else {
            self.unsat = false;
        }
        while let Some(u) = self.undo.pop() {
            match u {
                Undo::Mark => break,
                Undo::Edge => {
                    if let Some(e) = self.edges.pop() {
                        for n in [e.a, e.b] {
                            if let Some(l) = self.adj.get_mut(&n) {
                                l.pop();
                            }
                        }
                    }
                }
                Undo::Limit(n, old) => match old {
                    Some(l) => {
                        self.limits.insert(n, l);
                    }
                    None => {
                        self.limits.remove(&n);
                    }
                },
                Undo::Bool(n, old) => match old {
                    Some(b) => {
                        self.bools.insert(n, b);
                    }
                    None => {
                        self.bools.remove(&n);
                    }
                },
                Undo::Ptr(k, old) => match old {
                    Some(r) => {
                        self.ptrs.insert(k, r);
                    }
                    None => {
                        self.ptrs.remove(&k);
                    }
                },
            }
        }
    }

    // ---- queries -----------------------------------------------------

    /// Known bounds of a node (constants are exact; structurally
    /// non-negative values have min 0).
    pub fn limit(&self, n: Node) -> Limit {
        match n {
            Node::Const(t, c) => {
                let u = (c as u64) & super::super::util::mask(t.bits().max(1));
                Limit { min: c, max: c, umin: u, umax: u }
            }
            Node::Val(_) => {
                let l = self.limits.get(&n).copied().unwrap_or(NO_LIMIT);
                l.intersect(self.shape_limit(n))
            }
        }
    }

    /// Bounds that follow from how a value is computed: zero extensions,
    /// unsigned remainders and right shifts by constants, masks, bit counts.
    fn shape_limit(&self, n: Node) -> Limit {
        let mut l = NO_LIMIT;
        let ty = self.ty(n);
        if !ty.is_int() {
            return l;
        }
        if self.nonneg_structural(n, 0) {
            l.min = 0;
        }
        let w = ty.bits();
        if let Some((op, args)) = self.op_of(n) {
            let arg = |i: usize| self.node(args[i]);
            let konst = |i: usize| {
                let a = arg(i);
                self.as_const(a)
                    .map(|c| (c as u64) & super::super::util::mask(self.ty(a).bits().max(1)))
            };
            match op {
                Op::ZeroExt => l.umax = super::super::util::mask(self.ty(arg(0)).bits().max(1)),
                Op::ModU => {
                    if let Some(c) = konst(1)
                        && c > 0
                    {
                        l.umax = c - 1;
                    }
                }
                Op::ShrU => {
                    if let Some(k) = konst(1) {
                        l.umax = if k >= w as u64 { 0 } else { super::super::util::mask(w) >> k };
                    }
                }
                Op::And => {
                    for i in 0..2 {
                        if let Some(c) = konst(i) {
                            l.umax = l.umax.min(c);
                        }
                    }
                }
                Op::Ctz | Op::Clz | Op::PopCount => l.umax = w as u64,
                _ => {}
            }
        }
        l.umax = l.umax.min(super::super::util::mask(w));
        if l.umax <= type_max(ty) as u64 {
            // 0 <= x <=u umax < 2^(w-1): the signed value is the same.
            l.min = l.min.max(0);
            l.max = l.max.min(l.umax as i64);
        }
        if l.min >= 0 {
            l.umin = l.umin.max(l.min as u64);
        }
        l
    }

    pub fn has_limit(&self, n: Node) -> Option<Limit> {
        match n {
            Node::Const(..) => Some(self.limit(n)),
            _ => self.limits.get(&n).copied(),
        }
    }

    /// Nodes known `>=` (forward) or `<=` (backward) `start` in `dom`, with
    /// whether the relation is strict.
    fn reach(&self, start: Node, dom: Dom, forward: bool) -> Vec<(Node, bool)> {
        let mut out: Vec<(Node, bool)> = vec![(start, false)];
        let mut i = 0;
        while i < out.len() && out.len() < MAX_REACH {
            let (cur, s) = out[i];
            i += 1;
            let Some(list) = self.adj.get(&cur) else { continue };
            for &ei in list {
                let e = self.edges[ei as usize];
                if e.dom != dom {
                    continue;
                }
                let next = match e.rel {
                    Rel::Lt | Rel::Le => {
                        let strict = s || e.rel == Rel::Lt;
                        if forward && e.a == cur {
                            Some((e.b, strict))
                        } else if !forward && e.b == cur {
                            Some((e.a, strict))
                        } else {
                            None
                        }
                    }
                    Rel::Eq => Some((if e.a == cur { e.b } else { e.a }, s)),
                    Rel::Ne => None,
                };
                if let Some((n, st)) = next {
                    match out.iter_mut().find(|(m, _)| *m == n) {
                        Some(slot) => {
                            if st && !slot.1 {
                                slot.1 = true;
                                out.push((n, true));
                            }
                        }
                        None => out.push((n, st)),
                    }
                }
            }
        }
        out
    }

    /// Is `v < w` (strict) or `v <= w` provable in `dom`?
    pub fn ordered(&self, dom: Dom, v: Node, w: Node, strict: bool) -> bool {
        if v == w {
            return !strict;
        }
        let up = self.reach(v, dom, true);
        let down = self.reach(w, dom, false);
        for &(x, sx) in &up {
            let lx = self.limit(x);
            for &(y, sy) in &down {
                let s = sx || sy;
                if x == y {
                    if s || !strict || self.known_ne(dom, v, w) {
                        return true;
                    }
                    continue;
                }
                let ly = self.limit(y);
                let ok = match dom {
                    Dom::Signed => lx.max < ly.min || (lx.max == ly.min && (s || !strict)),
                    Dom::Unsigned => lx.umax < ly.umin || (lx.umax == ly.umin && (s || !strict)),
                    Dom::Pointer => false,
                };
                if ok {
                    return true;
                }
            }
        }
        false
    }

    fn known_ne(&self, dom: Dom, v: Node, w: Node) -> bool {
        self.adj.get(&v).is_some_and(|l| {
            l.iter().any(|&ei| {
                let e = self.edges[ei as usize];
                e.dom == dom
                    && e.rel == Rel::Ne
                    && ((e.a == v && e.b == w) || (e.a == w && e.b == v))
            })
        })
    }

    /// Is `v == w` provable in `dom`?
    pub fn equal(&self, dom: Dom, v: Node, w: Node) -> bool {
        if v == w {
            return true;
        }
        let (lv, lw) = (self.limit(v), self.limit(w));
        let single = |l: Limit| match dom {
            Dom::Signed => (l.min == l.max).then_some(l.min as u64),
            _ => (l.umin == l.umax).then_some(l.umin),
        };
        if let (Some(a), Some(b)) = (single(lv), single(lw))
            && a == b
        {
            return true;
        }
        self.ordered(dom, v, w, false) && self.ordered(dom, w, v, false)
    }

    /// Is the relation set `r` between v and w known to hold in `dom`?
    pub fn holds(&self, dom: Dom, v: Node, w: Node, r: u8) -> bool {
        match r {
            LT => self.ordered(dom, v, w, true),
            GT => self.ordered(dom, w, v, true),
            x if x == LT | EQ => self.ordered(dom, v, w, false),
            x if x == GT | EQ => self.ordered(dom, w, v, false),
            EQ => self.equal(dom, v, w),
            x if x == LT | GT => {
                self.ordered(dom, v, w, true)
                    || self.ordered(dom, w, v, true)
                    || self.known_ne(dom, v, w)
            }
            _ => r == LT | EQ | GT,
        }
    }

    // ---- non-negativity ----------------------------------------------

    /// (length, capacity) pairs of the same slice header: `len <= cap`
    /// holds between them wherever both exist. Only `nonneg` values are
    /// lengths and capacities (the builder flags nothing else), and a
    /// length always follows a pointer leaf, so two flagged leaves next to
    /// each other are a slice's length and capacity: parameters `k`, `k+1`
    /// of the entry block, `Proj [i]`/`Proj [i+1]` of one call, or loads at
    /// offsets `o`/`o+8` from one address in one memory epoch (the header
    /// read as a whole; gc relates `SliceLen x`/`SliceCap x` of one `x`).
    pub fn len_cap_pairs(&self) -> Vec<(Node, Node)> {
        let f = self.f;
        let mut out = Vec::new();
        let flagged = |v: Value| f.values[v].nonneg && f.values[v].ty == Type::I64;
        if let Some(e) = f.entry() {
            for w in f.blocks[e].params.windows(2) {
                if flagged(w[0]) && flagged(w[1]) {
                    out.push((self.node(w[0]), self.node(w[1])));
                }
            }
        }
        let mut loads: HashMap<(Node, i64, u32), Value> = HashMap::new();
        let mut projs: HashMap<(Value, i64), Value> = HashMap::new();
        for (v, d) in f.values.iter() {
            if !flagged(v) || !matches!(d.def, ValueDef::Inst(_)) || d.args.len() != 1 {
                continue;
            }
            match d.op {
                Op::Load => {
                    if let Some(&e) = self.load_epoch.get(&v) {
                        loads.insert((self.node(d.args[0]), d.aux_int, e), v);
                    }
                }
                Op::Proj => {
                    projs.insert((d.args[0], d.aux_int), v);
                }
                _ => {}
            }
        }
        for (&(a, off, e), &c) in &loads {
            if let Some(&l) = off.checked_sub(8).and_then(|o| loads.get(&(a, o, e))) {
                out.push((self.node(l), self.node(c)));
            }
        }
        for (&(call, i), &c) in &projs {
            if let Some(&l) = i.checked_sub(1).and_then(|j| projs.get(&(call, j))) {
                out.push((self.node(l), self.node(c)));
            }
        }
        out.sort_by_key(|&(l, c)| (node_key(l), node_key(c)));
        out
    }

    /// Is `v` a value that is ≥ 0 wherever it exists (a `nonneg` value or
    /// a parameter receiving only such values)?
    pub fn always_nonneg(&self, v: Value) -> bool {
        self.f.values[v].nonneg || self.nonneg_params.contains(&v)
    }

    /// gc's `isNonNegative` on the value's shape alone.
    pub fn nonneg_structural(&self, n: Node, depth: u32) -> bool {
        if depth > 6 {
            return false;
        }
        let Node::Val(v) = n else {
            return self.as_const(n).is_some_and(|c| c >= 0);
        };
        let d = &self.f.values[v];
        if d.nonneg || self.nonneg_params.contains(&v) {
            return true;
        }
        let Some((op, args)) = self.op_of(n) else { return false };
        let arg = |i: usize| self.node(args[i]);
        match op {
            Op::ZeroExt | Op::Ctz | Op::Clz | Op::PopCount => true,
            Op::ShrU => self.as_const(arg(1)).is_some_and(|c| c > 0),
            Op::ShrS | Op::SignExt => self.nonneg_structural(arg(0), depth + 1),
            Op::And => {
                self.nonneg_structural(arg(0), depth + 1)
                    || self.nonneg_structural(arg(1), depth + 1)
            }
            Op::Mod | Op::Div | Op::Or | Op::Xor => {
                d.ty.is_int()
                    && self.nonneg_structural(arg(0), depth + 1)
                    && self.nonneg_structural(arg(1), depth + 1)
            }
            _ => false,
        }
    }

    /// gc's `factsTable.isNonNegative`.
    pub fn is_nonneg(&self, n: Node) -> bool {
        if self.nonneg_structural(n, 0) {
            return true;
        }
        let ty = self.ty(n);
        let max = type_max(ty);
        if let Some(l) = self.limits.get(&n)
            && (l.min >= 0 || l.umax <= max as u64)
        {
            return true;
        }
        if let Some((x, delta)) = self.const_delta(n)
            && let Some(l) = self.limits.get(&x)
        {
            if delta > 0 && l.min >= -delta && l.max <= max - delta {
                return true;
            }
            if delta < 0 && l.min >= delta.saturating_neg() {
                return true;
            }
        }
        if let Some((Op::SignExt, args)) = self.op_of(n)
            && self.is_nonneg(self.node(args[0]))
        {
            return true;
        }
        self.ordered(Dom::Signed, Node::Const(Type::I64, 0), n, false)
    }

    /// `n == x + delta` with a constant delta (gc's `isConstDelta`; 64- and
    /// 32-bit adds and subtracts).
    pub fn const_delta(&self, n: Node) -> Option<(Node, i64)> {
        let (op, args) = self.op_of(n)?;
        let ty = self.ty(n);
        if !matches!(ty, Type::I64 | Type::I32) {
            return None;
        }
        match op {
            Op::Add => {
                let (a, b) = (self.node(args[0]), self.node(args[1]));
                if let Some(c) = self.as_const(a) {
                    return Some((b, c));
                }
                if let Some(c) = self.as_const(b) {
                    return Some((a, c));
                }
                None
            }
            Op::Sub => {
                let c = self.as_const(self.node(args[1]))?;
                let neg = ty.canon_int(c.wrapping_neg());
                (neg != c).then_some((self.node(args[0]), neg))
            }
            _ => None,
        }
    }

    // ---- booleans and pointers ----------------------------------------

    /// Record that condition `c` is `val`.
    pub fn set_bool(&mut self, c: Node, val: bool) {
        if self.unsat {
            return;
        }
        if let Node::Const(_, k) = c {
            if (k != 0) != val {
                self.unsat = true;
            }
            return;
        }
        match self.bools.get(&c) {
            Some(&old) if old == val => return,
            Some(_) => {
                self.unsat = true;
                return;
            }
            None => {}
        }
        self.undo.push(Undo::Bool(c, None));
        self.bools.insert(c, val);
        if let Some((Op::Not, args)) = self.op_of(c)
            && self.depth < MAX_DEPTH
        {
            self.depth += 1;
            let a = self.node(args[0]);
            self.set_bool(a, !val);
            self.depth -= 1;
        }
    }

    pub fn get_bool(&self, c: Node) -> Option<bool> {
        self.bools.get(&c).copied()
    }

    fn update_ptr(&mut self, v: Node, w: Node, r: u8) {
        let (k, r) = if ptr_key(v) <= ptr_key(w) { ((v, w), r) } else { ((w, v), reverse(r)) };
        let old = self.ptrs.get(&k).copied();
        let o = old.unwrap_or(LT | EQ | GT);
        if o & r == o {
            return;
        }
        if let (Node::Const(_, a), Node::Const(_, b)) = k {
            let actual = if a == b { EQ } else { LT | GT };
            if actual & r == 0 {
                self.unsat = true;
            }
            return;
        }
        self.undo.push(Undo::Ptr(k, old));
        self.ptrs.insert(k, o & r);
        if o & r == 0 {
            self.unsat = true;
        }
    }

    // ---- updates -----------------------------------------------------

    fn push_edge(&mut self, a: Node, b: Node, dom: Dom, rel: Rel) {
        let i = self.edges.len() as u32;
        self.edges.push(Edge { a, b, dom, rel });
        self.adj.entry(a).or_default().push(i);
        self.adj.entry(b).or_default().push(i);
        self.undo.push(Undo::Edge);
    }

    fn set_limit(&mut self, n: Node, l: Limit) {
        let old = self.limits.get(&n).copied();
        self.undo.push(Undo::Limit(n, old));
        self.limits.insert(n, l);
        if l.min > l.max || l.umin > l.umax {
            self.unsat = true;
        }
    }

    /// Restrict the relation between `v` and `w` in `dom` to `r` (gc's
    /// `factsTable.update`), deriving what follows.
    pub fn update(&mut self, v: Node, w: Node, dom: Dom, r: u8) {
        if self.unsat || self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.update_inner(v, w, dom, r);
        self.depth -= 1;
    }

    fn update_inner(&mut self, mut v: Node, mut w: Node, dom: Dom, mut r: u8) {
        if v == w {
            if r & EQ == 0 {
                self.unsat = true;
            }
            return;
        }
        if dom == Dom::Pointer {
            self.update_ptr(v, w, r);
            return;
        }
        // Contradiction with what is known?
        let contradiction = match r {
            LT => self.ordered(dom, w, v, false),
            GT => self.ordered(dom, v, w, false),
            x if x == LT | EQ => self.ordered(dom, w, v, true),
            x if x == GT | EQ => self.ordered(dom, v, w, true),
            EQ => {
                self.ordered(dom, v, w, true)
                    || self.ordered(dom, w, v, true)
                    || self.known_ne(dom, v, w)
            }
            x if x == LT | GT => self.equal(dom, v, w),
            _ => false,
        };
        if contradiction {
            self.unsat = true;
            return;
        }
        let vc = self.as_const(v).is_some();
        let wc = self.as_const(w).is_some();
        if vc && wc {
            return; // decided by the check above (constants are exact)
        }
        if !vc && !wc && !self.holds(dom, v, w, r) {
            match r {
                LT => self.push_edge(v, w, dom, Rel::Lt),
                GT => self.push_edge(w, v, dom, Rel::Lt),
                x if x == LT | EQ => self.push_edge(v, w, dom, Rel::Le),
                x if x == GT | EQ => self.push_edge(w, v, dom, Rel::Le),
                EQ => self.push_edge(v, w, dom, Rel::Eq),
                x if x == LT | GT => self.push_edge(v, w, dom, Rel::Ne),
                _ => {}
            }
        }

        // Bounds from comparisons with constants.
        if vc {
            std::mem::swap(&mut v, &mut w);
            r = reverse(r);
        }
        if let Some(c) = self.as_const(w) {
            let old = self.limits.get(&v).copied().unwrap_or(NO_LIMIT);
            let mut lim = NO_LIMIT;
            match dom {
                Dom::Signed => {
                    match r {
                        LT => lim.max = c.wrapping_sub(1),
                        x if x == LT | EQ => lim.max = c,
                        x if x == GT | EQ => lim.min = c,
                        GT => lim.min = c.wrapping_add(1),
                        x if x == LT | GT => {
                            lim = old;
                            if c == lim.min {
                                lim.min = lim.min.wrapping_add(1);
                            }
                            if c == lim.max {
                                lim.max = lim.max.wrapping_sub(1);
                            }
                        }
                        EQ => {
                            lim.min = c;
                            lim.max = c;
                        }
                        _ => {}
                    }
                    if lim.min >= 0 {
                        lim.umin = lim.min as u64;
                    }
                    if lim.max != NO_LIMIT.max && old.min >= 0 && lim.max >= 0 {
                        lim.umax = lim.max as u64;
                    }
                }
                Dom::Unsigned => {
                    let uc = self.limit(w).umin;
                    match r {
                        LT => lim.umax = uc.wrapping_sub(1),
                        x if x == LT | EQ => lim.umax = uc,
                        x if x == GT | EQ => lim.umin = uc,
                        GT => lim.umin = uc.wrapping_add(1),
                        x if x == LT | GT => {
                            lim = old;
                            if uc == lim.umin {
                                lim.umin = lim.umin.wrapping_add(1);
                            }
                            if uc == lim.umax {
                                lim.umax = lim.umax.wrapping_sub(1);
                            }
                        }
                        EQ => {
                            lim.umin = uc;
                            lim.umax = uc;
                        }
                        _ => {}
                    }
                }
                Dom::Pointer => {}
            }
            let new = old.intersect(lim);
            if new != old {
                self.set_limit(v, new);
                if self.unsat {
                    return;
                }
            }
        }

        // Fence posts: make the relation > or >=.
        if r == LT || r == LT | EQ {
            std::mem::swap(&mut v, &mut w);
            r = reverse(r);
        }
        if r == GT {
            if let Some((x, 1)) = self.const_delta(v) {
                // x+1 > w  ⇒  x >= w
                self.update(x, w, dom, GT | EQ);
            } else if let Some((x, -1)) = self.const_delta(w) {
                // v > x-1  ⇒  v >= x
                self.update(v, x, dom, GT | EQ);
            }
        } else if r == GT | EQ {
            if let Some((x, -1)) = self.const_delta(v) {
                // x-1 >= w && x > min  ⇒  x > w
                if let Some(l) = self.limits.get(&x).copied()
                    && ((dom == Dom::Signed && l.min > type_min(self.ty(v)))
                        || (dom == Dom::Unsigned && l.umin > 0))
                {
                    self.update(x, w, dom, GT);
                }
            } else if let Some((x, 1)) = self.const_delta(w) {
                // v >= x+1 && x < max  ⇒  v > x
                let ty = self.ty(w);
                if let Some(l) = self.limits.get(&x).copied()
                    && ((dom == Dom::Signed && l.max < type_max(ty))
                        || (dom == Dom::Unsigned && l.umax < type_umax(ty)))
                {
                    self.update(v, x, dom, GT);
                }
            }
        }

        // x+delta > w (signed): learn about x.
        if (r == GT || r == GT | EQ)
            && dom == Dom::Signed
            && let Some((x, delta)) = self.const_delta(v)
        {
            let xty = self.ty(x);
            match self.as_const(w) {
                None => {
                    if delta < 0
                        && let Some(l) = self.limits.get(&x).copied()
                        && l.min >= type_min(xty).saturating_sub(delta)
                    {
                        self.update(x, w, Dom::Signed, r);
                    }
                }
                Some(wc) => {
                    let (min, max) = match xty {
                        Type::I64 => (wc.wrapping_sub(delta), i64::MAX.wrapping_sub(delta)),
                        Type::I32 => (
                            (wc as i32).wrapping_sub(delta as i32) as i64,
                            i32::MAX.wrapping_sub(delta as i32) as i64,
                        ),
                        _ => return,
                    };
                    let (vmin, vmax) = (i64_key(xty, min), i64_key(xty, max));
                    if min < max {
                        self.update(x, vmin, dom, r);
                        self.update(vmax, x, dom, r | EQ);
                    } else if let Some(l) = self.limits.get(&x).copied() {
                        if l.max <= min {
                            if r & EQ == 0 || l.max < min {
                                self.update(vmax, x, dom, r | EQ);
                            }
                        } else if l.min > max {
                            self.update(x, vmin, dom, r);
                        }
                    }
                }
            }
        }

        // Value-preserving extensions.
        for (a, b, rr) in [(v, w, r), (w, v, reverse(r))] {
            if let Some((op, args)) = self.op_of(a)
                && let Some(&x) = args.first()
                && ((op == Op::SignExt && dom == Dom::Signed)
                    || (op == Op::ZeroExt && dom == Dom::Unsigned))
            {
                self.update(self.node(x), b, dom, rr);
            }
        }
    }

    /// `update` in every domain of `doms`.
    pub fn restrict(&mut self, doms: &[Dom], v: Node, w: Node, r: u8) {
        for &d in doms {
            self.update(v, w, d, r);
        }
    }
}

fn node_key(n: Node) -> (u8, u64) {
    ptr_key(n)
}

fn ptr_key(n: Node) -> (u8, u64) {
    match n {
        Node::Const(_, c) => (0, c as u64),
        Node::Val(v) => (1, v.as_u32() as u64),
    }
}

pub fn type_min(t: Type) -> i64 {
    match t.bits() {
        8 => i8::MIN as i64,
        16 => i16::MIN as i64,
        32 => i32::MIN as i64,
        _ => i64::MIN,
    }
}

pub fn type_max(t: Type) -> i64 {
    match t.bits() {
        8 => i8::MAX as i64,
        16 => i16::MAX as i64,
        32 => i32::MAX as i64,
        _ => i64::MAX,
    }
}

pub fn type_umax(t: Type) -> u64 {
    super::super::util::mask(t.bits().max(1))
}
