//! Method sets with promotion through embedded fields (Go spec "Method
//! sets", "Selectors"): a breadth-first walk over embedded fields where a
//! name found at a shallower depth hides deeper ones and a name found twice
//! at the same depth is ambiguous (and absent). Each entry records the path
//! of embedded fields from the receiver and what is finally called: a
//! declared method or a method of an embedded interface.

use crate::Gen;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use types::ir::{FuncId, PkgId};
use types::{TypeId, TypeKind};

/// One embedded field on a promotion path.
#[derive(Clone, Debug)]
pub struct Step {
    pub index: usize,
    pub off: u64,
    /// The embedded field is a pointer (`*E`).
    pub ptr: bool,
    /// The field's type (`E` or `*E`).
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub enum Target {
    /// A declared method of named type `named`.
    Method { func: FuncId, ptr_recv: bool, named: TypeId },
    /// Method `index` of the embedded interface type `iface`.
    Iface { iface: TypeId, index: usize },
}

#[derive(Clone, Debug)]
pub struct MEntry {
    pub name: String,
    pub pkg: Option<PkgId>,
    /// The method's signature without receiver.
    pub sig: TypeId,
    pub path: Vec<Step>,
    pub target: Target,
    /// In the method set of the value type (not only of the pointer type).
    pub in_value_set: bool,
}

impl Gen<'_> {
    /// The method set of `t` (a named type, or a pointer to one when `ptr`),
    /// sorted by name then package.
    pub(crate) fn method_set(&mut self, t: TypeId, ptr: bool) -> Rc<Vec<MEntry>> {
        let t = self.tt.canonical(t);
        if let Some(m) = self.method_sets.get(&(t, ptr)) {
            return m.clone();
        }
        let mut all = compute(self, t);
        if !ptr {
            all.retain(|e| e.in_value_set);
        }
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.pkg.cmp(&b.pkg)));
        let r = Rc::new(all);
        self.method_sets.insert((t, ptr), r.clone());
        r
    }

    /// The method set of the type of a descriptor: `*N` → full set of N;
    /// a named N → its value set; other types have no methods.
    pub(crate) fn desc_methods(&mut self, t: TypeId) -> Rc<Vec<MEntry>> {
        let c = self.tt.canonical(t);
        match self.tt.kind(c).clone() {
            TypeKind::Pointer(e) if self.tt.is_named(e) && !self.tt.is_interface(e) => {
                if matches!(self.tt.under_kind(e), TypeKind::Pointer(_)) {
                    return Rc::new(vec![]);
                }
                self.method_set(e, true)
            }
            TypeKind::Named(_) if !self.tt.is_interface(c) => self.method_set(c, false),
            _ => Rc::new(vec![]),
        }
    }
}

fn compute(g: &Gen<'_>, t: TypeId) -> Vec<MEntry> {
    let tt = &g.tt;
    let mut out = Vec::new();
    let mut hidden: HashSet<(String, Option<PkgId>)> = HashSet::new();
    let mut visited: HashSet<TypeId> = HashSet::new();
    let mut level: Vec<(TypeId, Vec<Step>)> = vec![(t, Vec::new())];
    let mut depth = 0;
    while !level.is_empty() && depth < 32 {
        // name → (count, candidate)
        let mut found: HashMap<(String, Option<PkgId>), (u32, Option<MEntry>)> = HashMap::new();
        let mut order: Vec<(String, Option<PkgId>)> = Vec::new();
        let mut next = Vec::new();
        let mut note =
            |key: (String, Option<PkgId>),
             cand: Option<MEntry>,
             found: &mut HashMap<(String, Option<PkgId>), (u32, Option<MEntry>)>| {
                let e = found.entry(key.clone()).or_insert_with(|| {
                    order.push(key);
                    (0, None)
                });
                e.0 += 1;
                if e.0 == 1 {
                    e.1 = cand;
                }
            };
        for (ty, path) in &level {
            let c = tt.canonical(*ty);
            if !visited.insert(c) {
                continue;
            }
            let via_ptr = path.iter().any(|s| s.ptr);
            if let TypeKind::Named(n) = tt.kind(c) {
                for m in &tt.named[*n].methods {
                    let cand = MEntry {
                        name: m.name.clone(),
                        pkg: m.pkg,
                        sig: m.sig,
                        path: path.clone(),
                        target: Target::Method { func: m.func, ptr_recv: m.ptr_recv, named: c },
                        in_value_set: !m.ptr_recv || via_ptr,
                    };
                    note((m.name.clone(), m.pkg), Some(cand), &mut found);
                }
            }
            match tt.under_kind(c).clone() {
                TypeKind::Interface(_) if depth > 0 => {
                    for (i, m) in tt.interface_methods(c).iter().enumerate() {
                        let cand = MEntry {
                            name: m.name.clone(),
                            pkg: m.pkg,
                            sig: m.sig,
                            path: path.clone(),
                            target: Target::Iface { iface: c, index: i },
                            in_value_set: true,
                        };
                        note((m.name.clone(), m.pkg), Some(cand), &mut found);
                    }
                }
                TypeKind::Struct(fs) => {
                    let offs = tt.field_offsets(c);
                    for (i, f) in fs.iter().enumerate() {
                        note((f.name.clone(), f.pkg), None, &mut found);
                        if f.embedded {
                            let (et, ptr) = match tt.kind(f.ty) {
                                TypeKind::Pointer(e) => (*e, true),
                                _ => (f.ty, false),
                            };
                            let mut p = path.clone();
                            p.push(Step {
                                index: i,
                                off: offs.get(i).copied().unwrap_or(0),
                                ptr,
                                ty: f.ty,
                            });
                            next.push((et, p));
                        }
                    }
                }
                _ => {}
            }
        }
        for key in order {
            if hidden.contains(&key) {
                continue;
            }
            hidden.insert(key.clone());
            if let Some((1, Some(e))) = found.remove(&key) {
                out.push(e);
            }
        }
        level = next;
        depth += 1;
    }
    out
}
