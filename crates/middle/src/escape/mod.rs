//! Escape analysis in the design of gc 1.19's escape package (re-derived).
//!
//! Every variable and every allocation site is a *location*; assignments
//! become weighted edges `dst <- src` counting dereferences (`&x` is -1,
//! `*p` is +1, a copy 0). Analysis runs per batch of functions (one
//! strongly connected component of the call graph, callees first):
//!
//! 1. build the graph by walking the bodies ([`Walker`]), calls analyzed
//!    with the callee's parameter summary ([`Leaks`]: leaks to the heap or to
//!    result *i* with a dereference count) — or, inside the batch, by
//!    flowing directly into the callee's parameters;
//! 2. solve: from every location, a Bellman-Ford-like walk over incoming
//!    edges finds the minimal dereference count at which other locations
//!    reach it; an address (`derefs < 0`) reaching a location that outlives
//!    its owner (the heap, a result, an outer loop, an enclosing function)
//!    makes the owner escape, and parameters reaching the heap or a result
//!    record that in their summary;
//! 3. finish: summaries and `Esc`/`heap` annotations, and the `-m` messages
//!    in gc's order (parameters, then locations in creation order).
//!
//! Positions: inside an inlined body, messages go to the outermost call
//! (gc prints positions that way).

use crate::Options;
use crate::gcfmt::Fmt;
use crate::inline::{InlSite, Inliner};
use crate::statics::{Defs, static_value};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use syntax::{Diagnostic, FileId, Pos};
use types::TypeId;
use types::ir::*;
use types::types::TypeKind;

const NUM_RESULTS: usize = 7;
const MAX_STACK_VAR_SIZE: u64 = 10 * 1024 * 1024;
const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

/// A parameter's escape summary: leaks to the heap and to each result, as
/// the minimal number of dereferences (stored +1, 0 = no leak).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Leaks(pub [u8; 1 + NUM_RESULTS]);

impl Leaks {
    pub fn heap(&self) -> i32 {
        self.get(0)
    }
    pub fn result(&self, i: usize) -> i32 {
        self.get(1 + i)
    }
    pub fn is_empty(&self) -> bool {
        self.0 == [0; 1 + NUM_RESULTS]
    }
    fn get(&self, i: usize) -> i32 {
        self.0[i] as i32 - 1
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.get(i);
        if old < 0 || derefs < old {
            self.set(i, derefs);
        }
    }
    fn set(&mut self, i: usize, derefs: i32) {
        let v = (derefs + 1).clamp(0, 255);
        self.0[i] = v as u8;
    }
    pub fn add_heap(&mut self, d: i32) {
        self.add(0, d)
    }
    pub fn add_result(&mut self, i: usize, d: i32) {
        self.add(1 + i, d)
    }
    /// Leaks to results at least as deep as the heap leak are redundant.
    pub fn optimize(&mut self) {
        let x = self.heap();
        if x >= 0 {
            for i in 0..NUM_RESULTS {
                if self.result(i) >= x {
                    self.set(1 + i, -1);
                }
            }
        }
    }
    /// gc's tag for "leaks to heap at level 0" (also what untagged means).
    pub fn heap0() -> Leaks {
        let mut l = Leaks::default();
        l.add_heap(0);
        l
    }
}

/// The analysis' state across packages: parameter summaries.
pub struct Escape {
    m: u32,
    file_names: Vec<String>,
    /// Summaries of the receiver and parameters of analyzed functions.
    pub tags: HashMap<FuncId, Vec<Leaks>>,
}

impl Escape {
    pub fn new(opts: &Options) -> Escape {
        Escape { m: opts.m, file_names: opts.file_names.clone(), tags: HashMap::new() }
    }

    /// Analyzes a package's functions (`roots` in declaration order) batch
    /// by batch; returns the messages when `report`.
    pub fn package(
        &mut self,
        prog: &mut Program,
        pkg: PkgId,
        roots: &[FuncId],
        inl: &Inliner,
        report: bool,
    ) -> Vec<Diagnostic> {
        let mut out = vec![];
        let file_pkg = file_packages(prog);
        // results on expressions (keyed by address; the analysis never reads
        // them and nothing moves an expression until then) are written by one
        // walk over the IR at the end, not one per batch
        let mut all_esc_nodes: HashMap<(usize, u8), Esc> = HashMap::new();
        let mut analysed: Vec<FuncId> = Vec::new();
        for (list, _) in crate::scc::bottom_up(prog, pkg, roots) {
            analysed.extend(list.iter().copied());
            // the batch: the component's functions and closures (closures made
            // by inlining get their locations when their literal is reached)
            let fns: Vec<FuncId> =
                list.into_iter().filter(|f| !inl.cloned_closures.contains(f)).collect();
            let mut b = Batch::new(prog, pkg, inl, self, report, &file_pkg);
            b.run(&fns);
            let Batch { diags, heap_vars, esc_nodes, new_tags, .. } = b;
            out.extend(diags);
            for (f, t) in new_tags {
                self.tags.insert(f, t);
            }
            apply(prog, &heap_vars, &HashMap::new(), &[]);
            all_esc_nodes.extend(esc_nodes);
        }
        apply(prog, &[], &all_esc_nodes, &analysed);
        out
    }
}

/// Which package each file belongs to.
fn file_packages(prog: &Program) -> HashMap<FileId, PkgId> {
    let mut m = HashMap::new();
    for f in prog.funcs.values() {
        if f.pos.is_known() {
            m.entry(f.pos.file).or_insert(f.pkg);
        }
    }
    for g in prog.globals.values() {
        if g.pos.is_known() {
            m.entry(g.pos.file).or_insert(g.pkg);
        }
    }
    m
}

/// Writes the results into the IR: heap variables, and the nodes' results
/// into the bodies of `funcs` (the functions whose expressions they key).
fn apply(
    prog: &mut Program,
    heap_vars: &[(FuncId, LocalId)],
    esc_nodes: &HashMap<(usize, u8), Esc>,
    funcs: &[FuncId],
) {
    for &(f, l) in heap_vars {
        if let Some(loc) = prog.funcs[f].locals.get_mut(l) {
            loc.heap = true;
        }
    }
    if esc_nodes.is_empty() {
        return;
    }
    struct Ap<'a>(&'a HashMap<(usize, u8), Esc>);
    impl types::visit::VisitorMut for Ap<'_> {
        fn expr(&mut self, e: &mut Expr) {
            let key = e as *const Expr as usize;
            if let Some(v) = self.0.get(&(key, 0)) {
                set_esc(e, *v);
            }
            if let Some(v) = self.0.get(&(key, 1))
                && let ExprKind::Call(c) = &mut e.kind
                && let DotsKind::Packed { esc, .. } = &mut c.dots
            {
                *esc = *v;
            }
        }
    }
    let mut ap = Ap(esc_nodes);
    for &f in funcs {
        if let Some(mut b) = prog.funcs[f].body.take() {
            types::visit::walk_block_mut(&mut ap, &mut b);
            prog.funcs[f].body = Some(b);
        }
    }
}

fn set_esc(e: &mut Expr, v: Esc) {
    match &mut e.kind {
        ExprKind::AddrOf { esc, .. }
        | ExprKind::AddString { esc, .. }
        | ExprKind::Conv { esc, .. }
        | ExprKind::FuncLit { esc, .. }
        | ExprKind::MethodValue { esc, .. } => *esc = v,
        ExprKind::Builtin(b) => match &mut **b {
            Builtin::MakeSlice { esc, .. }
            | Builtin::MakeMap { esc, .. }
            | Builtin::New { esc } => *esc = v,
            _ => {}
        },
        ExprKind::Composite(c) => match &mut **c {
            Composite::Slice { esc, .. } | Composite::Map { esc, .. } => *esc = v,
            _ => {}
        },
        _ => {}
    }
}

// ---------------------------------------------------------------- graph

const HEAP: usize = 0;
const BLANK: usize = 1;

#[derive(Clone, Debug)]
enum LocN {
    /// A temporary location without IR node.
    Temp,
    Heap,
    Blank,
    Var(FuncId, LocalId),
    /// An allocation site: the node's key, its text for messages, and
    /// whether it is a go/defer wrapper (never reported).
    Alloc {
        key: (usize, u8),
        text: String,
        wrapper: bool,
    },
}

struct Loc {
    n: LocN,
    func: FuncId,
    edges: Vec<Edge>,
    loop_depth: i32,
    /// 1 + index of the result this location is, 0 if none.
    result_index: usize,
    derefs: i32,
    walkgen: u32,
    dst: usize,
    dst_edge: usize,
    queued: bool,
    escapes: bool,
    transient: bool,
    param_esc: Leaks,
    captured: bool,
    reassigned: bool,
    addrtaken: bool,
    is_param: bool,
    /// Why gc puts this allocation on the heap regardless of flows.
    heap_reason: Option<&'static str>,
    /// Reporting position.
    pos: Pos,
}

#[derive(Clone)]
struct Edge {
    src: usize,
    derefs: i32,
    notes: Option<Rc<Note>>,
}

struct Note {
    next: Option<Rc<Note>>,
    where_text: String,
    where_pos: Pos,
    why: &'static str,
}

#[derive(Clone)]
struct Hole {
    dst: usize,
    derefs: i32,
    notes: Option<Rc<Note>>,
    addrtaken: bool,
}

impl Hole {
    fn shift(&self, delta: i32) -> Hole {
        let mut k = self.clone();
        k.derefs += delta;
        if k.derefs < -1 {
            k.derefs = -1;
        }
        k.addrtaken = delta < 0;
        k
    }
}

