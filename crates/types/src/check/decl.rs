//! Package-level object collection, declarations (const, var, type, func),
//! type expressions and initialization order.

use super::*;
use crate::types::{ChanDir, Field, IMethod, Interface, Method, NamedType, Param, Signature};
use syntax::ast::ExprKind as AK;

/// A parameter as collected from a signature.
pub(crate) struct ParamInfo {
    pub name: Option<String>,
    pub pos: Pos,
    pub ty: TypeId,
}

#[allow(dead_code)]
pub(crate) struct SigInfo {
    pub ty: TypeId,
    pub recv: Option<ParamInfo>,
    pub params: Vec<ParamInfo>,
    pub results: Vec<ParamInfo>,
    pub variadic: bool,
}

impl<'a> Checker<'a> {
    // ------------------------------------------------------------ collection

    pub(super) fn collect_objects(&mut self, files: &PackageFiles<'a>) {
        let pkg = self.pkg;
        let path = self.prog.packages[pkg].path.clone();
        let is_main = self.prog.packages[pkg].name == "main";
        let mut method_infos: Vec<(ObjId, bool, &'a ast::Expr)> = vec![];
        let mut file_scopes = vec![];
        for file in &files.files {
            let fs = self.scopes.push(Scope {
                parent: Some(self.pkg_scope),
                names: HashMap::new(),
                kind: ScopeKind::File,
            });
            file_scopes.push(fs);
            for imp in &file.imports {
                let Some(&ipkg) = self.pkg_by_path.get(&imp.path) else {
                    self.error(
                        imp.path_pos,
                        format!("could not import {} (package not found)", imp.path),
                    );
                    continue;
                };
                if ipkg == pkg {
                    self.error(imp.path_pos, format!("import cycle not allowed"));
                    continue;
                }
                if !self.prog.packages[pkg].imports.contains(&ipkg) {
                    self.prog.packages[pkg].imports.push(ipkg);
                }
                let pname = self.prog.packages[ipkg].name.clone();
                let name = imp.local_name.as_ref().map(|n| n.name.clone()).unwrap_or(pname);
                if name == "init" {
                    self.error(imp.pos, "cannot import package as init - init must be a func");
                    continue;
                }
                if name == "_" {
                    continue;
                }
                let o = self.new_obj(
                    &name,
                    imp.pos,
                    ObjKind::PkgName { pkg: ipkg, path: imp.path.clone() },
                    Some(TypeId::INVALID),
                );
                self.objs[o].used = false;
                self.imports.push(o);
                if name == "." {
                    let iscope = self.pkg_scopes[&ipkg];
                    let mut names: Vec<(String, ObjId)> =
                        self.scopes[iscope].names.iter().map(|(k, v)| (k.clone(), *v)).collect();
                    names.sort_by_key(|(_, o)| self.objs[*o].order);
                    for (n, obj) in names {
                        if is_exported(&n) {
                            if let Some(&alt) = self.scopes[fs].names.get(&n) {
                                let ap = self.objs[alt].pos;
                                self.error_multi(
                                    imp.pos,
                                    format!("{} redeclared in this block", n),
                                    &[(ap, format!("other declaration of {}", n))],
                                );
                            } else {
                                self.scopes[fs].names.insert(n.clone(), obj);
                                self.dot_imports.insert((fs, n), o);
                            }
                        }
                    }
                } else {
                    self.declare(fs, o);
                }
            }
            for decl in &file.decls {
                match decl {
                    ast::Decl::Bad(_) => {}
                    ast::Decl::Const(specs) => {
                        let mut last: Option<&'a ast::ConstSpec> = None;
                        for spec in specs {
                            let inherited;
                            if spec.typ.is_some() || !spec.values.is_empty() {
                                last = Some(spec);
                                inherited = false;
                            } else {
                                inherited = last.is_some();
                            }
                            let (typ, values): (Option<&'a ast::Expr>, &'a [ast::Expr]) = match last
                            {
                                Some(l) => (l.typ.as_ref(), &l.values),
                                None => (None, &[]),
                            };
                            for (i, name) in spec.names.iter().enumerate() {
                                let o = self.new_obj(
                                    &name.name,
                                    name.pos,
                                    ObjKind::Const {
                                        val: ConstValue::Unknown,
                                        iota: Some(spec.iota as u64),
                                    },
                                    None,
                                );
                                let d = self.decls.len();
                                self.decls.push(DeclInfo {
                                    pkg,
                                    file_scope: fs,
                                    kind: DeclKind::Const {
                                        typ,
                                        init: values.get(i),
                                        inherited,
                                        iota: spec.iota as u64,
                                    },
                                    deps: vec![],
                                });
                                self.declare_pkg_obj(&name.name, name.pos, o, d);
                            }
                            self.arity(spec.pos, &spec.names, values, true, inherited);
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for spec in specs {
                            let n1 = spec.values.len() == 1 && spec.names.len() > 1;
                            let mut lhs = vec![];
                            let mut shared = None;
                            for (i, name) in spec.names.iter().enumerate() {
                                let vref = if name.name == "_" {
                                    VarRef::Blank
                                } else {
                                    let g = self.prog.globals.push(Global {
                                        name: name.name.clone(),
                                        pkg,
                                        symbol: format!("{}.{}", path, name.name),
                                        ty: TypeId::INVALID,
                                        pos: name.pos,
                                    });
                                    self.prog.packages[pkg].globals.push(g);
                                    VarRef::Global(g)
                                };
                                let o =
                                    self.new_obj(&name.name, name.pos, ObjKind::Var(vref), None);
                                lhs.push(o);
                                let d = if n1 {
                                    match shared {
                                        Some(d) => d,
                                        None => {
                                            let d = self.decls.len();
                                            self.decls.push(DeclInfo {
                                                pkg,
                                                file_scope: fs,
                                                kind: DeclKind::Var {
                                                    lhs: vec![],
                                                    typ: spec.typ.as_ref(),
                                                    init: spec.values.first(),
                                                },
                                                deps: vec![],
                                            });
                                            shared = Some(d);
                                            d
                                        }
                                    }
                                } else {
                                    let d = self.decls.len();
                                    self.decls.push(DeclInfo {
                                        pkg,
                                        file_scope: fs,
                                        kind: DeclKind::Var {
                                            lhs: vec![],
                                            typ: spec.typ.as_ref(),
                                            init: spec.values.get(i),
                                        },
                                        deps: vec![],
                                    });
                                    d
                                };
                                self.declare_pkg_obj(&name.name, name.pos, o, d);
                            }
                            if let Some(d) = shared {
                                if let DeclKind::Var { lhs: l, .. } = &mut self.decls[d].kind {
                                    *l = lhs;
                                }
                            }
                            if spec.typ.is_none() || !spec.values.is_empty() {
                                self.arity(spec.pos, &spec.names, &spec.values, false, false);
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for spec in specs {
                            let o = self.new_obj(
                                &spec.name.name,
                                spec.name.pos,
                                ObjKind::TypeName { alias: spec.alias },
                                None,
                            );
                            let d = self.decls.len();
                            self.decls.push(DeclInfo {
                                pkg,
                                file_scope: fs,
                                kind: DeclKind::Type(spec),
                                deps: vec![],
                            });
                            self.declare_pkg_obj(&spec.name.name, spec.name.pos, o, d);
                        }
                    }
                    ast::Decl::Func(fd) => {
                        let name = fd.name.name.clone();
                        let (kind, sym) = if let Some(recv) = &fd.recv {
                            let (ptr, base) = unpack_recv(&recv.typ);
                            let bname = base.unwrap_or("?");
                            let sym = if ptr {
                                format!("{}.(*{}).{}", path, bname, name)
                            } else {
                                format!("{}.{}.{}", path, bname, name)
                            };
                            (FuncKind::Method { recv_type: TypeId::INVALID, ptr }, sym)
                        } else if name == "init" {
                            let n = self.init_count;
                            self.init_count += 1;
                            (FuncKind::Init(n), format!("{}.init.{}", path, n))
                        } else {
                            (FuncKind::Func, format!("{}.{}", path, name))
                        };
                        let fid = self.new_func(sym, fd.pos, kind);
                        self.prog.funcs[fid].pragmas = parse_pragmas(&fd.directives);
                        if let Some(b) = &fd.body {
                            self.prog.funcs[fid].end = b.rbrace;
                        }
                        let o = self.new_obj(&name, fd.name.pos, ObjKind::Func(fid), None);
                        self.func_objs.insert(fid, o);
                        let d = self.decls.len();
                        self.decls.push(DeclInfo {
                            pkg,
                            file_scope: fs,
                            kind: DeclKind::Func(fd),
                            deps: vec![],
                        });
                        self.objs[o].decl = Some(d);
                        self.objs[o].order = self.pkg_objs.len() as u32 + 1;
                        self.pkg_objs.push(o);
                        if fd.recv.is_none() {
                            if name == "init" || (name == "main" && is_main) {
                                if !fd.type_params.is_empty() {
                                    self.error(
                                        fd.type_params[0].pos,
                                        format!("func {} must have no type parameters", name),
                                    );
                                }
                                if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                    self.error(
                                        fd.func_pos,
                                        format!(
                                            "func {} must have no arguments and no return values",
                                            name
                                        ),
                                    );
                                }
                            }
                            if name == "init" {
                                self.prog.packages[pkg].init_funcs.push(fid);
                                if fd.body.is_none() {
                                    self.error(fd.name.pos, "missing function body");
                                }
                            } else {
                                let ps = self.pkg_scope;
                                self.declare(ps, o);
                                if name == "main" && is_main {
                                    self.prog.packages[pkg].main_func = Some(fid);
                                }
                            }
                            self.prog.packages[pkg].funcs.push(fid);
                        } else {
                            let recv = fd.recv.as_ref().unwrap();
                            let (ptr, _) = unpack_recv(&recv.typ);
                            if name != "_" {
                                method_infos.push((o, ptr, &recv.typ));
                            }
                            self.prog.packages[pkg].funcs.push(fid);
                        }
                    }
                }
            }
        }
        // file scope names must not conflict with package scope names
        for &fs in &file_scopes {
            let mut names: Vec<(String, ObjId)> =
                self.scopes[fs].names.iter().map(|(k, v)| (k.clone(), *v)).collect();
            names.sort_by_key(|(_, o)| self.objs[*o].pos);
            for (name, obj) in names {
                if let Some(&alt) = self.scopes[self.pkg_scope].names.get(&name) {
                    let ap = self.objs[alt].pos;
                    if let ObjKind::PkgName { path, .. } = &self.objs[obj].kind {
                        let path = path.clone();
                        let op = self.objs[obj].pos;
                        self.error_multi(
                            ap,
                            format!(
                                "{} already declared through import of package {} (\"{}\")",
                                name,
                                path.rsplit('/').next().unwrap_or(&path),
                                path
                            ),
                            &[(op, format!("other declaration of {}", name))],
                        );
                    } else {
                        let op = self.objs[obj].pos;
                        self.error_multi(
                            ap,
                            format!("{} already declared through dot-import", name),
                            &[(op, format!("other declaration of {}", name))],
                        );
                    }
                }
            }
        }
        // associate methods with their receiver base types
        for (o, ptr, rtyp) in method_infos {
            if let Some(base) = self.resolve_base_type_name(ptr, rtyp) {
                self.methods.entry(base).or_default().push(o);
            }
        }
    }

    fn declare_pkg_obj(&mut self, name: &str, pos: Pos, o: ObjId, d: usize) {
        self.objs[o].decl = Some(d);
        self.objs[o].order = self.pkg_objs.len() as u32 + 1;
        self.pkg_objs.push(o);
        if name == "init" {
            self.error(pos, "cannot declare init - must be func");
            return;
        }
        if name == "main" && self.prog.packages[self.pkg].name == "main" {
            self.error(pos, "cannot declare main - must be func");
            return;
        }
        let ps = self.pkg_scope;
        self.declare(ps, o);
    }

    fn arity(
        &mut self,
        pos: Pos,
        names: &[ast::Ident],
        inits: &[ast::Expr],
        const_decl: bool,
        inherited: bool,
    ) {
        let l = names.len();
        let r = inits.len();
        if l < r {
            let n = &inits[l];
            if inherited {
                let ps = self.pos_string(n.pos);
                self.error(pos, format!("extra init expr at {}", ps));
            } else {
                let s = expr_string(n);
                self.error(n.start_pos(), format!("extra init expr {}", s));
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
    }

    fn resolve_base_type_name(&mut self, seen_ptr: bool, typ: &'a ast::Expr) -> Option<ObjId> {
        let mut ptr = seen_ptr;
        let mut typ = unparen(typ);
        // skip the pointer already counted by unpack_recv
        if let AK::Star(x) = &typ.kind {
            typ = unparen(x);
            ptr = true;
        }
        let mut seen = HashSet::new();
        loop {
            if let AK::Star(x) = &typ.kind {
                if ptr {
                    return None;
                }
                ptr = true;
                typ = unparen(x);
            }
            let AK::Name(name) = &typ.kind else {
                // generic receivers T[P]
                if let AK::Index { x, .. } = &typ.kind {
                    typ = unparen(x);
                    continue;
                }
                return None;
            };
            let obj = *self.scopes[self.pkg_scope].names.get(name)?;
            if !matches!(self.objs[obj].kind, ObjKind::TypeName { .. }) {
                return None;
            }
            if !seen.insert(obj) {
                return None;
            }
            let d = self.objs[obj].decl?;
            let DeclKind::Type(spec) = self.decls[d].kind else { return None };
            if !spec.alias {
                return Some(obj);
            }
            typ = unparen(&spec.typ);
        }
    }

    pub(super) fn new_func(&mut self, name: String, pos: Pos, kind: FuncKind) -> FuncId {
        self.prog.funcs.push(Func {
            name,
            pkg: self.pkg,
            pos,
            end: pos,
            kind,
            sig: TypeId::INVALID,
            recv: None,
            params: vec![],
            results: vec![],
            locals: Arena::new(),
            body: None,
            captures: vec![],
            closures: vec![],
            labels: Arena::new(),
            num_targets: 0,
            pragmas: Pragmas::default(),
            has_defer: false,
            has_recover: false,
        })
    }

    pub(super) fn package_objects(&mut self) {
        let mut objs = self.pkg_objs.clone();
        objs.sort_by_key(|o| self.objs[*o].order);
        let mut aliases = vec![];
        let mut others = vec![];
        for &o in &objs {
            match &self.objs[o].kind {
                ObjKind::TypeName { alias } => {
                    if *alias {
                        aliases.push(o);
                    } else {
                        self.obj_decl(o);
                    }
                }
                _ => others.push(o),
            }
        }
        for o in aliases {
            self.obj_decl(o);
        }
        for o in others {
            self.obj_decl(o);
        }
        self.methods.clear();
    }

    // ------------------------------------------------------------ objDecl

    /// Type-checks the declaration of a package-level object (types2's objDecl).
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        if self.objs[obj].color == Color::White && self.objs[obj].ty.is_some() {
            self.objs[obj].color = Color::Black;
            return;
        }
        match self.objs[obj].color {
            Color::Black => return,
            Color::Grey(_) => {
                let valid = self.valid_cycle(obj);
                let o = &mut self.objs[obj];
                match o.kind {
                    ObjKind::Const { .. } | ObjKind::Var(_) => {
                        if !valid || o.ty.is_none() {
                            o.ty = Some(TypeId::INVALID);
                        }
                    }
                    ObjKind::TypeName { .. } => {
                        if !valid {
                            o.ty = Some(TypeId::INVALID);
                        }
                    }
                    _ => {}
                }
                return;
            }
            Color::White => {}
        }
        let Some(d) = self.objs[obj].decl else {
            self.objs[obj].color = Color::Black;
            if self.objs[obj].ty.is_none() {
                self.objs[obj].ty = Some(TypeId::INVALID);
            }
            return;
        };
        self.objs[obj].color = Color::Grey(self.obj_path.len());
        self.obj_path.push(obj);

        // save environment
        let saved_scope = self.scope;
        let saved_decl = self.cur_decl;
        let saved_iota = self.iota;
        let saved_errpos = self.errpos;
        let saved_fctx = std::mem::take(&mut self.fctx);
        self.scope = self.decls[d].file_scope;
        self.cur_decl = None;
        self.iota = None;
        self.errpos = None;

        match self.decls[d].kind {
            DeclKind::Const { typ, init, inherited, iota } => {
                self.cur_decl = Some(d);
                self.const_decl(obj, typ, init, inherited, iota);
            }
            DeclKind::Var { ref lhs, typ, init } => {
                let lhs = lhs.clone();
                self.cur_decl = Some(d);
                self.var_decl(obj, d, lhs, typ, init);
            }
            DeclKind::Type(spec) => {
                self.type_decl(obj, spec);
                self.collect_methods(obj);
            }
            DeclKind::Func(fd) => {
                self.func_decl(obj, fd, d);
            }
        }

        self.scope = saved_scope;
        self.cur_decl = saved_decl;
        self.iota = saved_iota;
        self.errpos = saved_errpos;
        self.fctx = saved_fctx;
        self.obj_path.pop();
        self.objs[obj].color = Color::Black;
        if self.objs[obj].ty.is_none() {
            self.objs[obj].ty = Some(TypeId::INVALID);
        }
    }

    fn valid_cycle(&mut self, obj: ObjId) -> bool {
        let Color::Grey(start) = self.objs[obj].color else { return true };
        let cycle: Vec<ObjId> = self.obj_path[start.min(self.obj_path.len())..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match &self.objs[o].kind {
                ObjKind::Const { .. } | ObjKind::Var(_) => nval += 1,
                ObjKind::TypeName { alias } => {
                    if !alias {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        if nval == cycle.len() {
            return true;
        }
        if nval == 0 && ndef > 0 {
            return true;
        }
        self.cycle_error(&cycle);
        false
    }

    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId]) {
        if cycle.is_empty() {
            return;
        }
        let mut i = 0;
        for (j, &o) in cycle.iter().enumerate() {
            if self.objs[o].pos < self.objs[cycle[i]].pos {
                i = j;
            }
        }
        let obj = cycle[i];
        let is_type = matches!(self.objs[obj].kind, ObjKind::TypeName { .. });
        let name = self.objs[obj].name.clone();
        let msg = if is_type {
            format!("invalid recursive type {}", name)
        } else {
            format!("illegal cycle in declaration of {}", name)
        };
        let mut more = vec![];
        let mut k = i;
        for _ in 0..cycle.len() {
            let o = cycle[k];
            more.push((self.objs[o].pos, format!("{} refers to", self.objs[o].name)));
            k = (k + 1) % cycle.len();
        }
        let o = cycle[k];
        more.push((self.objs[o].pos, self.objs[o].name.clone()));
        let pos = self.objs[obj].pos;
        self.error_multi(pos, msg, &more);
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        typ: Option<&'a ast::Expr>,
        init: Option<&'a ast::Expr>,
        inherited: bool,
        iota: u64,
    ) {
        self.iota = Some(iota);
        self.errpos = None;
        if let ObjKind::Const { val, .. } = &mut self.objs[obj].kind {
            *val = ConstValue::Unknown;
        }
        if let Some(t) = typ {
            let ty = self.typ(t);
            if !self.tt().is_const_type(ty) {
                if self.under(ty) != TypeId::INVALID {
                    let s = self.ts(ty);
                    self.error(t.start_pos(), format!("invalid constant type {}", s));
                }
                self.objs[obj].ty = Some(TypeId::INVALID);
                return;
            }
            self.objs[obj].ty = Some(ty);
        }
        let mut x = self.invalid_operand(self.objs[obj].pos);
        if let Some(e) = init {
            if inherited {
                self.errpos = Some(self.objs[obj].pos);
            }
            x = self.expr(e);
        }
        self.init_const(obj, &mut x);
        self.errpos = None;
    }

    pub(super) fn init_const(&mut self, obj: ObjId, x: &mut expr::Operand<'a>) {
        let lhs_ty = self.objs[obj].ty;
        if x.mode == expr::Mode::Invalid
            || x.ty == TypeId::INVALID
            || lhs_ty == Some(TypeId::INVALID)
        {
            if lhs_ty.is_none() {
                self.objs[obj].ty = Some(TypeId::INVALID);
            }
            return;
        }
        if x.mode != expr::Mode::Constant {
            let s = self.operand_string(x);
            self.error(x.pos, format!("{} is not constant", s));
            if lhs_ty.is_none() {
                self.objs[obj].ty = Some(TypeId::INVALID);
            }
            return;
        }
        let t = match lhs_ty {
            Some(t) => t,
            None => {
                self.objs[obj].ty = Some(x.ty);
                x.ty
            }
        };
        self.assignment(x, Some(t), "constant declaration");
        if x.mode == expr::Mode::Invalid {
            return;
        }
        if let ObjKind::Const { val, .. } = &mut self.objs[obj].kind {
            *val = x.val.clone();
        }
    }

    fn var_decl(
        &mut self,
        obj: ObjId,
        d: usize,
        lhs: Vec<ObjId>,
        typ: Option<&'a ast::Expr>,
        init: Option<&'a ast::Expr>,
    ) {
        if let Some(t) = typ {
            let ty = self.var_type(t);
            self.objs[obj].ty = Some(ty);
        }
        let pos = self.objs[obj].pos;
        let Some(init) = init else {
            if typ.is_none() {
                self.objs[obj].ty = Some(TypeId::INVALID);
            }
            self.finish_global(obj);
            return;
        };
        if lhs.len() <= 1 {
            let mut x = self.expr(init);
            self.init_var(obj, &mut x, "variable declaration");
            self.finish_global(obj);
            let g = self.global_of(obj);
            if x.mode != expr::Mode::Invalid {
                self.var_inits.insert(d, VarInit { pos, lhs: vec![g], rhs: x.ir });
            }
            return;
        }
        if typ.is_some() {
            let t = self.objs[obj].ty;
            for &l in &lhs {
                self.objs[l].ty = t;
            }
        }
        let rhs = self.init_vars(&lhs, std::slice::from_ref(init), None);
        for &l in &lhs {
            if self.objs[l].ty.is_none() {
                self.objs[l].ty = Some(TypeId::INVALID);
            }
            self.objs[l].color = Color::Black;
            self.finish_global(l);
        }
        if let Some(stmt) = rhs {
            let lhs_g: Vec<Option<GlobalId>> = lhs.iter().map(|&l| self.global_of(l)).collect();
            let rhs_e = match stmt {
                stmt::InitRhs::Multi(e) => e,
                stmt::InitRhs::List(mut v) => v.remove(0),
            };
            self.var_inits.insert(d, VarInit { pos, lhs: lhs_g, rhs: rhs_e });
        }
    }

    fn global_of(&self, obj: ObjId) -> Option<GlobalId> {
        match self.objs[obj].kind {
            ObjKind::Var(VarRef::Global(g)) => Some(g),
            _ => None,
        }
    }

    fn finish_global(&mut self, obj: ObjId) {
        if let ObjKind::Var(VarRef::Global(g)) = self.objs[obj].kind {
            self.prog.globals[g].ty = self.objs[obj].ty.unwrap_or(TypeId::INVALID);
        }
    }

    pub(super) fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            self.objs[obj].ty = Some(TypeId::INVALID);
            let t = self.typ(&spec.typ);
            self.objs[obj].ty = Some(t);
            return;
        }
        let local_index = if self.fctx.is_empty() {
            None
        } else {
            self.local_type_count += 1;
            Some(self.local_type_count)
        };
        let path = self.prog.packages[self.pkg].path.clone();
        let named = self.prog.types.new_named(NamedType {
            name: spec.name.name.clone(),
            pkg: Some(self.pkg),
            pkg_path: path,
            pos: spec.name.pos,
            underlying: TypeId::INVALID,
            methods: vec![],
            local_index,
            type_params: vec![],
        });
        self.objs[obj].ty = Some(named);
        self.prog.packages[self.pkg].named_types.push(named);
        self.pending_named.insert(named);
        if !spec.type_params.is_empty() {
            self.error(spec.type_params[0].pos, "generic types are not supported");
        }
        let rhs = self.defined_type(&spec.typ, Some(named));
        self.pending_named.remove(&named);
        let nid = self.tt().named_id(named).unwrap();
        let mut u = self.under(rhs);
        if let TypeKind::Named(rn) = self.kind(rhs) {
            // the rhs is a named type still being declared: a cycle through type names
            if self.prog.types.named[*rn].underlying == TypeId::INVALID && rhs != named {
                u = TypeId::INVALID;
            }
        }
        if rhs == named {
            u = TypeId::INVALID;
        }
        self.prog.types.named[nid].underlying = u;
        self.valid_types.insert(named);
    }

    fn collect_methods(&mut self, obj: ObjId) {
        let Some(methods) = self.methods.remove(&obj) else { return };
        let Some(base) = self.objs[obj].ty else { return };
        let Some(nid) = self.tt().named_id(base) else { return };
        for m in methods {
            let ObjKind::Func(fid) = self.objs[m].kind else { continue };
            let name = self.objs[m].name.clone();
            let pos = self.objs[m].pos;
            if let Some(alt) = self.prog.types.named[nid].methods.iter().find(|x| x.name == name) {
                let ap = alt.pos;
                let tn = self.objs[obj].name.clone();
                self.error_multi(
                    pos,
                    format!("{}.{} redeclared in this block", tn, name),
                    &[(ap, format!("other declaration of {}", name))],
                );
                continue;
            }
            let ptr = matches!(self.prog.funcs[fid].kind, FuncKind::Method { ptr: true, .. });
            self.prog.funcs[fid].kind = FuncKind::Method { recv_type: base, ptr };
            let pkg = if is_exported(&name) { None } else { Some(self.pkg) };
            self.prog.types.named[nid].methods.push(Method {
                name,
                func: fid,
                ptr_recv: ptr,
                pkg,
                sig: TypeId::INVALID,
                pos,
            });
        }
        self.field_method_checks.push(base);
    }

    fn func_decl(&mut self, obj: ObjId, fd: &'a ast::FuncDecl, d: usize) {
        let ObjKind::Func(fid) = self.objs[obj].kind else { return };
        // guard against cycles through the signature
        self.objs[obj].ty = Some(TypeId::INVALID);
        self.objs[obj].color = Color::Black;
        if !fd.type_params.is_empty() {
            self.error(fd.type_params[0].pos, "generic functions are not supported");
        }
        let si = self.signature(fd.recv.as_ref(), &fd.sig);
        self.objs[obj].ty = Some(si.ty);
        self.setup_func(fid, &si, fd.recv.is_some());
        if let (Some(recv), Some(ri)) = (&fd.recv, &si.recv) {
            // attach the signature to the method entry
            let base = self.tt().deref_ptr(ri.ty).unwrap_or(ri.ty);
            if let Some(nid) = self.tt().named_id(base) {
                for m in self.prog.types.named[nid].methods.iter_mut() {
                    if m.func == fid {
                        m.sig = si.ty;
                    }
                }
            }
            self.recv_checks.push((ri.ty, ri.pos, &recv.typ));
        }
        if fd.body.is_some() {
            self.delayed.push(Delayed::FuncBody { func: fid, obj, decl: fd, decl_idx: d });
        } else if fd.directives.iter().all(|d| !d.text.starts_with("linkname")) {
            // gc reports missing bodies after type checking (init was reported earlier)
            if fd.name.name != "init" {
                self.missing_bodies.push(fd.name.pos);
            }
        }
    }

    /// Creates the parameter/result locals of a function from its signature.
    pub(super) fn setup_func(&mut self, fid: FuncId, si: &SigInfo, _method: bool) {
        self.prog.funcs[fid].sig = si.ty;
        let mut scope_objs = vec![];
        if let Some(r) = &si.recv {
            let name = r.name.clone().unwrap_or_default();
            let lname = if name.is_empty() { "~r".to_string() } else { name.clone() };
            let lid = self.new_local(fid, &lname, r.ty, r.pos, LocalKind::Recv);
            self.prog.funcs[fid].recv = Some(lid);
            if !name.is_empty() {
                scope_objs.push((name, r.pos, lid, r.ty));
            }
        }
        for (i, p) in si.params.iter().enumerate() {
            let name = p.name.clone().unwrap_or_default();
            let lname = if name.is_empty() { format!("~p{}", i) } else { name.clone() };
            let lid = self.new_local(fid, &lname, p.ty, p.pos, LocalKind::Param);
            self.prog.funcs[fid].params.push(lid);
            if !name.is_empty() {
                scope_objs.push((name, p.pos, lid, p.ty));
            }
        }
        let mut result_objs = vec![];
        for (i, p) in si.results.iter().enumerate() {
            let name = p.name.clone().unwrap_or_default();
            let lname =
                if name.is_empty() || name == "_" { format!("~r{}", i) } else { name.clone() };
            let lid = self.new_local(fid, &lname, p.ty, p.pos, LocalKind::Result);
            self.prog.funcs[fid].results.push(lid);
            if !name.is_empty() {
                scope_objs.push((name.clone(), p.pos, lid, p.ty));
            }
            result_objs.push((name, p.pos, lid, p.ty));
        }
        // function scope with parameters (types2 declares them in the signature scope)
        let parent = self.scope;
        let fs = self.scopes.push(Scope {
            parent: Some(parent),
            names: HashMap::new(),
            kind: ScopeKind::Func,
        });
        let mut robjs = vec![];
        for (name, pos, lid, ty) in scope_objs {
            let o = self.new_obj(&name, pos, ObjKind::Var(VarRef::Local(fid, lid)), Some(ty));
            self.objs[o].used = true;
            self.declare(fs, o);
            if self.prog.funcs[fid].results.contains(&lid) {
                robjs.push(o);
            }
        }
        let _ = result_objs;
        self.func_scopes.insert(fid, (fs, robjs));
    }

    // ------------------------------------------------------------ signatures

    pub(crate) fn signature(
        &mut self,
        recv: Option<&'a ast::Field>,
        ft: &'a ast::FuncType,
    ) -> SigInfo {
        let recv_info = recv.map(|r| {
            let list = self.collect_params(std::slice::from_ref(r), false).0;
            if list.len() > 1 {
                self.error(list[list.len() - 1].pos, "method must have exactly one receiver");
            }
            list.into_iter().next().unwrap_or(ParamInfo {
                name: None,
                pos: r.pos,
                ty: TypeId::INVALID,
            })
        });
        let (params, variadic) = self.collect_params(&ft.params, true);
        let (results, _) = self.collect_params(&ft.results, false);
        // duplicate names across receiver/params/results
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        let all: Vec<&ParamInfo> =
            recv_info.iter().chain(params.iter()).chain(results.iter()).collect();
        let mut dups = vec![];
        for p in &all {
            if let Some(n) = &p.name {
                if n == "_" {
                    continue;
                }
                if let Some(&prev) = seen.get(n.as_str()) {
                    dups.push((p.pos, n.clone(), prev));
                } else {
                    seen.insert(n, p.pos);
                }
            }
        }
        for (pos, n, prev) in dups {
            self.error_multi(
                pos,
                format!("{} redeclared in this block", n),
                &[(prev, format!("other declaration of {}", n))],
            );
        }
        let sig = Signature {
            params: params
                .iter()
                .map(|p| Param { name: p.name.clone().unwrap_or_default(), ty: p.ty })
                .collect(),
            results: results
                .iter()
                .map(|p| Param { name: p.name.clone().unwrap_or_default(), ty: p.ty })
                .collect(),
            variadic,
        };
        let ty = self.tt_mut().intern(TypeKind::Func(sig));
        SigInfo { ty, recv: recv_info, params, results, variadic }
    }

    fn collect_params(
        &mut self,
        fields: &'a [ast::Field],
        variadic_ok: bool,
    ) -> (Vec<ParamInfo>, bool) {
        let mut out = vec![];
        let mut variadic = false;
        let n = fields.len();
        for (i, f) in fields.iter().enumerate() {
            let mut ftype = &f.typ;
            let mut is_dots = false;
            if let AK::Dots(elem) = &ftype.kind {
                ftype = elem;
                if variadic_ok && i == n - 1 && f.names.len() <= 1 {
                    is_dots = true;
                } else {
                    self.error(f.typ.pos, "can only use ... with final parameter in list");
                }
            }
            let mut ty = self.var_type(ftype);
            if is_dots {
                variadic = true;
                ty = self.tt_mut().slice(ty);
            }
            if f.names.is_empty() {
                out.push(ParamInfo { name: None, pos: f.pos, ty });
            } else {
                for name in &f.names {
                    out.push(ParamInfo { name: Some(name.name.clone()), pos: name.pos, ty });
                }
            }
        }
        (out, variadic)
    }

    // ------------------------------------------------------------ type expressions

    pub(crate) fn typ(&mut self, e: &'a ast::Expr) -> TypeId {
        self.defined_type(e, None)
    }

    pub(crate) fn var_type(&mut self, e: &'a ast::Expr) -> TypeId {
        self.defined_type(e, None)
    }

    pub(crate) fn defined_type(&mut self, e: &'a ast::Expr, def: Option<TypeId>) -> TypeId {
        self.typ_internal(e, def)
    }

    fn set_def_underlying(&mut self, def: Option<TypeId>, t: TypeId) {
        if let Some(d) = def {
            if let Some(nid) = self.tt().named_id(d) {
                let u = self.under(t);
                if !matches!(self.kind(t), TypeKind::Named(_)) {
                    self.prog.types.named[nid].underlying = u;
                }
            }
        }
    }

    fn typ_internal(&mut self, e: &'a ast::Expr, def: Option<TypeId>) -> TypeId {
        match &e.kind {
            AK::Bad => TypeId::INVALID,
            AK::Name(_) | AK::Selector { .. } => {
                let x = if let AK::Name(n) = &e.kind {
                    self.ident(e, n, true)
                } else {
                    self.selector(e, true)
                };
                match x.mode {
                    expr::Mode::TypeExpr => x.ty,
                    expr::Mode::Invalid => TypeId::INVALID,
                    expr::Mode::NoValue => {
                        let s = self.operand_string(&x);
                        self.error(x.pos, format!("{} used as type", s));
                        TypeId::INVALID
                    }
                    _ => {
                        let s = self.operand_string(&x);
                        self.error(x.pos, format!("{} is not a type", s));
                        TypeId::INVALID
                    }
                }
            }
            AK::Index { .. } => {
                self.error(e.start_pos(), "generic type instantiation is not supported");
                TypeId::INVALID
            }
            AK::Paren(x) => self.defined_type(x, def),
            AK::ArrayType { len, elem } => match len {
                ast::ArrayLen::Expr(l) => {
                    let n = self.array_length(l);
                    let el = self.var_type(elem);
                    match n {
                        Some(n) => {
                            let t = self.tt_mut().array(el, n);
                            self.set_def_underlying(def, t);
                            t
                        }
                        None => TypeId::INVALID,
                    }
                }
                ast::ArrayLen::Dots => {
                    self.error(e.pos, "invalid use of [...] array (outside a composite literal)");
                    self.var_type(elem);
                    TypeId::INVALID
                }
            },
            AK::SliceType(elem) => {
                let el = self.var_type(elem);
                self.tt_mut().slice(el)
            }
            AK::Dots(elem) => {
                self.error(e.pos, "invalid use of '...'");
                self.var_type(elem);
                TypeId::INVALID
            }
            AK::StructType(fields) => self.struct_type(fields),
            AK::Star(x) => {
                let base = self.var_type(x);
                if base == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.tt_mut().pointer(base)
            }
            AK::FuncType(ft) => {
                // parameters of a func type literal are not variables
                let saved = self.scope;
                self.open_scope(ScopeKind::Func);
                let si = self.signature(None, ft);
                self.scope = saved;
                si.ty
            }
            AK::InterfaceType(elems) => self.interface_type(elems, def),
            AK::MapType { key, value } => {
                let k = self.var_type(key);
                let v = self.var_type(value);
                let t = self.tt_mut().map_of(k, v);
                self.map_key_checks.push((k, key.start_pos(), key));
                t
            }
            AK::ChanType { dir, elem } => {
                let d = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                let el = self.var_type(elem);
                self.tt_mut().intern(TypeKind::Chan(d, el))
            }
            AK::Tilde(_) => {
                self.error(e.pos, "cannot use ~ outside of interface or type constraint");
                TypeId::INVALID
            }
            _ => {
                let s = expr_string(e);
                self.error(e.start_pos(), format!("{} is not a type", s));
                let _ = self.raw_expr(e, None);
                TypeId::INVALID
            }
        }
    }

    fn array_length(&mut self, e: &'a ast::Expr) -> Option<u64> {
        if let AK::Name(name) = &e.kind {
            match self.lookup(name) {
                None => {
                    self.error(e.pos, format!("undefined: {}", name));
                    return None;
                }
                Some(o) => {
                    if !matches!(self.objs[o].kind, ObjKind::Const { .. }) {
                        self.error(e.pos, format!("invalid array length {}", name));
                        return None;
                    }
                }
            }
        }
        let x = self.expr(e);
        if x.mode != expr::Mode::Constant {
            if x.mode != expr::Mode::Invalid {
                let s = self.operand_string(&x);
                self.error(x.pos, format!("array length {} must be constant", s));
            }
            return None;
        }
        if self.tt().is_untyped(x.ty) || self.tt().is_integer(x.ty) {
            if let ConstValue::Int(v) = x.val.to_int() {
                use num_traits::ToPrimitive;
                if let Some(n) = v.to_i64() {
                    if n >= 0 {
                        return Some(n as u64);
                    }
                    let s = self.operand_string(&x);
                    self.error(x.pos, format!("invalid array length {}", s));
                    return None;
                }
            } else if x.val.is_unknown() {
                return None;
            }
        }
        let s = self.operand_string(&x);
        self.error(x.pos, format!("array length {} must be integer", s));
        None
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = vec![];
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for f in fields {
            let ty = self.var_type(&f.typ);
            let tag = f.tag.clone().filter(|t| !t.is_empty());
            if f.names.is_empty() {
                let pos = f.typ.start_pos();
                let Some(name) = embedded_field_name(&f.typ) else {
                    let s = expr_string(&f.typ);
                    self.error(pos, format!("invalid embedded field type {}", s));
                    continue;
                };
                if self.add_field(&mut seen, &name, pos) {
                    let pkg = if is_exported(&name) { None } else { Some(self.pkg) };
                    out.push(Field { name, ty, embedded: true, pkg, tag, pos });
                    self.embed_checks.push((ty, pos));
                }
            } else {
                for n in &f.names {
                    if n.name == "_" || self.add_field(&mut seen, &n.name, n.pos) {
                        let pkg = if is_exported(&n.name) { None } else { Some(self.pkg) };
                        out.push(Field {
                            name: n.name.clone(),
                            ty,
                            embedded: false,
                            pkg,
                            tag: tag.clone(),
                            pos: n.pos,
                        });
                    }
                }
            }
        }
        self.tt_mut().intern(TypeKind::Struct(out))
    }

    fn add_field(&mut self, seen: &mut HashMap<String, Pos>, name: &str, pos: Pos) -> bool {
        if name == "_" {
            return true;
        }
        if let Some(&prev) = seen.get(name) {
            self.error_multi(
                pos,
                format!("{} redeclared", name),
                &[(prev, format!("other declaration of {}", name))],
            );
            return false;
        }
        seen.insert(name.to_string(), pos);
        true
    }

    fn interface_type(&mut self, elems: &'a [ast::InterfaceElem], def: Option<TypeId>) -> TypeId {
        let mut methods: Vec<IMethod> = vec![];
        let mut embeds = vec![];
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    if name.name == "_" {
                        self.error(name.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    let saved = self.scope;
                    self.open_scope(ScopeKind::Func);
                    let si = self.signature(None, sig);
                    self.scope = saved;
                    let pkg = if is_exported(&name.name) { None } else { Some(self.pkg) };
                    methods.push(IMethod {
                        name: name.name.clone(),
                        pkg,
                        sig: si.ty,
                        pos: name.pos,
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    if matches!(e.kind, AK::Binary { .. } | AK::Tilde(_)) {
                        self.error(e.start_pos(), "type constraints are not supported");
                        continue;
                    }
                    let t = self.typ(e);
                    if t == TypeId::INVALID {
                        continue;
                    }
                    // an embedded interface still being declared: a cycle, reported
                    // by the validity check of the named types
                    let pending = Some(t) == def || self.pending_named.contains(&t);
                    if !pending && !self.tt().is_interface(t) {
                        // a type set term (phase 2)
                        let s = self.ts(t);
                        self.error(
                            e.start_pos(),
                            format!(
                                "cannot use {} as interface: type constraints are not supported",
                                s
                            ),
                        );
                        continue;
                    }
                    embeds.push((t, e.start_pos()));
                }
            }
        }
        // duplicate method check (explicit vs explicit, and vs embedded)
        let mut seen: HashMap<String, Pos> = HashMap::new();
        let mut dup_errs = vec![];
        for m in &methods {
            if let Some(&p) = seen.get(&m.name) {
                dup_errs.push((m.pos, m.name.clone(), p));
            } else {
                seen.insert(m.name.clone(), m.pos);
            }
        }
        for (pos, name, prev) in dup_errs {
            self.error_multi(
                pos,
                format!("duplicate method {}", name),
                &[(prev, format!("other declaration of {}", name))],
            );
        }
        for &(e, pos) in &embeds {
            let ems = self.tt().interface_methods(e);
            for m in ems {
                if let Some(&p) = seen.get(&m.name) {
                    let mine = methods.iter().find(|x| x.name == m.name).map(|x| x.sig);
                    let same = mine.is_some_and(|s| self.identical(s, m.sig));
                    if !same && mine.is_some() {
                        self.error_multi(
                            pos,
                            format!("duplicate method {}", m.name),
                            &[(p, format!("other declaration of {}", m.name))],
                        );
                    }
                }
            }
        }
        let iface = Interface { methods, embeds: embeds.iter().map(|e| e.0).collect(), any: false };
        self.tt_mut().intern(TypeKind::Interface(iface))
    }

    // ------------------------------------------------------------ late checks

    pub(super) fn late_checks(&mut self) {
        // map keys
        let keys = std::mem::take(&mut self.map_key_checks);
        for (k, pos, _e) in keys {
            if k != TypeId::INVALID && !self.tt().comparable(k) {
                let s = self.ts(k);
                self.error(pos, format!("invalid map key type {}", s));
            }
        }
        // embedded fields
        let embeds = std::mem::take(&mut self.embed_checks);
        for (t, pos) in embeds {
            let (base, is_ptr) = match self.tt().deref_ptr(t) {
                Some(b) => (b, true),
                None => (t, false),
            };
            match self.tt().under_kind(base) {
                TypeKind::Basic(k) if *k == crate::types::BasicKind::UnsafePointer => {
                    self.error(pos, "embedded field type cannot be unsafe.Pointer")
                }
                TypeKind::Pointer(_) => self.error(pos, "embedded field type cannot be a pointer"),
                TypeKind::Interface(_) if is_ptr => {
                    self.error(pos, "embedded field type cannot be a pointer to an interface")
                }
                _ => {}
            }
        }
        // receivers
        let recvs = std::mem::take(&mut self.recv_checks);
        for (rt, pos, _e) in recvs {
            let base = self.tt().deref_ptr(rt).unwrap_or(rt);
            if base == TypeId::INVALID {
                continue;
            }
            match self.kind(base).clone() {
                TypeKind::Named(n) => {
                    if self.prog.types.named[n].pkg != Some(self.pkg) {
                        let s = self.ts(base);
                        self.error(
                            pos,
                            format!("cannot define new methods on non-local type {}", s),
                        );
                        continue;
                    }
                    let cause = match self.tt().under_kind(base) {
                        TypeKind::Basic(k) if *k == crate::types::BasicKind::UnsafePointer => {
                            Some("unsafe.Pointer")
                        }
                        TypeKind::Pointer(_) | TypeKind::Interface(_) => {
                            Some("pointer or interface type")
                        }
                        _ => None,
                    };
                    if let Some(c) = cause {
                        let s = self.ts(base);
                        self.error(pos, format!("invalid receiver type {} ({})", s, c));
                    }
                }
                TypeKind::Basic(_) => {
                    let s = self.ts(base);
                    self.error(pos, format!("cannot define new methods on non-local type {}", s));
                }
                _ => {
                    let s = self.ts(rt);
                    self.error(pos, format!("invalid receiver type {}", s));
                }
            }
        }
        // field and method with the same name
        let fm = std::mem::take(&mut self.field_method_checks);
        for t in fm {
            let Some(nid) = self.tt().named_id(t) else { continue };
            let fields = self.tt().struct_fields(t).map(|f| f.to_vec()).unwrap_or_default();
            let methods = self.prog.types.named[nid].methods.clone();
            for f in &fields {
                if let Some(m) = methods.iter().find(|m| m.name == f.name) {
                    self.error_multi(
                        m.pos,
                        format!("field and method with the same name {}", f.name),
                        &[(f.pos, format!("other declaration of {}", f.name))],
                    );
                }
            }
        }
        // missing function bodies (reported by gc after type checking)
        let mb = std::mem::take(&mut self.missing_bodies);
        for pos in mb {
            self.error(pos, "missing function body");
        }
        // invalid recursive types
        let mut vt: Vec<TypeId> = self.valid_types.drain().collect();
        vt.sort();
        let mut valid = HashSet::new();
        for t in vt {
            let mut nest = vec![];
            self.valid_type(t, &mut nest, &mut valid);
        }
    }

    /// Reports named types of infinite size (types2's validType).
    fn valid_type(
        &mut self,
        t: TypeId,
        nest: &mut Vec<TypeId>,
        valid: &mut HashSet<TypeId>,
    ) -> bool {
        if nest.len() > 200 {
            return true;
        }
        match self.kind(t).clone() {
            TypeKind::Array(e, _) => self.valid_type(e, nest, valid),
            TypeKind::Struct(fs) => {
                for f in fs {
                    if !self.valid_type(f.ty, nest, valid) {
                        return false;
                    }
                }
                true
            }
            TypeKind::Interface(i) => {
                for e in i.embeds {
                    if !self.valid_type(e, nest, valid) {
                        return false;
                    }
                }
                true
            }
            TypeKind::Named(n) => {
                if valid.contains(&t) {
                    return true;
                }
                if self.prog.types.named[n].underlying == TypeId::INVALID {
                    return false;
                }
                if let Some(start) = nest.iter().position(|&x| x == t) {
                    if self.prog.types.named[n].pkg == Some(self.pkg) {
                        self.prog.types.named[n].underlying = TypeId::INVALID;
                        let cycle: Vec<ObjId> =
                            nest[start..].iter().filter_map(|&x| self.type_obj(x)).collect();
                        self.cycle_error(&cycle);
                    }
                    return false;
                }
                nest.push(t);
                let u = self.prog.types.named[n].underlying;
                let ok = self.valid_type(u, nest, valid);
                nest.pop();
                if ok {
                    valid.insert(t);
                }
                ok
            }
            _ => true,
        }
    }

    fn type_obj(&self, t: TypeId) -> Option<ObjId> {
        let nid = self.tt().named_id(t)?;
        let nt = &self.prog.types.named[nid];
        // find the type name object declaring it
        self.objs
            .iter()
            .find(|(_, o)| {
                matches!(o.kind, ObjKind::TypeName { alias: false })
                    && o.pos == nt.pos
                    && o.ty == Some(t)
            })
            .map(|(id, _)| id)
    }

    // ------------------------------------------------------------ init order

    pub(super) fn init_order(&mut self) {
        // dependency graph over package-level objects of this package
        let objs: Vec<ObjId> = self.pkg_objs.clone();
        let idx: HashMap<ObjId, usize> = objs.iter().enumerate().map(|(i, o)| (*o, i)).collect();
        let n = objs.len();
        let mut succ: Vec<HashSet<usize>> = vec![HashSet::new(); n];
        let mut pred: Vec<HashSet<usize>> = vec![HashSet::new(); n];
        for (i, &o) in objs.iter().enumerate() {
            let Some(d) = self.objs[o].decl else { continue };
            for dep in &self.decls[d].deps {
                if let Some(&j) = idx.get(dep) {
                    succ[i].insert(j);
                    pred[j].insert(i);
                }
            }
        }
        let is_func = |c: &Checker, o: ObjId| matches!(c.objs[o].kind, ObjKind::Func(_));
        let is_dep = |c: &Checker, o: ObjId| {
            matches!(c.objs[o].kind, ObjKind::Func(_) | ObjKind::Var(_) | ObjKind::Const { .. })
        };
        // eliminate function nodes, cheapest first
        let mut funcs: Vec<usize> = (0..n).filter(|&i| is_func(self, objs[i])).collect();
        funcs.sort_by_key(|&i| (pred[i].len() * succ[i].len(), i));
        for &f in &funcs {
            let ps: Vec<usize> = pred[f].iter().copied().filter(|&p| p != f).collect();
            let ss: Vec<usize> = succ[f].iter().copied().filter(|&s| s != f).collect();
            for &p in &ps {
                for &s in &ss {
                    succ[p].insert(s);
                    pred[s].insert(p);
                }
                succ[p].remove(&f);
            }
            for &s in &ss {
                pred[s].remove(&f);
            }
        }
        let nodes: Vec<usize> =
            (0..n).filter(|&i| !is_func(self, objs[i]) && is_dep(self, objs[i])).collect();
        let mut ndeps: HashMap<usize, usize> = nodes
            .iter()
            .map(|&i| (i, succ[i].iter().filter(|&&s| !is_func(self, objs[s])).count()))
            .collect();
        let mut remaining: Vec<usize> = nodes.clone();
        let mut emitted = HashSet::new();
        let mut order = vec![];
        while !remaining.is_empty() {
            // pick min (ndeps, order)
            let (k, _) = remaining
                .iter()
                .enumerate()
                .min_by_key(|(_, i)| (ndeps[*i], self.objs[objs[**i]].order))
                .map(|(k, &i)| (k, i))
                .unwrap();
            let i = remaining.swap_remove(k);
            if ndeps[&i] > 0 {
                let o = objs[i];
                if let Some(cycle) = self.find_path(o, o, &mut HashSet::new()) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &pred[i] {
                if let Some(c) = ndeps.get_mut(&p) {
                    *c = c.saturating_sub(1);
                }
            }
            let o = objs[i];
            if let ObjKind::Var(_) = self.objs[o].kind {
                let d = self.objs[o].decl.unwrap();
                if emitted.insert(d) {
                    order.push(d);
                }
            }
        }
        for d in order {
            if let Some(vi) = self.var_inits.remove(&d) {
                self.prog.packages[self.pkg].var_init.push(vi);
            }
        }
    }

    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let d = self.objs[from].decl?;
        for &dep in &self.decls[d].deps {
            if dep == to {
                return Some(vec![dep]);
            }
            if let Some(mut p) = self.find_path(dep, to, seen) {
                p.push(dep);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let mut obj = cycle[0];
        let name = self.objs[obj].name.clone();
        let pos = self.objs[obj].pos;
        let mut more = vec![];
        for i in (0..cycle.len()).rev() {
            more.push((self.objs[obj].pos, format!("{} refers to", self.objs[obj].name)));
            obj = cycle[i];
        }
        more.push((self.objs[obj].pos, self.objs[obj].name.clone()));
        self.error_multi(pos, format!("initialization loop for {}", name), &more);
    }
}

pub(crate) fn unparen(mut e: &ast::Expr) -> &ast::Expr {
    while let AK::Paren(x) = &e.kind {
        e = x;
    }
    e
}

/// Receiver type `T`, `*T`, `(T)`, `T[P]`: whether a pointer, and the base type name.
fn unpack_recv(mut e: &ast::Expr) -> (bool, Option<&str>) {
    let mut ptr = false;
    loop {
        match &e.kind {
            AK::Paren(x) => e = x,
            AK::Star(x) => {
                ptr = true;
                e = x;
            }
            _ => break,
        }
    }
    if let AK::Index { x, .. } = &e.kind {
        e = x;
    }
    match &e.kind {
        AK::Name(n) => (ptr, Some(n.as_str())),
        _ => (ptr, None),
    }
}

fn embedded_field_name(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        AK::Name(n) => Some(n.clone()),
        AK::Star(x) => match &x.kind {
            AK::Star(_) => None,
            _ => embedded_field_name(x),
        },
        AK::Selector { sel, .. } => Some(sel.name.clone()),
        AK::Index { x, .. } => embedded_field_name(x),
        AK::Paren(x) => embedded_field_name(x),
        _ => None,
    }
}

fn parse_pragmas(ds: &[ast::Directive]) -> Pragmas {
    let mut p = Pragmas::default();
    for d in ds {
        let mut parts = d.text.split_whitespace();
        match parts.next() {
            Some("noinline") => p.noinline = true,
            Some("nosplit") => p.nosplit = true,
            Some("noescape") => p.noescape = true,
            Some("norace") => p.norace = true,
            Some("linkname") => {
                let _local = parts.next();
                p.linkname = parts.next().map(|s| s.to_string());
            }
            _ => {}
        }
        p.all.push(d.text.clone());
    }
    p
}
