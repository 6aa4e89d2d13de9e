//! Field and method lookup (with embedding), method sets and interface
//! satisfaction.

use super::*;
use crate::types::IMethod;

/// What a selector found.
#[derive(Clone, Debug)]
#[allow(dead_code)]
pub(crate) enum Found {
    /// A struct field of type `ty`.
    Field { ty: TypeId, name: String },
    /// A method declared on the named type `named`.
    Method { named: TypeId, func: FuncId, ptr_recv: bool, sig: TypeId },
    /// A method of the interface type `iface` (index into its sorted method set).
    IfaceMethod { iface: TypeId, index: usize, sig: TypeId, name: String },
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Lookup {
    pub found: Option<Found>,
    /// Field indices from the operand to the found entity (embedded fields
    /// first; for fields the last entry is the field itself).
    pub index: Vec<usize>,
    /// A pointer indirection occurred on the path.
    pub indirect: bool,
    /// Not found because of a collision.
    pub ambiguous: bool,
    /// Found a pointer method but the operand is not addressable.
    pub ptr_required: bool,
}

struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl<'a> Checker<'a> {
    /// types2's LookupFieldOrMethod.
    pub(crate) fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        name: &str,
    ) -> Lookup {
        // a named pointer type has no methods; but fields are found
        if self.tt().is_named(t) {
            if let TypeKind::Pointer(_) = self.tt().under_kind(t) {
                let u = self.under(t);
                let r = self.lookup_impl(u, false, name, false);
                if matches!(r.found, Some(Found::Method { .. }) | Some(Found::IfaceMethod { .. })) {
                    return Lookup::default();
                }
                return r;
            }
        }
        self.lookup_impl(t, addressable, name, false)
    }