/// What a note's `where` is: text and position (computed only for -m=2).
#[derive(Clone)]
struct Where {
    text: String,
    pos: Pos,
}

struct Batch<'a> {
    prog: &'a Program,
    pkg: PkgId,
    inl: &'a Inliner,
    esc: &'a Escape,
    report: bool,
    m: u32,
    file_pkg: &'a HashMap<FileId, PkgId>,
    locs: Vec<Loc>,
    var_loc: HashMap<(FuncId, LocalId), usize>,
    closures: Vec<(Hole, FuncId)>,
    /// Functions of this batch not yet tagged.
    in_batch: HashSet<FuncId>,
    /// Functions whose closure body was walked (closures called directly).
    closure_called: HashSet<FuncId>,
    diags: Vec<Diagnostic>,
    heap_vars: Vec<(FuncId, LocalId)>,
    esc_nodes: HashMap<(usize, u8), Esc>,
    new_tags: Vec<(FuncId, Vec<Leaks>)>,
    /// Canonical (outer) variable of captured locals.
    canon: HashMap<(FuncId, LocalId), (FuncId, LocalId)>,
    /// Variables whose address was given to a by-reference capture.
    forced_addrtaken: HashSet<usize>,
}

impl<'a> Batch<'a> {
    fn new(
        prog: &'a Program,
        pkg: PkgId,
        inl: &'a Inliner,
        esc: &'a Escape,
        report: bool,
        file_pkg: &'a HashMap<FileId, PkgId>,
    ) -> Batch<'a> {
        let mut b = Batch {
            prog,
            pkg,
            inl,
            esc,
            report,
            m: esc.m,
            file_pkg,
            locs: vec![],
            var_loc: HashMap::new(),
            closures: vec![],
            in_batch: HashSet::new(),
            closure_called: HashSet::new(),
            diags: vec![],
            heap_vars: vec![],
            esc_nodes: HashMap::new(),
            new_tags: vec![],
            canon: HashMap::new(),
            forced_addrtaken: HashSet::new(),
        };
        let f0 = FuncId(0);
        b.locs.push(Loc::new(LocN::Heap, f0, 0, Pos::NONE));
        b.locs[HEAP].escapes = true;
        b.locs.push(Loc::new(LocN::Blank, f0, 0, Pos::NONE));
        b
    }

    fn note(&mut self, pos: Pos, msg: String) {
        if self.report {
            self.diags.push(Diagnostic::info(pos, msg));
        }
    }

    fn fmt_pos(&self, p: Pos) -> String {
        let f = self.esc.file_names.get(p.file.0 as usize).cloned().unwrap_or_default();
        format!("{}:{}:{}", f, p.line, p.col)
    }

    fn new_loc(
        &mut self,
        n: LocN,
        func: FuncId,
        loop_depth: i32,
        pos: Pos,
        transient: bool,
    ) -> usize {
        let mut l = Loc::new(n, func, loop_depth, pos);
        l.transient = transient;
        self.locs.push(l);
        self.locs.len() - 1
    }

    fn run(&mut self, fns: &[FuncId]) {
        for &f in fns {
            self.in_batch.insert(f);
        }
        // canonical variables of closures' captures
        for &f in fns {
            self.record_captures(f);
        }
        for &f in fns {
            self.init_func(f);
        }
        for &f in fns {
            if !crate::scc::is_hidden_closure(self.prog, f) {
                let mut w = Walker::new(self, f);
                w.walk_func();
            }
        }
        let closures = std::mem::take(&mut self.closures);
        for (k, c) in closures {
            self.flow_closure(k, c);
        }
        for i in 0..self.locs.len() {
            if let Some(why) = self.locs[i].heap_reason {
                let n = self.loc_where(i);
                let k = self.heap_hole().shift(-1);
                let k = self.with_note(k, n, why);
                self.flow(k, i);
            }
        }
        self.walk_all();
        self.finish(fns);
    }

    fn record_captures(&mut self, f: FuncId) {
        let func = &self.prog.funcs[f];
        for c in &func.captures {
            let outer = match &func.kind {
                FuncKind::Closure { parent: Some(p) } => *p,
                _ => continue,
            };
            let target = self.canon.get(&(outer, c.outer)).copied().unwrap_or((outer, c.outer));
            self.canon.insert((f, c.inner), target);
        }
        for c in func.closures.clone() {
            self.record_captures(c);
        }
    }

    fn canonical(&self, f: FuncId, l: LocalId) -> (FuncId, LocalId) {
        if let Some(c) = self.canon.get(&(f, l)) {
            return *c;
        }
        // captured locals of functions outside the recorded set
        let func = &self.prog.funcs[f];
        if func.locals.get(l).is_some_and(|x| x.kind == LocalKind::Captured)
            && let (FuncKind::Closure { parent: Some(p) }, Some(c)) =
                (&func.kind, func.captures.iter().find(|c| c.inner == l))
        {
            return self.canonical(*p, c.outer);
        }
        (f, l)
    }

    /// gc's initFunc: locations for the function's own variables.
    fn init_func(&mut self, f: FuncId) {
        let func = &self.prog.funcs[f];
        let mut ids: Vec<LocalId> = vec![];
        ids.extend(func.recv.iter().copied());
        ids.extend(func.params.iter().copied());
        ids.extend(func.results.iter().copied());
        for (id, l) in func.locals.iter() {
            if l.kind != LocalKind::Captured && !ids.contains(&id) {
                ids.push(id);
            }
        }
        for id in ids {
            self.var_location(f, id);
        }
        let results = func.results.clone();
        for (i, r) in results.iter().enumerate() {
            let loc = self.var_loc[&(f, *r)];
            self.locs[loc].result_index = 1 + i;
        }
    }

    fn var_location(&mut self, f: FuncId, l: LocalId) -> usize {
        let (f, l) = self.canonical(f, l);
        if let Some(&i) = self.var_loc.get(&(f, l)) {
            return i;
        }
        let func = &self.prog.funcs[f];
        let local = &func.locals[l];
        let pos = match self.inl.local_origin.get(&(f, l)) {
            Some((p, _)) => *p,
            None => local.pos,
        };
        let mut loc = Loc::new(LocN::Var(f, l), f, 1, pos);
        loc.is_param = matches!(local.kind, LocalKind::Param | LocalKind::Recv);
        if !matches!(local.kind, LocalKind::Param | LocalKind::Recv | LocalKind::Result)
            && self.prog.types.size_of(local.ty) > MAX_STACK_VAR_SIZE
        {
            loc.heap_reason = Some("too large for stack");
        }
        self.locs.push(loc);
        let i = self.locs.len() - 1;
        self.var_loc.insert((f, l), i);
        i
    }

    fn heap_hole(&self) -> Hole {
        Hole { dst: HEAP, derefs: 0, notes: None, addrtaken: false }
    }

    fn discard_hole(&self) -> Hole {
        Hole { dst: BLANK, derefs: 0, notes: None, addrtaken: false }
    }

    fn hole(&self, l: usize) -> Hole {
        Hole { dst: l, derefs: 0, notes: None, addrtaken: false }
    }

    fn with_note(&self, mut k: Hole, w: Option<Where>, why: &'static str) -> Hole {
        if self.m >= 2
            && let Some(w) = w
        {
            k.notes = Some(Rc::new(Note {
                next: k.notes.take(),
                where_text: w.text,
                where_pos: w.pos,
                why,
            }));
        }
        k
    }

    fn loc_where(&self, i: usize) -> Option<Where> {
        if self.m < 2 {
            return None;
        }
        Some(Where { text: self.loc_text(i), pos: self.locs[i].pos })
    }

    fn loc_text(&self, i: usize) -> String {
        match &self.locs[i].n {
            LocN::Var(f, l) => self.var_name(*f, *l),
            LocN::Alloc { text, .. } => text.clone(),
            _ => String::new(),
        }
    }

    fn var_name(&self, f: FuncId, l: LocalId) -> String {
        let local = &self.prog.funcs[f].locals[l];
        let name = if local.name.starts_with("~b") { "_".to_string() } else { local.name.clone() };
        if let Some((_, p)) = self.inl.local_origin.get(&(f, l))
            && *p != self.pkg
            && !name.starts_with('~')
            && !name.starts_with('.')
        {
            return format!("{}.{}", self.prog.packages[*p].name, name);
        }
        name
    }

    /// gc's explainLoc.
    fn explain_loc(&self, i: usize) -> String {
        match &self.locs[i].n {
            LocN::Heap => "{heap}".into(),
            LocN::Temp | LocN::Blank => "{temp}".into(),
            LocN::Var(f, l) => self.var_name(*f, *l),
            LocN::Alloc { text, .. } => format!("{{storage for {}}}", text),
        }
    }

    fn flow(&mut self, k: Hole, src: usize) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].escapes && k.derefs < 0 {
            if self.m >= 2 && self.report && !self.locs[src].escapes {
                let pos = self.locs[src].pos;
                let t = self.loc_text(src);
                self.note(pos, format!("{} escapes to heap:", t));
                self.explain_flow(pos, dst, src, k.derefs, k.notes.clone());
            }
            self.locs[src].escapes = true;
            return;
        }
        self.locs[dst].edges.push(Edge { src, derefs: k.derefs, notes: k.notes });
    }

    fn explain_flow(
        &mut self,
        pos: Pos,
        dst: usize,
        src: usize,
        derefs: i32,
        notes: Option<Rc<Note>>,
    ) {
        let ops = if derefs >= 0 { "*".repeat(derefs as usize) } else { "&".into() };
        let msg = format!("  flow: {} = {}{}:", self.explain_loc(dst), ops, self.explain_loc(src));
        self.note(pos, msg);
        let mut n = notes;
        while let Some(note) = n {
            let at = self.fmt_pos(note.where_pos);
            self.note(pos, format!("    from {} ({}) at {}", note.where_text, note.why, at));
            n = note.next.clone();
        }
    }

    fn explain_path(&mut self, root: usize, mut src: usize) {
        let pos = self.locs[src].pos;
        let mut visited = HashSet::new();
        loop {
            if !visited.insert(src) {
                self.note(
                    pos,
                    "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518"
                        .into(),
                );
                break;
            }
            let dst = self.locs[src].dst;
            if dst == usize::MAX {
                break;
            }
            let Some(edge) = self.locs[dst].edges.get(self.locs[src].dst_edge).cloned() else {
                break;
            };
            self.explain_flow(pos, dst, src, edge.derefs, edge.notes);
            if dst == root {
                break;
            }
            src = dst;
        }
    }

    fn is_result(&self, l: usize) -> bool {
        matches!(self.locs[l].n, LocN::Var(..)) && self.locs[l].result_index > 0
    }

    /// gc's outlives: whether `l` outlives `other`.
    fn outlives(&self, l: usize, other: usize) -> bool {
        if self.locs[l].escapes {
            return true;
        }
        if self.is_result(l) {
            // a result of a closure called directly outlives nothing of its caller
            let lf = self.locs[l].func;
            if contains_closure(self.prog, self.locs[other].func, lf)
                && self.closure_called.contains(&lf)
            {
                return false;
            }
            return true;
        }
        let (lf, of) = (self.locs[l].func, self.locs[other].func);
        if lf == of && self.locs[l].loop_depth < self.locs[other].loop_depth {
            return true;
        }
        contains_closure(self.prog, lf, of)
    }

    fn walk_all(&mut self) {
        let mut todo: Vec<usize> = Vec::with_capacity(self.locs.len() + 1);
        for i in 0..self.locs.len() {
            if i != HEAP && !self.locs[i].queued {
                self.locs[i].queued = true;
                todo.push(i);
            }
        }
        if !self.locs[HEAP].queued {
            self.locs[HEAP].queued = true;
            todo.push(HEAP);
        }
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn walk_one(&mut self, root: usize, walkgen: u32, queue: &mut Vec<usize>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].dst = usize::MAX;
        let mut todo = vec![root];
        while let Some(l) = todo.pop() {
            let mut derefs = self.locs[l].derefs;
            let address_of = derefs < 0;
            if address_of {
                derefs = 0;
                if !self.locs[root].transient && self.locs[l].transient {
                    self.locs[l].transient = false;
                    if !self.locs[l].queued {
                        self.locs[l].queued = true;
                        queue.push(l);
                    }
                }
            }
            if self.outlives(root, l) {
                if self.locs[l].is_param && matches!(self.locs[l].n, LocN::Var(..)) {
                    if self.m >= 2 && self.report && !self.locs[l].escapes {
                        let pos = self.locs[l].pos;
                        let msg = format!(
                            "parameter {} leaks to {} with derefs={}:",
                            self.loc_text(l),
                            self.explain_loc(root),
                            derefs
                        );
                        self.note(pos, msg);
                        self.explain_path(root, l);
                    }
                    self.leak_to(l, root, derefs);
                }
                if address_of && !self.locs[l].escapes {
                    if self.m >= 2 && self.report {
                        let pos = self.locs[l].pos;
                        let t = self.loc_text(l);
                        self.note(pos, format!("{} escapes to heap:", t));
                        self.explain_path(root, l);
                    }
                    self.locs[l].escapes = true;
                    if !self.locs[l].queued {
                        self.locs[l].queued = true;
                        queue.push(l);
                    }
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, ed) = (self.locs[l].edges[i].src, self.locs[l].edges[i].derefs);
                if self.locs[src].escapes {
                    continue;
                }
                let d = derefs + ed;
                if self.locs[src].walkgen != walkgen || self.locs[src].derefs > d {
                    self.locs[src].walkgen = walkgen;
                    self.locs[src].derefs = d;
                    self.locs[src].dst = l;
                    self.locs[src].dst_edge = i;
                    todo.push(src);
                }
            }
        }
    }

    fn leak_to(&mut self, l: usize, sink: usize, derefs: i32) {
        if !self.locs[sink].escapes
            && self.is_result(sink)
            && self.locs[sink].func == self.locs[l].func
        {
            let ri = self.locs[sink].result_index - 1;
            if ri < NUM_RESULTS {
                self.locs[l].param_esc.add_result(ri, derefs);
                return;
            }
        }
        self.locs[l].param_esc.add_heap(derefs);
    }

    fn flow_closure(&mut self, k: Hole, c: FuncId) {
        let caps = self.prog.funcs[c].captures.clone();
        for cap in caps {
            let (of, ol) = self.canonical(c, cap.inner);
            let loc = self.var_location(of, ol);
            let local = &self.prog.funcs[of].locals[ol];
            let size = self.prog.types.size_of(local.ty);
            let addrtaken = self.locs[loc].addrtaken || self.forced_addrtaken.contains(&loc);
            let byval = !addrtaken && !self.locs[loc].reassigned && size <= 128;
            if !byval {
                self.forced_addrtaken.insert(loc);
            }
            if self.m > 1 {
                let how = if byval { "value" } else { "ref" };
                let fname = crate::gcfmt::func_name(self.prog, self.pkg, of);
                let msg = format!(
                    "{} capturing by {}: {} (addr={} assign={} width={})",
                    fname,
                    how,
                    self.var_name(of, ol),
                    addrtaken,
                    self.locs[loc].reassigned,
                    size
                );
                let pos = self.locs[loc].pos;
                self.note(pos, msg);
            }
            let mut k2 = k.clone();
            // gc declares the closure's variable at its first use
            let inner_pos = first_use(self.prog, c, cap.inner).unwrap_or_else(|| {
                self.prog.funcs[c].locals.get(cap.inner).map(|l| l.pos).unwrap_or(Pos::NONE)
            });
            let w = (self.m >= 2).then(|| Where { text: self.var_name(of, ol), pos: inner_pos });
            if !byval {
                k2 = k2.shift(-1);
                k2 = self.with_note(k2, w.clone(), "reference");
            }
            let k2 = self.with_note(k2, w, "captured by a closure");
            self.flow(k2, loc);
        }
    }

    fn finish(&mut self, fns: &[FuncId]) {
        for &f in fns {
            self.in_batch.remove(&f);
            let tags = self.param_tags(f);
            self.new_tags.push((f, tags));
        }
        for i in 0..self.locs.len() {
            match self.locs[i].n.clone() {
                LocN::Var(f, l) if self.locs[i].escapes => {
                    let pos = self.locs[i].pos;
                    let name = self.var_name(f, l);
                    if self.report {
                        self.note(pos, format!("moved to heap: {}", name));
                    }
                    self.heap_vars.push((f, l));
                }
                LocN::Alloc { key, text, wrapper } => {
                    let pos = self.locs[i].pos;
                    if self.locs[i].escapes {
                        if !wrapper {
                            self.note(pos, format!("{} escapes to heap", text));
                        }
                        self.esc_nodes.insert(key, Esc::Heap);
                    } else {
                        if !wrapper {
                            self.note(pos, format!("{} does not escape", text));
                        }
                        self.esc_nodes.insert(key, Esc::Stack);
                    }
                }
                _ => {}
            }
        }
    }

    /// gc's paramTag for the receiver and parameters of `f`.
    fn param_tags(&mut self, f: FuncId) -> Vec<Leaks> {
        let func = &self.prog.funcs[f];
        let ids: Vec<LocalId> = func.recv.iter().chain(func.params.iter()).copied().collect();
        let diagnose = self.m != 0;
        let mut out = vec![];
        for (narg, p) in ids.iter().enumerate() {
            let local = &func.locals[*p];
            let name =
                if unnamed(&local.name) { format!("arg#{}", narg + 1) } else { local.name.clone() };
            if !self.prog.types.has_pointers(local.ty) {
                out.push(Leaks::heap0());
                continue;
            }
            if local.name == "_" || unnamed(&local.name) {
                out.push(Leaks::default());
                continue;
            }
            let loc = self.var_loc.get(&(f, *p)).copied();
            let Some(loc) = loc else {
                out.push(Leaks::heap0());
                continue;
            };
            let mut esc = self.locs[loc].param_esc;
            esc.optimize();
            if diagnose && !self.locs[loc].escapes {
                let pos = local.pos;
                if esc.is_empty() {
                    self.note(pos, format!("{} does not escape", name));
                }
                let x = esc.heap();
                if x >= 0 {
                    if x == 0 {
                        self.note(pos, format!("leaking param: {}", name));
                    } else {
                        self.note(pos, format!("leaking param content: {}", name));
                    }
                }
                for i in 0..NUM_RESULTS {
                    let x = esc.result(i);
                    if x >= 0 {
                        let res = func
                            .results
                            .get(i)
                            .map(|r| func.locals[*r].name.clone())
                            .unwrap_or_default();
                        self.note(
                            pos,
                            format!("leaking param: {} to result {} level={}", name, res, x),
                        );
                    }
                }
            }
            out.push(esc);
        }
        out
    }

    /// The summary of a callee's receiver+parameter `i` (gc's param.Note).
    fn callee_tag(&self, f: FuncId, i: usize) -> Leaks {
        if let Some(t) = self.esc.tags.get(&f) {
            return t.get(i).copied().unwrap_or_else(Leaks::heap0);
        }
        if let Some((_, t)) = self.new_tags.iter().find(|(g, _)| *g == f) {
            return t.get(i).copied().unwrap_or_else(Leaks::heap0);
        }
        let func = &self.prog.funcs[f];
        if func.body.is_none() {
            // no body: pointer parameters leak unless //go:noescape
            let ids: Vec<LocalId> = func.recv.iter().chain(func.params.iter()).copied().collect();
            let Some(p) = ids.get(i) else { return Leaks::heap0() };
            let ty = func.locals[*p].ty;
            if !self.prog.types.has_pointers(ty) {
                return Leaks::heap0();
            }
            if func.pragmas.noescape {
                return Leaks::default();
            }
            return Leaks::heap0();
        }
        Leaks::heap0()
    }
}

