//! Method sets with promotion through embedded fields (Go spec "Method
//! sets"), for type descriptors, itabs and method wrappers.

use crate::ir::{FuncId, PkgId, Program};
use crate::types::{TypeId, TypeKind};
use std::collections::HashSet;

/// How a method of a method set is implemented.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodImpl {
    /// A method declared on a named type (`ptr_recv`: declared with a pointer receiver).
    Static { func: FuncId, ptr_recv: bool },
    /// A method of an embedded interface field (`index` into its sorted method set).
    Interface { iface: TypeId, index: usize },
}

/// One method of a method set.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSetEntry {
    pub name: String,
    /// Package of an unexported method name.
    pub pkg: Option<PkgId>,
    /// The method's signature (a `Func` type without receiver).
    pub sig: TypeId,
    pub imp: MethodImpl,
    /// Embedded field indices from the receiver to the type declaring the
    /// method (empty for methods declared on the type itself).
    pub path: Vec<usize>,
    /// A pointer indirection occurs on the path (an embedded `*T`).
    pub indirect: bool,
}

impl Program {
    /// The method set of `t` (a named type, a pointer to one, a struct with
    /// embedded fields, or an interface), sorted by name (then package):
    /// what a value of type `t` stored in an interface can be called with.
    pub fn method_set(&self, t: TypeId) -> Vec<MethodSetEntry> {
        let tt = &self.types;
        if tt.is_interface(t) {
            return tt
                .interface_methods(t)
                .into_iter()
                .enumerate()
                .map(|(i, m)| MethodSetEntry {
                    name: m.name,
                    pkg: m.pkg,
                    sig: m.sig,
                    imp: MethodImpl::Interface { iface: t, index: i },
                    path: vec![],
                    indirect: false,
                })
                .collect();
        }
        let (root, root_ptr) = match tt.kind(t) {
            TypeKind::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        if root_ptr && tt.is_interface(root) {
            return vec![];
        }
        struct Level {
            typ: TypeId,
            path: Vec<usize>,
            indirect: bool,
        }
        let mut out: Vec<MethodSetEntry> = vec![];
        let mut blocked: HashSet<(String, Option<PkgId>)> = HashSet::new();
        let mut seen: HashSet<TypeId> = HashSet::new();
        let mut current = vec![Level { typ: root, path: vec![], indirect: false }];
        let mut depth = 0;
        while !current.is_empty() && depth < 32 {
            depth += 1;
            // names found at this depth, with multiplicity
            let mut found: Vec<(String, Option<PkgId>, Option<MethodSetEntry>)> = vec![];
            let mut next = vec![];
            for lv in &current {
                if let Some(nid) = tt.named_id(lv.typ) {
                    if !seen.insert(lv.typ) {
                        continue;
                    }
                    for m in &tt.named[nid].methods {
                        let e = MethodSetEntry {
                            name: m.name.clone(),
                            pkg: m.pkg,
                            sig: if m.sig != TypeId::INVALID {
                                m.sig
                            } else {
                                self.funcs[m.func].sig
                            },
                            imp: MethodImpl::Static { func: m.func, ptr_recv: m.ptr_recv },
                            path: lv.path.clone(),
                            indirect: lv.indirect,
                        };
                        found.push((m.name.clone(), m.pkg, Some(e)));
                    }
                }
                match tt.under_kind(lv.typ) {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            found.push((f.name.clone(), f.pkg, None));
                            if f.embedded {
                                let (ft, p) = match tt.kind(f.ty) {
                                    TypeKind::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                let mut path = lv.path.clone();
                                path.push(i);
                                next.push(Level { typ: ft, path, indirect: lv.indirect || p });
                            }
                        }
                    }
                    TypeKind::Interface(_) if depth > 1 => {
                        for (i, m) in tt.interface_methods(lv.typ).into_iter().enumerate() {
                            let e = MethodSetEntry {
                                name: m.name.clone(),
                                pkg: m.pkg,
                                sig: m.sig,
                                imp: MethodImpl::Interface { iface: lv.typ, index: i },
                                path: lv.path.clone(),
                                indirect: lv.indirect,
                            };
                            found.push((m.name, m.pkg, Some(e)));
                        }
                    }
                    _ => {}
                }
            }
            let mut names: Vec<(String, Option<PkgId>)> =
                found.iter().map(|(n, p, _)| (n.clone(), *p)).collect();
            names.sort();
            names.dedup();
            for key in names {
                if blocked.contains(&key) {
                    continue;
                }
                let hits: Vec<&(String, Option<PkgId>, Option<MethodSetEntry>)> =
                    found.iter().filter(|(n, p, _)| *n == key.0 && *p == key.1).collect();
                if hits.len() == 1 {
                    if let Some(e) = &hits[0].2 {
                        let include = match e.imp {
                            MethodImpl::Static { ptr_recv, .. } => {
                                root_ptr || e.indirect || !ptr_recv
                            }
                            MethodImpl::Interface { .. } => true,
                        };
                        if include {
                            out.push(e.clone());
                        }
                    }
                }
                blocked.insert(key);
            }
            current = next;
        }
        out.sort_by(|a, b| a.name.cmp(&b.name).then(a.pkg.cmp(&b.pkg)));
        out
    }
}