    pub(crate) fn lookup_impl(
        &mut self,
        t: TypeId,
        addressable: bool,
        name: &str,
        fold_case: bool,
    ) -> Lookup {
        let mut res = Lookup::default();
        if name == "_" {
            return res;
        }
        let (typ, is_ptr) = match self.tt().deref_ptr(t) {
            Some(b) => (b, true),
            None => (t, false),
        };
        if is_ptr && self.tt().is_interface(typ) {
            return res;
        }
        let name_eq = |a: &str| if fold_case { a.eq_ignore_ascii_case(name) } else { a == name };
        let mut current = vec![Embedded { typ, index: vec![], indirect: is_ptr, multiples: false }];
        let mut seen: HashSet<TypeId> = HashSet::new();
        let mut depth = 0;
        while !current.is_empty() && depth < 64 {
            depth += 1;
            let mut next: Vec<Embedded> = vec![];
            for e in &current {
                let typ = e.typ;
                if let Some(nid) = self.tt().named_id(typ) {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let ms = self.prog.types.named[nid].methods.clone();
                    if let Some((_i, m)) = ms
                        .iter()
                        .enumerate()
                        .find(|(_, m)| name_eq(&m.name) && self.same_id(m.pkg, &m.name, name))
                    {
                        let mut index = e.index.clone();
                        index.push(_i);
                        if res.found.is_some() || e.multiples {
                            return Lookup {
                                found: None,
                                index,
                                indirect: false,
                                ambiguous: true,
                                ptr_required: false,
                            };
                        }
                        let sig = self.method_sig(typ, m.func);
                        res.found = Some(Found::Method {
                            named: typ,
                            func: m.func,
                            ptr_recv: m.ptr_recv,
                            sig,
                        });
                        res.index = e.index.clone();
                        res.indirect = e.indirect;
                        continue;
                    }
                }
                match self.tt().under_kind(typ).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if name_eq(&f.name) && self.same_id(f.pkg, &f.name, name) {
                                let mut index = e.index.clone();
                                index.push(i);
                                if res.found.is_some() || e.multiples {
                                    return Lookup {
                                        found: None,
                                        index,
                                        indirect: false,
                                        ambiguous: true,
                                        ptr_required: false,
                                    };
                                }
                                res.found = Some(Found::Field { ty: f.ty, name: f.name.clone() });
                                res.index = index;
                                res.indirect = e.indirect;
                                continue;
                            }
                            if res.found.is_none() && f.embedded {
                                let (ft, p) = match self.tt().deref_ptr(f.ty) {
                                    Some(b) => (b, true),
                                    None => (f.ty, false),
                                };
                                let mut index = e.index.clone();
                                index.push(i);
                                next.push(Embedded {
                                    typ: ft,
                                    index,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TypeKind::Interface(_) => {
                        let ms = self.tt().interface_methods(typ);
                        if let Some((i, m)) = ms
                            .iter()
                            .enumerate()
                            .find(|(_, m)| name_eq(&m.name) && self.same_id(m.pkg, &m.name, name))
                        {
                            if res.found.is_some() || e.multiples {
                                let mut index = e.index.clone();
                                index.push(i);
                                return Lookup {
                                    found: None,
                                    index,
                                    indirect: false,
                                    ambiguous: true,
                                    ptr_required: false,
                                };
                            }
                            res.found = Some(Found::IfaceMethod {
                                iface: typ,
                                index: i,
                                sig: m.sig,
                                name: m.name.clone(),
                            });
                            res.index = e.index.clone();
                            res.indirect = e.indirect;
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = &res.found {
                if let Found::Method { ptr_recv: true, .. } = f {
                    if !res.indirect && !addressable {
                        return Lookup {
                            found: None,
                            index: vec![],
                            indirect: true,
                            ambiguous: false,
                            ptr_required: true,
                        };
                    }
                }
                return res;
            }
            // consolidate multiples
            let mut out: Vec<Embedded> = vec![];
            for e in next {
                if let Some(prev) = out.iter_mut().find(|p| self.prog.types.identical(p.typ, e.typ))
                {
                    prev.multiples = true;
                } else {
                    out.push(e);
                }
            }
            current = out;
        }
        Lookup::default()
    }

    fn same_id(&self, pkg: Option<PkgId>, name: &str, want: &str) -> bool {
        let _ = want;
        // unexported names match only within their package
        if is_exported(name) {
            return true;
        }
        match pkg {
            None => true,
            Some(p) => p == self.pkg,
        }
    }

    /// The signature of a method, checking its declaration if needed.
    pub(crate) fn method_sig(&mut self, named: TypeId, func: FuncId) -> TypeId {
        let sig = self.prog.funcs[func].sig;
        if sig != TypeId::INVALID {
            return sig;
        }
        if let Some(&o) = self.func_objs.get(&func) {
            self.obj_decl(o);
        }
        let _ = named;
        self.prog.funcs[func].sig
    }

    /// types2's missingMethod: the first method of interface `t` that `v` lacks,
    /// with an alternative (wrong type / wrong case / pointer receiver) if any.
    pub(crate) fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
    ) -> Option<(IMethod, Option<(String, TypeId)>)> {
        let tms = self.tt().interface_methods(t);
        if tms.is_empty() {
            return None;
        }
        if self.tt().is_interface(v) {
            let vms = self.tt().interface_methods(v);
            for m in tms {
                match vms.iter().find(|x| x.name == m.name && x.pkg == m.pkg) {
                    None => {
                        if !static_ {
                            continue;
                        }
                        return Some((m, None));
                    }
                    Some(f) => {
                        if !self.identical(f.sig, m.sig) {
                            return Some((m.clone(), Some((f.name.clone(), f.sig))));
                        }
                    }
                }
            }
            return None;
        }
        for m in tms {
            let mut r = self.lookup_impl(v, false, &m.name, false);
            let found = r.found.is_some();
            if !found {
                let pv = self.tt_mut().pointer(v);
                r = self.lookup_impl(pv, false, &m.name, false);
                if r.found.is_none() {
                    r = self.lookup_impl(v, false, &m.name, true);
                }
            }
            let (fname, fsig) = match &r.found {
                Some(Found::Method { func, sig, .. }) => (self.method_name(*func), *sig),
                Some(Found::IfaceMethod { sig, name, .. }) => (name.clone(), *sig),
                _ => return Some((m, None)),
            };
            if !found || !self.identical(fsig, m.sig) {
                return Some((m, Some((fname, fsig))));
            }
        }
        None
    }

    fn method_name(&self, f: FuncId) -> String {
        let n = &self.prog.funcs[f].name;
        n.rsplit('.').next().unwrap_or(n).to_string()
    }

    pub(crate) fn func_string(&self, name: &str, sig: TypeId) -> String {
        let s = match self.kind(sig) {
            TypeKind::Func(s) => self.tt().signature_string(s, Some(self.pkg)),
            _ => "()".into(),
        };
        format!("{}{}", name, s)
    }

    pub(crate) fn missing_method_reason(
        &mut self,
        v: TypeId,
        t: TypeId,
        m: &IMethod,
        alt: &Option<(String, TypeId)>,
    ) -> String {
        let mname = format!("{} method", m.name);
        if let Some((aname, asig)) = alt {
            if *aname != m.name {
                return format!(
                    "(missing {})\n\t\thave {}\n\t\twant {}",
                    mname,
                    self.func_string(aname, *asig),
                    self.func_string(&m.name, m.sig)
                );
            }
            if self.identical(m.sig, *asig) {
                return format!("({} has pointer receiver)", mname);
            }
            return format!(
                "(wrong type for {})\n\t\thave {}\n\t\twant {}",
                mname,
                self.func_string(aname, *asig),
                self.func_string(&m.name, m.sig)
            );
        }
        if self.is_interface_ptr(v) {
            return format!("(type {} is pointer to interface, not interface)", self.ts(v));
        }
        if self.is_interface_ptr(t) {
            return format!("(type {} is pointer to interface, not interface)", self.ts(t));
        }
        format!("(missing {})", mname)
    }

    pub(crate) fn is_interface_ptr(&self, t: TypeId) -> bool {
        match self.tt().under_kind(t) {
            TypeKind::Pointer(b) => self.tt().is_interface(*b),
            _ => false,
        }
    }

    /// types2's implements: `Err(message)` when `v` does not implement `t`.
    pub(crate) fn implements(&mut self, v: TypeId, t: TypeId) -> Result<(), String> {
        let vu = self.under(v);
        let tu = self.under(t);
        if vu == TypeId::INVALID || tu == TypeId::INVALID {
            return Ok(());
        }
        if let TypeKind::Pointer(b) = self.kind(vu) {
            if self.under(*b) == TypeId::INVALID {
                return Ok(());
            }
        }
        if !self.tt().is_interface(tu) {
            let cause = if self.is_interface_ptr(tu) {
                format!("type {} is pointer to interface, not interface", self.ts(t))
            } else {
                format!("{} is not an interface", self.ts(t))
            };
            return Err(format!("{} does not implement {} ({})", self.ts(v), self.ts(t), cause));
        }
        if let Some((m, alt)) = self.missing_method(v, t, true) {
            let reason = self.missing_method_reason(v, t, &m, &alt);
            return Err(format!("{} does not implement {} {}", self.ts(v), self.ts(t), reason));
        }
        Ok(())
    }
}