impl Loc {
    fn new(n: LocN, func: FuncId, loop_depth: i32, pos: Pos) -> Loc {
        Loc {
            n,
            func,
            edges: vec![],
            loop_depth,
            result_index: 0,
            derefs: 0,
            walkgen: 0,
            dst: usize::MAX,
            dst_edge: 0,
            queued: false,
            escapes: false,
            transient: false,
            param_esc: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            is_param: false,
            heap_reason: None,
            pos,
        }
    }
}

/// gc's containsClosure: `c` is a closure nested in `f`.
fn contains_closure(prog: &Program, f: FuncId, c: FuncId) -> bool {
    if f == c {
        return false;
    }
    let mut cur = c;
    for _ in 0..100 {
        match prog.funcs[cur].kind {
            FuncKind::Closure { parent: Some(p) } => {
                if p == f {
                    return true;
                }
                cur = p;
            }
            _ => return false,
        }
    }
    false
}

/// gc's IsDirectIface: values of the type are stored in the interface
/// word itself (pointer-shaped).
pub fn is_direct_iface(prog: &Program, t: TypeId) -> bool {
    let tt = &prog.types;
    match tt.under_kind(t) {
        TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Map(..) | TypeKind::Func(_) => true,
        TypeKind::Basic(types::BasicKind::UnsafePointer) => true,
        TypeKind::Array(e, 1) => is_direct_iface(prog, *e),
        TypeKind::Struct(fs) => fs.len() == 1 && is_direct_iface(prog, fs[0].ty),
        _ => false,
    }
}

// ---------------------------------------------------------------- walking

#[derive(Clone, Copy, PartialEq)]
enum LabelState {
    Looping,
    NonLooping,
}

struct Walker<'b, 'a> {
    b: &'b mut Batch<'a>,
    curfn: FuncId,
    loop_depth: i32,
    labels: HashMap<LabelId, LabelState>,
    /// Outermost inlined call containing the code being walked.
    outer: Option<Pos>,
    defs: Defs,
}

impl<'b, 'a> Walker<'b, 'a> {
    fn new(b: &'b mut Batch<'a>, f: FuncId) -> Walker<'b, 'a> {
        let defs = Defs::of(b.prog, f);
        Walker { b, curfn: f, loop_depth: 1, labels: HashMap::new(), outer: None, defs }
    }

    fn prog(&self) -> &'a Program {
        self.b.prog
    }

    fn walk_func(&mut self) {
        let prog = self.prog();
        let Some(body) = &prog.funcs[self.curfn].body else { return };
        // labels: looping if a goto follows them
        struct L<'x>(&'x mut HashMap<LabelId, LabelState>);
        impl types::visit::Visitor for L<'_> {
            fn stmt(&mut self, s: &Stmt) {
                match &s.kind {
                    StmtKind::Labeled { label, .. } => {
                        self.0.insert(*label, LabelState::NonLooping);
                    }
                    StmtKind::Goto(l) if self.0.get(l) == Some(&LabelState::NonLooping) => {
                        self.0.insert(*l, LabelState::Looping);
                    }
                    _ => {}
                }
            }
        }
        types::visit::walk_block(&mut L(&mut self.labels), body);
        self.block(&body.stmts);
    }

    fn pos(&self, p: Pos) -> Pos {
        self.outer.unwrap_or(p)
    }

    fn fmt(&self) -> Fmt<'a> {
        let mut f = Fmt::new(self.prog(), self.b.pkg, self.curfn);
        f.origins = Some(&self.b.inl.local_origin);
        f.orig_locals = self.b.inl.orig_locals.get(&self.curfn).copied();
        f.fixed_variadic = true;
        f
    }

    /// The `where` of a note for an expression.
    fn where_expr(&self, e: &Expr) -> Option<Where> {
        if self.b.m < 2 {
            return None;
        }
        let mut f = self.fmt();
        f.imported = self.imported(e.pos);
        Some(Where { text: f.expr(e), pos: self.pos(e.pos) })
    }

    fn where_stmt(&self, s: &Stmt) -> Option<Where> {
        if self.b.m < 2 {
            return None;
        }
        let mut f = self.fmt();
        f.imported = self.imported(s.pos);
        Some(Where { text: f.stmt(s), pos: self.pos(s.pos) })
    }

    fn imported(&self, p: Pos) -> bool {
        self.b.file_pkg.get(&p.file).is_some_and(|pk| *pk != self.b.pkg)
    }

    fn note(&self, k: Hole, w: Option<Where>, why: &'static str) -> Hole {
        self.b.with_note(k, w, why)
    }

    fn flow(&mut self, k: Hole, src: usize) {
        self.b.flow(k, src);
    }

    fn new_loc(&mut self, n: LocN, pos: Pos, transient: bool) -> usize {
        let p = self.pos(pos);
        self.b.new_loc(n, self.curfn, self.loop_depth, p, transient)
    }

    fn var(&mut self, l: LocalId) -> usize {
        self.b.var_location(self.curfn, l)
    }

    /// gc's spill: an allocation site holding the value that flows to `k`.
    fn spill(&mut self, k: Hole, e: &Expr, key_tag: u8, text: Option<String>) -> Hole {
        let key = (e as *const Expr as usize, key_tag);
        let text = match text {
            Some(t) => t,
            None => {
                if self.b.report || self.b.m >= 2 {
                    let mut f = self.fmt();
                    f.imported = self.imported(e.pos);
                    f.expr(e)
                } else {
                    String::new()
                }
            }
        };
        let reason = heap_alloc_reason(self.prog(), e, key_tag);
        let loc = self.new_loc(LocN::Alloc { key, text, wrapper: false }, e.pos, true);
        self.b.locs[loc].heap_reason = reason;
        let w = if self.b.m >= 2 {
            Some(Where { text: self.b.loc_text(loc), pos: self.b.locs[loc].pos })
        } else {
            None
        };
        let k = self.note(k.shift(-1), w, "spill");
        self.flow(k, loc);
        self.b.hole(loc)
    }

    fn later(&mut self, k: Hole) -> Hole {
        let loc = self.new_loc(LocN::Temp, Pos::NONE, false);
        self.flow(k, loc);
        self.b.hole(loc)
    }

    fn tee(&mut self, ks: Vec<Hole>) -> Hole {
        if ks.is_empty() {
            return self.b.discard_hole();
        }
        if ks.len() == 1 {
            return ks.into_iter().next().unwrap();
        }
        let loc = self.new_loc(LocN::Temp, Pos::NONE, true);
        for k in ks {
            self.flow(k, loc);
        }
        self.b.hole(loc)
    }

    fn dcl(&mut self, l: LocalId) -> Hole {
        let loc = self.var(l);
        self.b.locs[loc].loop_depth = self.loop_depth;
        self.b.hole(loc)
    }

    // ------------------------------------------------------------ statements

    fn block(&mut self, ss: &[Stmt]) {
        let old = self.loop_depth;
        self.stmts(ss);
        self.loop_depth = old;
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::TypeDecl(_)
            | StmtKind::ConstDecl { .. }
            | StmtKind::Fallthrough
            | StmtKind::Break { .. }
            | StmtKind::Continue { .. }
            | StmtKind::Goto(_) => {}
            StmtKind::Block(b) => {
                let site = self.inline_site(s);
                match site {
                    Some(site) => {
                        // parameter assignments are the caller's code, the
                        // rest is reported at the outermost call
                        let n = site.nparams.min(b.stmts.len());
                        self.stmts(&b.stmts[..n]);
                        let saved = self.outer;
                        if self.outer.is_none() {
                            self.outer = Some(site.pos);
                        }
                        self.stmts(&b.stmts[n..]);
                        self.outer = saved;
                    }
                    None => self.stmts(&b.stmts),
                }
            }
            StmtKind::Decl(l) => {
                self.dcl(*l);
            }
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Call(_) | ExprKind::Builtin(_) => self.call(None, e),
                _ => self.discard(e),
            },
            StmtKind::Assign { lhs, rhs, decls, .. } => {
                for d in decls {
                    self.dcl(*d);
                }
                let w = self.where_stmt(s);
                self.assign_list(&[lhs], &[rhs.as_ref()], "assign", w, s);
            }
            StmtKind::AssignList { lhs, rhs, decls, .. } => {
                for d in decls {
                    self.dcl(*d);
                }
                let w = self.where_stmt(s);
                let l: Vec<&Expr> = lhs.iter().collect();
                let r: Vec<Option<&Expr>> = rhs.iter().map(Some).collect();
                self.assign_list(&l, &r, "assign-pair", w, s);
            }
            StmtKind::AssignOk { lhs, rhs, decls, .. } => {
                for d in decls {
                    self.dcl(*d);
                }
                let why = match &rhs.kind {
                    ExprKind::TypeAssert { .. } => "assign-pair-dot-type",
                    ExprKind::MapIndex { .. } => "assign-pair-mapr",
                    _ => "assign-pair-receive",
                };
                let w = self.where_stmt(s);
                let l: Vec<&Expr> = lhs.iter().collect();
                self.assign_list(&l, &[Some(rhs)], why, w, s);
            }
            StmtKind::AssignCall { lhs, call, decls, .. } => {
                for d in decls {
                    self.dcl(*d);
                }
                let ks: Vec<Hole> = lhs.iter().map(|l| self.addr(l)).collect();
                self.call(Some(ks.clone()), call);
                self.reassigned(&ks, s);
            }
            StmtKind::OpAssign { lhs, rhs, .. } => {
                let w = self.where_stmt(s);
                self.assign_list(&[lhs], &[Some(rhs)], "assign", w, s);
            }
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.discard(cond);
                self.block(&then.stmts);
                if let Some(e) = els {
                    self.block(std::slice::from_ref(e));
                }
            }
            StmtKind::For { init, cond, post, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(&body.stmts);
                self.loop_depth -= 1;
            }
            StmtKind::Range { key, value, x, body, decls, kind, .. } => {
                for d in decls {
                    self.dcl(*d);
                }
                let tmp = self.new_loc(LocN::Temp, Pos::NONE, false);
                let th = self.b.hole(tmp);
                self.expr(th, x);
                self.loop_depth += 1;
                let kk = match key {
                    Some(k) => self.addr(k),
                    None => self.b.discard_hole(),
                };
                let kv = match value {
                    Some(v) => self.addr(v),
                    None => self.b.discard_hole(),
                };
                let w = self.where_stmt(s);
                let is_array = matches!(kind, RangeKind::Array);
                let k = if is_array {
                    self.note(kv.clone(), w, "range")
                } else {
                    self.note(kv.shift(1), w, "range-deref")
                };
                self.flow(k, tmp);
                self.reassigned_range(&[kk, kv]);
                self.block(&body.stmts);
                self.loop_depth -= 1;
            }
            StmtKind::Switch { init, tag, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.discard(t);
                }
                for c in cases {
                    for v in &c.values {
                        self.discard(v);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, bind, x, cases, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let mut ks = vec![];
                if bind.is_some() {
                    for c in cases {
                        if let Some(l) = c.local {
                            let k = self.dcl(l);
                            let ty = self.prog().funcs[self.curfn].locals[l].ty;
                            if self.prog().types.has_pointers(ty) {
                                let w = if self.b.m >= 2 {
                                    Some(Where { text: "case".into(), pos: self.pos(c.pos) })
                                } else {
                                    None
                                };
                                let k = self.dot_type(k, ty, w, "switch case");
                                ks.push(k);
                            }
                        }
                    }
                }
                let k = self.tee(ks);
                self.expr(k, x);
                for c in cases {
                    self.block(&c.body);
                }
            }
            StmtKind::Select { cases, .. } => {
                for c in cases {
                    if let Some(cm) = &c.comm {
                        self.stmt(cm);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Return(es) => {
                let func = &self.prog().funcs[self.curfn];
                let results: Vec<LocalId> = func.results.clone();
                let w = self.where_stmt(s);
                if es.len() == 1
                    && results.len() > 1
                    && crate::cost::is_tuple_call(self.prog(), &es[0])
                {
                    let ks: Vec<Hole> = results
                        .iter()
                        .map(|r| {
                            let l = self.var(*r);
                            self.note(self.b.hole(l), w.clone(), "return")
                        })
                        .collect();
                    self.call(Some(ks.clone()), &es[0]);
                    self.reassigned(&ks, s);
                    return;
                }
                let dsts: Vec<Expr> = results
                    .iter()
                    .map(|r| Expr::new(s.pos, func.locals[*r].ty, ExprKind::Local(*r)))
                    .collect();
                let l: Vec<&Expr> = dsts.iter().collect();
                let r: Vec<Option<&Expr>> = es.iter().map(Some).collect();
                self.assign_list(&l, &r, "return", w, s);
            }
            StmtKind::Labeled { label, stmt } => {
                if let Some(LabelState::Looping) = self.labels.remove(label) {
                    self.loop_depth += 1
                }
                self.stmt(stmt);
            }
            StmtKind::Defer(e) => self.go_defer(e, true, s),
            StmtKind::Go(e) => self.go_defer(e, false, s),
            StmtKind::Send { ch, value } => {
                self.discard(ch);
                let w = self.where_stmt(s);
                self.assign_heap(value, "send", w);
            }
        }
    }

    fn inline_site(&self, s: &Stmt) -> Option<&'a InlSite> {
        let sites: &'a HashMap<(FuncId, LabelId), InlSite> = &self.b.inl.sites;
        crate::devirt::inline_site(sites, self.curfn, s)
    }

    fn go_defer(&mut self, e: &Expr, defer: bool, s: &Stmt) {
        let mut k = self.b.heap_hole();
        if defer && self.loop_depth == 1 {
            let d = self.b.discard_hole();
            k = self.later(d);
        }
        let _ = s;
        // a call of a function without parameters and results: only the
        // function value is kept
        if let ExprKind::Call(c) = &e.kind {
            let tt = &self.prog().types;
            let sig_ty = match &c.kind {
                CallKind::Func(f) => Some(self.prog().funcs[*f].sig),
                CallKind::Value(v) => Some(v.ty),
                _ => None,
            };
            let sig_empty = sig_ty
                .and_then(|t| tt.signature(tt.under(t)))
                .is_some_and(|sg| sg.params.is_empty() && sg.results.is_empty());
            if sig_empty && c.args.is_empty() {
                match &c.kind {
                    CallKind::Value(v) => {
                        self.expr(k, v);
                        return;
                    }
                    CallKind::Func(_) => return,
                    _ => {}
                }
            }
        }
        // otherwise gc wraps the call in a closure: the arguments are
        // evaluated into temporaries the wrapper captures
        let clo = self.new_loc(
            LocN::Alloc { key: (usize::MAX, 2), text: String::new(), wrapper: true },
            e.pos,
            true,
        );
        let k2 = k.shift(-1);
        self.flow(k2, clo);
        let clo_hole = self.b.hole(clo);
        match &e.kind {
            ExprKind::Call(_) => self.call_common(None, e, Some(clo_hole)),
            ExprKind::Builtin(_) => self.call_common(None, e, Some(clo_hole)),
            _ => self.discard(e),
        }
    }

    fn reassigned(&mut self, ks: &[Hole], s: &Stmt) {
        // `var x T` (no value, x without definition) is not a reassignment
        if let StmtKind::Assign { lhs, rhs: None, decls, .. } = &s.kind
            && matches!(lhs.kind, ExprKind::Local(_))
            && decls.is_empty()
        {
            return;
        }
        let defined: Vec<LocalId> = match &s.kind {
            StmtKind::Assign { decls, .. }
            | StmtKind::AssignList { decls, .. }
            | StmtKind::AssignCall { decls, .. }
            | StmtKind::AssignOk { decls, .. } => decls.clone(),
            _ => vec![],
        };
        let def_locs: Vec<usize> = defined.iter().map(|l| self.var(*l)).collect();
        for k in ks {
            if def_locs.contains(&k.dst) {
                continue;
            }
            if k.dst != HEAP && k.dst != BLANK {
                self.b.locs[k.dst].reassigned = true;
            }
        }
    }

    fn reassigned_range(&mut self, ks: &[Hole]) {
        let _ = ks;
        // gc: range variables are defined by the range statement and never
        // count as reassigned by it
    }

    // ------------------------------------------------------------ assignments

    fn addr(&mut self, e: &Expr) -> Hole {
        match &e.kind {
            ExprKind::Blank => self.b.discard_hole(),
            ExprKind::Local(l) => {
                let loc = self.var(*l);
                self.b.hole(loc)
            }
            ExprKind::Global(_) => self.b.heap_hole(),
            ExprKind::Field { x, ptr: false, .. } => self.addr(x),
            ExprKind::Index { kind: IndexKind::Array, x, index } => {
                self.discard(index);
                self.addr(x)
            }
            ExprKind::Index { x, index, .. } => {
                self.discard(index);
                self.discard(x);
                self.b.heap_hole()
            }
            ExprKind::Deref { .. } | ExprKind::Field { ptr: true, .. } => {
                self.discard(e);
                self.b.heap_hole()
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.discard(map);
                let w = self.where_expr(e);
                self.assign_heap(key, "key of map put", w);
                self.b.heap_hole()
            }
            ExprKind::Conv { kind: ConvKind::NoOp, x, .. } => self.addr(x),
            _ => {
                self.discard(e);
                self.b.heap_hole()
            }
        }
    }

    fn assign_heap(&mut self, src: &Expr, why: &'static str, w: Option<Where>) {
        let k = self.note(self.b.heap_hole(), w, why);
        self.expr(k, src);
    }

    fn assign_list(
        &mut self,
        dsts: &[&Expr],
        srcs: &[Option<&Expr>],
        why: &'static str,
        w: Option<Where>,
        s: &Stmt,
    ) {
        let ks: Vec<Hole> = dsts.iter().map(|d| self.addr(d)).collect();
        for (i, k) in ks.iter().enumerate() {
            let src = srcs.get(i).copied().flatten();
            let mut k = k.clone();
            if let Some(src) = src
                && is_self_assign(dsts[i], src)
            {
                if self.b.report {
                    let fname = crate::gcfmt::func_name(self.prog(), self.b.pkg, self.curfn);
                    let mut f = self.fmt();
                    f.imported = self.imported(s.pos);
                    let msg = format!("{} ignoring self-assignment in {}", fname, f.stmt(s));
                    let p = self.pos(s.pos);
                    self.b.note(p, msg);
                }
                k = self.b.discard_hole();
            }
            if let Some(src) = src {
                let k = self.note(k, w.clone(), why);
                self.expr(k, src);
            }
        }
        self.reassigned(&ks, s);
    }

    // ------------------------------------------------------------ expressions

    fn discard(&mut self, e: &Expr) {
        let k = self.b.discard_hole();
        self.expr(k, e);
    }

    fn dot_type(&self, k: Hole, t: TypeId, w: Option<Where>, why: &'static str) -> Hole {
        let k = if !self.prog().types.is_interface(t) && !is_direct_iface(self.prog(), t) {
            k.shift(1)
        } else {
            k
        };
        self.note(k, w, why)
    }

    fn expr(&mut self, mut k: Hole, e: &Expr) {
        let tt = &self.prog().types;
        if k.derefs >= 0
            && tt.is_typed(e.ty)
            && !tt.has_pointers(e.ty)
            && !matches!(tt.kind(e.ty), TypeKind::Tuple(_))
        {
            k.dst = BLANK;
        }
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Nil | ExprKind::Blank | ExprKind::MethodExpr { .. } => {}
            ExprKind::Global(_) | ExprKind::Func(_) => {}
            ExprKind::Local(l) => {
                let loc = self.var(*l);
                self.flow(k, loc);
            }
            ExprKind::Unary { x, .. } => self.discard(x),
            ExprKind::Binary { x, y, .. }
            | ExprKind::Compare { x, y, .. }
            | ExprKind::Logical { x, y, .. } => {
                self.discard(x);
                self.discard(y);
            }
            ExprKind::AddrOf { x, .. } => {
                if let ExprKind::Composite(_) = x.kind {
                    // OPTRLIT
                    let k = self.spill(k, e, 0, None);
                    self.expr(k, x);
                } else {
                    let w = self.where_expr(e);
                    let k = self.note(k.shift(-1), w, "address-of");
                    self.expr(k, x);
                }
            }
            ExprKind::Deref { x, .. } => {
                let w = self.where_expr(e);
                let k = self.note(k.shift(1), w, "indirection");
                self.expr(k, x);
            }
            ExprKind::Field { x, ptr, .. } => {
                let w = self.where_expr(e);
                let k = if *ptr {
                    self.note(k.shift(1), w, "dot of pointer")
                } else {
                    self.note(k, w, "dot")
                };
                self.expr(k, x);
            }
            ExprKind::TypeAssert { x, .. } => {
                let w = self.where_expr(e);
                let k = self.dot_type(k, e.ty, w, "dot");
                self.expr(k, x);
            }
            ExprKind::Index { kind, x, index } => {
                let w = self.where_expr(e);
                if *kind == IndexKind::Array {
                    let k = self.note(k, w, "fixed-array-index-of");
                    self.expr(k, x);
                } else {
                    let k = self.note(k.shift(1), w, "dot of pointer");
                    self.expr(k, x);
                }
                self.discard(index);
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.discard(map);
                self.discard(key);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let w = self.where_expr(e);
                let k = self.note(k, w, "slice");
                self.expr(k, x);
                for p in [lo, hi, max].into_iter().flatten() {
                    self.discard(p);
                }
            }
            ExprKind::Conv { kind, x, .. } => match kind {
                ConvKind::ToInterface => {
                    let mut k = k;
                    if !tt.is_interface(x.ty) && !is_direct_iface(self.prog(), x.ty) {
                        k = self.spill(k, e, 0, None);
                    }
                    let w = self.where_expr(e);
                    let k = self.note(k, w, "interface-converted");
                    self.expr(k, x);
                }
                ConvKind::StringToBytes
                | ConvKind::StringToRunes
                | ConvKind::BytesToString
                | ConvKind::RunesToString
                | ConvKind::IntToString => {
                    self.spill(k, e, 0, None);
                    self.discard(x);
                }
                ConvKind::PointerInt if tt.basic(e.ty) == Some(types::BasicKind::UnsafePointer) => {
                    self.unsafe_value(k, x);
                }
                _ => self.expr(k, x),
            },
            ExprKind::Call(_) => self.call(Some(vec![k]), e),
            ExprKind::Builtin(b) => match &**b {
                Builtin::New { .. } => {
                    self.spill(k, e, 0, None);
                }
                Builtin::MakeSlice { len, cap, .. } => {
                    self.spill(k, e, 0, None);
                    self.discard(len);
                    if let Some(c) = cap {
                        self.discard(c);
                    }
                }
                Builtin::MakeMap { hint, .. } => {
                    self.spill(k, e, 0, None);
                    if let Some(h) = hint {
                        self.discard(h);
                    }
                }
                Builtin::MakeChan { size } => {
                    if let Some(s) = size {
                        self.discard(s);
                    }
                }
                _ => self.call(Some(vec![k]), e),
            },
            ExprKind::Recv { ch, .. } => self.discard(ch),
            ExprKind::Composite(c) => match &**c {
                Composite::Array(elems) => {
                    let w = self.where_expr(e);
                    for (_, v) in elems {
                        let k = self.note(k.clone(), w.clone(), "array literal element");
                        self.expr(k, v);
                    }
                }
                Composite::Slice { elems, .. } => {
                    let dots = self.b.inl.dots_sites.contains(&(self.curfn, e.pos));
                    let text = dots.then(|| "... argument".to_string());
                    let k = self.spill(k, e, 0, text);
                    let w = self.where_expr(e);
                    for (_, v) in elems {
                        let k = self.note(k.clone(), w.clone(), "slice-literal-element");
                        self.expr(k, v);
                    }
                }
                Composite::Struct(fields) => {
                    let w = self.where_expr(e);
                    for (_, v) in fields {
                        let k = self.note(k.clone(), w.clone(), "struct literal element");
                        self.expr(k, v);
                    }
                }
                Composite::Map { entries, .. } => {
                    self.spill(k, e, 0, None);
                    let w = self.where_expr(e);
                    for (key, v) in entries {
                        self.assign_heap(key, "map literal key", w.clone());
                        self.assign_heap(v, "map literal value", w.clone());
                    }
                }
            },
            ExprKind::FuncLit { func, .. } => {
                let k = self.spill(k, e, 0, None);
                self.b.closures.push((k, *func));
                self.closure(*func);
            }
            ExprKind::MethodValue { recv, method, .. } => {
                let closure_k = self.spill(k, e, 0, None);
                let param_k = match method {
                    MethodRef::Static(f) => {
                        let nres = self.prog().funcs[*f].results.len();
                        let ks: Vec<Hole> = (0..nres).map(|_| self.b.heap_hole()).collect();
                        self.tag_hole(Some(&ks), Some(*f), 0)
                    }
                    MethodRef::Interface { .. } => self.b.heap_hole(),
                };
                let k = self.tee(vec![param_k, closure_k]);
                self.expr(k, recv);
            }
            ExprKind::AddString { args, .. } => {
                self.spill(k, e, 0, None);
                for a in args {
                    self.discard(a);
                }
            }
        }
    }

    /// `unsafe.Pointer(uintptr expression)`.
    fn unsafe_value(&mut self, k: Hole, e: &Expr) {
        match &e.kind {
            ExprKind::Conv { x, .. } => {
                if self.prog().types.basic(x.ty) == Some(types::BasicKind::UnsafePointer) {
                    self.expr(k, x);
                } else {
                    self.discard(x);
                }
            }
            ExprKind::Unary { x, .. } => self.unsafe_value(k, x),
            ExprKind::Binary { op, x, y } => {
                self.unsafe_value(k.clone(), x);
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.discard(y);
                } else {
                    self.unsafe_value(k, y);
                }
            }
            _ => {
                let d = self.b.discard_hole();
                self.expr(d, e);
            }
        }
    }

    /// A closure literal: its captured variables are marked, its body walked.
    fn closure(&mut self, f: FuncId) {
        let prog = self.prog();
        let func = &prog.funcs[f];
        for c in &func.captures {
            let (of, ol) = self.b.canonical(f, c.inner);
            let loc = self.b.var_location(of, ol);
            if !self.b.locs[loc].captured {
                self.b.locs[loc].captured = true;
                if self.b.locs[loc].loop_depth == self.loop_depth {
                    self.b.locs[loc].reassigned = false;
                }
            }
        }
        // locations for closures made by inlining (not initialized with the batch)
        if self.b.inl.cloned_closures.contains(&f) {
            self.b.record_captures(f);
            let mut ids: Vec<LocalId> = vec![];
            ids.extend(func.params.iter().copied());
            ids.extend(func.results.iter().copied());
            for (id, l) in func.locals.iter() {
                if l.kind != LocalKind::Captured && !ids.contains(&id) {
                    ids.push(id);
                }
            }
            for id in ids {
                self.b.var_location(f, id);
            }
            for (i, r) in func.results.iter().enumerate() {
                let loc = self.b.var_loc[&(f, *r)];
                self.b.locs[loc].result_index = 1 + i;
            }
        }
        let mut w = Walker::new(self.b, f);
        w.walk_func();
    }

    // ------------------------------------------------------------ calls

    fn call(&mut self, ks: Option<Vec<Hole>>, e: &Expr) {
        self.call_common(ks, e, None);
    }

    /// gc's callCommon. With `wrapper` (go/defer), arguments are first
    /// copied into temporaries the wrapper closure captures.
    fn call_common(&mut self, ks: Option<Vec<Hole>>, e: &Expr, wrapper: Option<Hole>) {
        match &e.kind {
            ExprKind::Call(c) => self.call_expr(ks, e, c, wrapper),
            ExprKind::Builtin(b) => self.builtin_call(ks, e, b, wrapper),
            _ => {
                let k =
                    ks.and_then(|v| v.into_iter().next()).unwrap_or_else(|| self.b.discard_hole());
                self.expr(k, e);
            }
        }
    }

    /// One argument: evaluated into `k` (through a temporary captured by
    /// the go/defer wrapper if any).
    fn argument(&mut self, k: Hole, arg: &Expr, call: &Expr, wrapper: &Option<Hole>) {
        let w = self.where_expr(call);
        let k = self.note(k, w, "call parameter");
        match wrapper {
            None => self.expr(k, arg),
            Some(clo) => {
                if matches!(arg.kind, ExprKind::Const(_) | ExprKind::Nil | ExprKind::Func(_)) {
                    self.expr(k, arg);
                    return;
                }
                let tmp = self.new_loc(LocN::Temp, arg.pos, false);
                let th = self.b.hole(tmp);
                self.expr(th, arg);
                // captured by value by the wrapper
                let ck = clo.clone();
                self.flow(ck, tmp);
                self.flow(k, tmp);
            }
        }
    }

    fn call_expr(&mut self, ks: Option<Vec<Hole>>, e: &Expr, c: &Call, wrapper: Option<Hole>) {
        let prog = self.prog();
        // the static callee
        let mut fnid: Option<FuncId> = None;
        match &c.kind {
            CallKind::Func(f) => fnid = Some(*f),
            CallKind::Method { func, .. } => fnid = Some(*func),
            CallKind::Interface { .. } => {}
            CallKind::Value(v) => {
                if let ExprKind::FuncLit { func, .. } = &v.kind {
                    self.b.closure_called.insert(*func);
                }
                let sv = static_value(&self.defs, v);
                match &sv.kind {
                    ExprKind::Func(f) => fnid = Some(*f),
                    ExprKind::FuncLit { func, .. } => fnid = Some(*func),
                    ExprKind::MethodExpr { method: MethodRef::Static(f), .. } => fnid = Some(*f),
                    _ => {}
                }
            }
        }
        // results of a function of this batch flow directly
        if let (Some(ks), Some(f)) = (&ks, fnid)
            && self.b.in_batch.contains(&f)
        {
            let results = prog.funcs[f].results.clone();
            for (i, r) in results.iter().enumerate() {
                if let Some(k) = ks.get(i) {
                    let loc = self.b.var_location(f, *r);
                    self.flow(k.clone(), loc);
                }
            }
        }
        // the function value
        if let CallKind::Value(v) = &c.kind {
            let d = self.b.discard_hole();
            self.argument(d, v, e, &wrapper);
        }
        let has_recv = match fnid {
            Some(f) => prog.funcs[f].recv.is_some(),
            None => matches!(c.kind, CallKind::Interface { .. }),
        };
        let mut pi = 0usize;
        match &c.kind {
            CallKind::Method { recv, .. } => {
                let k = self.tag_hole(ks.as_deref(), fnid, pi);
                self.argument(k, recv, e, &wrapper);
                pi += 1;
            }
            CallKind::Interface { recv, .. } => {
                let k = self.b.heap_hole();
                self.argument(k, recv, e, &wrapper);
            }
            _ => {
                if has_recv {
                    pi += 1;
                }
            }
        }
        // arguments (gc's FixVariadicCall packs the `...` ones into a slice)
        if c.multi && c.args.len() == 1 && crate::cost::is_tuple_call(prog, &c.args[0]) {
            let n = prog.types.tuple_types(c.args[0].ty).map(|t| t.len()).unwrap_or(0);
            let tmps: Vec<usize> = (0..n).map(|_| self.new_loc(LocN::Temp, e.pos, false)).collect();
            let tks: Vec<Hole> = tmps.iter().map(|t| self.b.hole(*t)).collect();
            self.call(Some(tks), &c.args[0]);
            for (i, t) in tmps.iter().enumerate() {
                let k = self.tag_hole(ks.as_deref(), fnid, pi + i);
                self.flow(k, *t);
                // go/defer: the wrapper captures the temporaries by value
                if let Some(clo) = &wrapper {
                    self.flow(clo.clone(), *t);
                }
            }
            return;
        }
        match &c.dots {
            DotsKind::Packed { first, slice, .. } => {
                for a in c.args.iter().take(*first) {
                    let k = self.tag_hole(ks.as_deref(), fnid, pi);
                    self.argument(k, a, e, &wrapper);
                    pi += 1;
                }
                let k = self.tag_hole(ks.as_deref(), fnid, pi);
                let extra = &c.args[(*first).min(c.args.len())..];
                if extra.is_empty() {
                    return;
                }
                // the implicit slice literal: an allocation site
                let w = self.where_expr(e);
                let k = self.note(k, w.clone(), "call parameter");
                let key = (e as *const Expr as usize, 1u8);
                let text = "... argument".to_string();
                let elem_size = prog.types.elem(*slice).map(|t| prog.types.size_of(t)).unwrap_or(0);
                let loc = self.new_loc(LocN::Alloc { key, text, wrapper: false }, e.pos, true);
                if elem_size.saturating_mul(extra.len() as u64) > MAX_IMPLICIT_STACK_VAR_SIZE {
                    self.b.locs[loc].heap_reason = None;
                }
                let lw = self.b.loc_where(loc);
                let sk = self.note(k.shift(-1), lw.clone(), "spill");
                self.flow(sk, loc);
                let lk = self.b.hole(loc);
                for a in extra {
                    let ek = self.note(lk.clone(), lw.clone(), "slice-literal-element");
                    match &wrapper {
                        None => self.expr(ek, a),
                        Some(_) => self.argument(ek, a, e, &wrapper),
                    }
                }
            }
            _ => {
                for a in &c.args {
                    let k = self.tag_hole(ks.as_deref(), fnid, pi);
                    self.argument(k, a, e, &wrapper);
                    pi += 1;
                }
            }
        }
    }

    /// gc's tagHole: where an argument for parameter `i` (receiver first)
    /// of `f` flows.
    fn tag_hole(&mut self, ks: Option<&[Hole]>, f: Option<FuncId>, i: usize) -> Hole {
        let Some(f) = f else { return self.b.heap_hole() };
        if self.b.in_batch.contains(&f) {
            let func = &self.prog().funcs[f];
            let ids: Vec<LocalId> = func.recv.iter().chain(func.params.iter()).copied().collect();
            let Some(p) = ids.get(i) else { return self.b.heap_hole() };
            let l = &func.locals[*p];
            if l.name == "_" || unnamed(&l.name) {
                return self.b.discard_hole();
            }
            let loc = self.b.var_location(f, *p);
            return self.b.hole(loc);
        }
        let esc = self.b.callee_tag(f, i);
        let mut tks = vec![];
        let x = esc.heap();
        if x >= 0 {
            tks.push(self.b.heap_hole().shift(x));
        }
        if let Some(ks) = ks {
            for r in 0..NUM_RESULTS {
                let x = esc.result(r);
                if x >= 0
                    && let Some(k) = ks.get(r)
                {
                    tks.push(k.shift(x));
                }
            }
        }
        self.tee(tks)
    }

    fn builtin_call(
        &mut self,
        ks: Option<Vec<Hole>>,
        e: &Expr,
        b: &Builtin,
        wrapper: Option<Hole>,
    ) {
        let prog = self.prog();
        let tt = &prog.types;
        match b {
            Builtin::Append { slice, args, spread } => {
                let k0 = ks
                    .as_ref()
                    .and_then(|v| v.first().cloned())
                    .unwrap_or_else(|| self.b.discard_hole());
                let mut appendee = k0;
                let elem = tt.elem(slice.ty).unwrap_or(TypeId::INVALID);
                if tt.has_pointers(elem) {
                    let w = self.where_expr(e);
                    let hk = self.note(self.b.heap_hole().shift(1), w, "appendee slice");
                    appendee = self.tee(vec![appendee, hk]);
                }
                self.argument(appendee, slice, e, &wrapper);
                if *spread {
                    let mut ak = self.b.discard_hole();
                    if let Some(a) = args.first() {
                        if matches!(tt.under_kind(a.ty), TypeKind::Slice(_))
                            && tt.elem(a.ty).is_some_and(|t| tt.has_pointers(t))
                        {
                            let w = self.where_expr(e);
                            ak = self.note(self.b.heap_hole().shift(1), w, "appended slice...");
                        }
                        self.argument(ak, a, e, &wrapper);
                    }
                } else {
                    for a in args {
                        let h = self.b.heap_hole();
                        self.argument(h, a, e, &wrapper);
                    }
                }
            }
            Builtin::Copy { dst, src } => {
                let d = self.b.discard_hole();
                self.argument(d, dst, e, &wrapper);
                let mut ck = self.b.discard_hole();
                if matches!(tt.under_kind(src.ty), TypeKind::Slice(_))
                    && tt.elem(src.ty).is_some_and(|t| tt.has_pointers(t))
                {
                    let w = self.where_expr(e);
                    ck = self.note(self.b.heap_hole().shift(1), w, "copied slice");
                }
                self.argument(ck, src, e, &wrapper);
            }
            Builtin::Panic(x) => {
                let h = self.b.heap_hole();
                self.argument(h, x, e, &wrapper);
            }
            Builtin::New { .. }
            | Builtin::MakeSlice { .. }
            | Builtin::MakeMap { .. }
            | Builtin::MakeChan { .. } => {
                let k =
                    ks.and_then(|v| v.into_iter().next()).unwrap_or_else(|| self.b.discard_hole());
                self.expr(k, e);
            }
            _ => {
                for a in builtin_args(b) {
                    let d = self.b.discard_hole();
                    self.argument(d, a, e, &wrapper);
                }
            }
        }
    }
}

fn builtin_args(b: &Builtin) -> Vec<&Expr> {
    match b {
        Builtin::Len(x)
        | Builtin::Cap(x)
        | Builtin::Panic(x)
        | Builtin::Close(x)
        | Builtin::Clear(x)
        | Builtin::Real(x)
        | Builtin::Imag(x) => vec![x],
        Builtin::Complex(x, y) => vec![x, y],
        Builtin::Append { slice, args, .. } => {
            let mut v = vec![slice];
            v.extend(args.iter());
            v
        }
        Builtin::Copy { dst, src } => vec![dst, src],
        Builtin::MakeSlice { len, cap, .. } => {
            let mut v = vec![len];
            v.extend(cap.iter());
            v
        }
        Builtin::MakeMap { hint, .. } => hint.iter().collect(),
        Builtin::MakeChan { size } => size.iter().collect(),
        Builtin::New { .. } | Builtin::Recover => vec![],
        Builtin::Delete { map, key } => vec![map, key],
        Builtin::Print { args, .. } | Builtin::MinMax { args, .. } => args.iter().collect(),
    }
}

/// gc's HeapAllocReason for allocation sites.
fn heap_alloc_reason(prog: &Program, e: &Expr, tag: u8) -> Option<&'static str> {
    let tt = &prog.types;
    if tag != 0 {
        return None;
    }
    if tt.size_of(e.ty) > MAX_STACK_VAR_SIZE {
        return Some("too large for stack");
    }
    match &e.kind {
        ExprKind::AddrOf { .. } => {
            let el = tt.deref_ptr(e.ty).unwrap_or(e.ty);
            if tt.size_of(el) > MAX_IMPLICIT_STACK_VAR_SIZE {
                return Some("too large for stack");
            }
        }
        ExprKind::Builtin(b) => match &**b {
            Builtin::New { .. } => {
                let el = tt.deref_ptr(e.ty).unwrap_or(e.ty);
                if tt.size_of(el) > MAX_IMPLICIT_STACK_VAR_SIZE {
                    return Some("too large for stack");
                }
            }
            Builtin::MakeSlice { len, cap, .. } => {
                let r = cap.as_ref().unwrap_or(len);
                let v = match r.const_value().and_then(|v| v.to_i64()) {
                    Some(v) if (i32::MIN as i64..=i32::MAX as i64).contains(&v) => v,
                    _ => return Some("non-constant size"),
                };
                let es = tt.elem(e.ty).map(|t| tt.size_of(t)).unwrap_or(0);
                if es != 0 && v as u64 > MAX_IMPLICIT_STACK_VAR_SIZE / es {
                    return Some("too large for stack");
                }
            }
            _ => {}
        },
        ExprKind::FuncLit { func, .. } => {
            // closure object: code pointer + captured variables (by reference: pointers)
            let f = &prog.funcs[*func];
            let size = 8 + 8 * f.captures.len() as u64;
            if size > MAX_IMPLICIT_STACK_VAR_SIZE {
                return Some("too large for stack");
            }
        }
        _ => {}
    }
    None
}

/// gc's isSelfAssign: assignments that cannot make anything escape.
fn is_self_assign(dst: &Expr, src: &Expr) -> bool {
    if is_slice_self_assign(dst, src) {
        return true;
    }
    match (&dst.kind, &src.kind) {
        (ExprKind::Field { x: dx, ptr: dp, .. }, ExprKind::Field { x: sx, ptr: sp, .. })
            if dp == sp =>
        {
            same_safe_expr(dx, sx)
        }
        (ExprKind::Index { x: dx, index: di, .. }, ExprKind::Index { x: sx, index: si, .. }) => {
            if may_affect_memory(di) || may_affect_memory(si) {
                return false;
            }
            same_safe_expr(dx, sx)
        }
        _ => false,
    }
}

fn is_slice_self_assign(dst: &Expr, src: &Expr) -> bool {
    let dst_x = match &dst.kind {
        ExprKind::Deref { x, .. } => x,
        ExprKind::Field { x, ptr: true, .. } => x,
        _ => return false,
    };
    let ExprKind::Local(dl) = dst_x.kind else { return false };
    let ExprKind::Slice { x: base, kind, .. } = &src.kind else { return false };
    if *kind == SliceKind::ArrayPtr && matches!(base.kind, ExprKind::AddrOf { .. }) {
        return false;
    }
    let base_x = match &base.kind {
        ExprKind::Deref { x, .. } => x,
        ExprKind::Field { x, ptr: true, .. } => x,
        _ => return false,
    };
    matches!(base_x.kind, ExprKind::Local(bl) if bl == dl)
}

/// The position of the first reference to local `l` in `f`'s body.
fn first_use(prog: &Program, f: FuncId, l: LocalId) -> Option<Pos> {
    struct V(LocalId, Option<Pos>);
    impl types::visit::Visitor for V {
        fn expr(&mut self, e: &Expr) {
            if matches!(e.kind, ExprKind::Local(x) if x == self.0) && e.pos.is_known() {
                let k = |p: Pos| (p.line, p.col);
                if self.1.is_none_or(|p| k(e.pos) < k(p)) {
                    self.1 = Some(e.pos);
                }
            }
        }
    }
    let mut v = V(l, None);
    types::visit::walk_block(&mut v, prog.funcs[f].body.as_ref()?);
    v.1
}

/// The checker's name of an unnamed parameter (`~p0`) or receiver (`~r`).
fn unnamed(name: &str) -> bool {
    name.is_empty() || name.starts_with("~p") || name == "~r"
}

fn strip_nop(mut e: &Expr) -> &Expr {
    while let ExprKind::Conv { kind: ConvKind::NoOp, x, .. } = &e.kind {
        e = x;
    }
    e
}

/// gc's SameSafeExpr.
fn same_safe_expr(l: &Expr, r: &Expr) -> bool {
    let (l, r) = (strip_nop(l), strip_nop(r));
    if l.ty != r.ty {
        return false;
    }
    match (&l.kind, &r.kind) {
        (ExprKind::Local(a), ExprKind::Local(b)) => a == b,
        (ExprKind::Global(a), ExprKind::Global(b)) => a == b,
        (
            ExprKind::Field { x: a, index: ia, ptr: pa, .. },
            ExprKind::Field { x: b, index: ib, ptr: pb, .. },
        ) => ia == ib && pa == pb && same_safe_expr(a, b),
        (ExprKind::Deref { x: a, .. }, ExprKind::Deref { x: b, .. }) => same_safe_expr(a, b),
        (ExprKind::Unary { op: oa, x: a }, ExprKind::Unary { op: ob, x: b }) => {
            oa == ob && same_safe_expr(a, b)
        }
        (ExprKind::Index { x: a, index: ia, .. }, ExprKind::Index { x: b, index: ib, .. }) => {
            same_safe_expr(a, b) && same_safe_expr(ia, ib)
        }
        (
            ExprKind::MapIndex { map: a, key: ka, .. },
            ExprKind::MapIndex { map: b, key: kb, .. },
        ) => same_safe_expr(a, b) && same_safe_expr(ka, kb),
        (ExprKind::Binary { op: oa, x: xa, y: ya }, ExprKind::Binary { op: ob, x: xb, y: yb }) => {
            oa == ob && same_safe_expr(xa, xb) && same_safe_expr(ya, yb)
        }
        (ExprKind::Const(a), ExprKind::Const(b)) => a.value == b.value,
        (ExprKind::Nil, ExprKind::Nil) => true,
        _ => false,
    }
}

fn may_affect_memory(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Const(_) | ExprKind::Nil => false,
        ExprKind::Binary { op, x, y } => {
            let _ = op;
            may_affect_memory(x) || may_affect_memory(y)
        }
        ExprKind::Index { x, index, .. } => may_affect_memory(x) || may_affect_memory(index),
        ExprKind::Conv { kind: ConvKind::NoOp | ConvKind::Numeric, x, .. } => may_affect_memory(x),
        ExprKind::Unary { x, .. } => may_affect_memory(x),
        ExprKind::Builtin(b) => match &**b {
            Builtin::Len(x) | Builtin::Cap(x) => may_affect_memory(x),
            _ => true,
        },
        ExprKind::Field { x, .. } | ExprKind::Deref { x, .. } => may_affect_memory(x),
        _ => true,
    }
}
