//! The type checker: universe, package and file scopes, objects, diagnostics and
//! the per-package pipeline (collect → declare → bodies → init order → unused
//! imports), modelled on types2 as gc 1.19 configures it.

mod astfmt;
mod branches;
mod call;
mod decl;
mod expr;
mod lookup;
mod stmt;

use crate::arena::Arena;
use crate::constant::ConstValue;
use crate::ir::*;
use crate::types::{TypeId, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};
use syntax::ast;
use syntax::{Diagnostic, Pos};

pub(crate) use astfmt::expr_string;

crate::define_id!(ObjId, "obj");
crate::define_id!(ScopeId, "scope");

/// Builtin functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinId {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Alignof,
    Offsetof,
    Sizeof,
    Add,
    Slice,
}

impl BuiltinId {
    pub fn name(self) -> &'static str {
        use BuiltinId::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Add => "Add",
            Slice => "Slice",
        }
    }
    /// (minimum number of arguments, variadic)
    fn nargs(self) -> (usize, bool) {
        use BuiltinId::*;
        match self {
            Append => (1, true),
            Cap | Clear | Close | Imag | Len | Real | New | Panic => (1, false),
            Complex | Copy | Delete | Add | Slice => (2, false),
            Make => (1, true),
            Max | Min => (1, true),
            Print | Println => (0, true),
            Recover => (0, false),
            Alignof | Offsetof | Sizeof => (1, false),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarRef {
    Global(GlobalId),
    Local(FuncId, LocalId),
    /// A package-level `_` variable (no storage).
    Blank,
}

#[derive(Clone, Debug)]
#[allow(dead_code)]
pub(crate) enum ObjKind {
    Const { val: ConstValue, iota: Option<u64> },
    TypeName { alias: bool },
    Var(VarRef),
    Func(FuncId),
    PkgName { pkg: PkgId, path: String },
    Builtin(BuiltinId),
    Nil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Color {
    White,
    Grey(usize),
    Black,
}

#[derive(Clone, Debug)]
pub(crate) struct Object {
    pub name: String,
    pub pos: Pos,
    pub pkg: Option<PkgId>,
    pub kind: ObjKind,
    /// Type of a const/var/func/type name; `None` while not yet determined.
    pub ty: Option<TypeId>,
    pub color: Color,
    pub decl: Option<usize>,
    pub used: bool,
    /// Source order for package-level objects.
    pub order: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Universe,
    Package,
    File,
    Func,
    Block,
}

#[derive(Clone, Debug)]
#[allow(dead_code)]
pub(crate) struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
    pub kind: ScopeKind,
}

/// Package-level declaration info (types2's declInfo).
#[allow(dead_code)]
pub(crate) struct DeclInfo<'a> {
    pub pkg: PkgId,
    pub file_scope: ScopeId,
    pub kind: DeclKind<'a>,
    /// Package-level objects the initializer refers to.
    pub deps: Vec<ObjId>,
}

pub(crate) enum DeclKind<'a> {
    Const { typ: Option<&'a ast::Expr>, init: Option<&'a ast::Expr>, inherited: bool, iota: u64 },
    Var { lhs: Vec<ObjId>, typ: Option<&'a ast::Expr>, init: Option<&'a ast::Expr> },
    Type(&'a ast::TypeSpec),
    Func(&'a ast::FuncDecl),
}

/// One package handed to the checker: its import path and parsed files.
pub struct PackageFiles<'a> {
    /// Import path (`main` for the user's package).
    pub path: String,
    pub files: Vec<&'a ast::File>,
}

/// Checker configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// File names indexed by `FileId`, as diagnostics print them (`./a.go`);
    /// used in messages that mention a second position.
    pub file_names: Vec<String>,
}

/// Information about an enclosing breakable statement.
#[derive(Clone, Debug)]
pub(crate) struct TargetInfo {
    pub id: TargetId,
    pub label: Option<String>,
    pub is_loop: bool,
}

/// State of the function whose body is being checked.
#[allow(dead_code)]
pub(crate) struct FuncCtx {
    pub func: FuncId,
    pub results: Vec<TypeId>,
    pub result_objs: Vec<ObjId>,
    pub named_results: bool,
    pub var_objs: Vec<ObjId>,
    pub captures: HashMap<(FuncId, LocalId), LocalId>,
    pub targets: Vec<TargetInfo>,
    pub labels: HashMap<String, LabelId>,
    pub panics: HashSet<usize>,
    pub closure_count: u32,
    pub scope: ScopeId,
}

pub(crate) struct Checker<'a> {
    pub cfg: &'a Config,
    pub prog: Program,
    pub objs: Arena<ObjId, Object>,
    pub scopes: Arena<ScopeId, Scope>,
    pub universe: ScopeId,
    pub decls: Vec<DeclInfo<'a>>,
    pub diags: Vec<Diagnostic>,
    last_error: Option<(Pos, String)>,
    pub first_error: bool,

    // current package
    pub pkg: PkgId,
    pub pkg_scope: ScopeId,
    /// Current lexical scope.
    pub scope: ScopeId,
    /// Object path for cycle detection (types2's objPath).
    pub obj_path: Vec<ObjId>,
    /// Current package-level declaration (for dependency recording).
    pub cur_decl: Option<usize>,
    /// Value of iota in the current constant declaration.
    pub iota: Option<u64>,
    /// Position to report errors at while evaluating an inherited const init.
    pub errpos: Option<Pos>,
    /// Function bodies (and other work) to check after the package-level declarations.
    pub delayed: Vec<Delayed<'a>>,
    pub fctx: Vec<FuncCtx>,
    /// Methods to attach to base type names: type object -> [(method func object)].
    pub methods: HashMap<ObjId, Vec<ObjId>>,
    pub pkg_objs: Vec<ObjId>,
    pub imports: Vec<ObjId>,
    /// Local (function-scoped) named types count for `·N` suffixes.
    pub local_type_count: u32,
    pub glob_closure_count: u32,
    /// Package-level var decl index -> its built initializer.
    pub var_inits: HashMap<usize, VarInit>,
    /// Global var objects created per package (object -> global)
    pub init_count: u32,
    /// Per package: import path -> PkgId
    pub pkg_by_path: HashMap<String, PkgId>,
    /// Package scopes by package.
    pub pkg_scopes: HashMap<PkgId, ScopeId>,
    /// len/cap evaluation: whether a call or receive was seen
    pub has_call_or_recv: bool,
    /// Named types whose validity (no infinite size) must be checked.
    pub valid_types: HashSet<TypeId>,
    /// Map key types to check for comparability after declarations.
    pub map_key_checks: Vec<(TypeId, Pos, &'a ast::Expr)>,
    /// Embedded fields to validate after declarations.
    pub embed_checks: Vec<(TypeId, Pos)>,
    /// Method receivers to validate.
    pub recv_checks: Vec<(TypeId, Pos, &'a ast::Expr)>,
    /// Dot-imported names: (file scope, name) -> the import's PkgName object.
    pub dot_imports: HashMap<(ScopeId, String), ObjId>,
    /// Function -> its object (for methods found by lookup).
    pub func_objs: HashMap<FuncId, ObjId>,
    /// Named types whose underlying type is being determined.
    pub pending_named: HashSet<TypeId>,
    /// Named types to check for field/method name conflicts.
    pub field_method_checks: Vec<TypeId>,
    /// Declarations without body (reported after type checking).
    pub missing_bodies: Vec<Pos>,
    /// Function -> (scope holding its parameters, result objects).
    pub func_scopes: HashMap<FuncId, (ScopeId, Vec<ObjId>)>,
    pub delayed_lits: Vec<DelayedLit<'a>>,
}

pub(crate) enum Delayed<'a> {
    FuncBody { func: FuncId, obj: ObjId, decl: &'a ast::FuncDecl, decl_idx: usize },
}

/// A package-level function literal body: (function, body, scope, decl, iota).
pub(crate) type DelayedLit<'a> = (FuncId, &'a ast::Block, ScopeId, Option<usize>, Option<u64>);

/// Checks the given packages (in any order; imports are resolved among them)
/// and builds the typed IR. Diagnostics are in the order types2 reports them
/// (the CLI sorts them by position and applies gc's error limit).
pub fn check_program(cfg: &Config, packages: &[PackageFiles<'_>]) -> (Program, Vec<Diagnostic>) {
    let mut c = Checker::new(cfg);
    c.def_unsafe();
    // order packages so that imports come first
    let order = c.order_packages(packages);
    for &i in &order {
        let p = &packages[i];
        let name =
            p.files.first().map(|f| f.package.name.clone()).unwrap_or_else(|| p.path.clone());
        let id = c.prog.packages.push(Package {
            path: p.path.clone(),
            name,
            imports: vec![],
            funcs: vec![],
            globals: vec![],
            var_init: vec![],
            init_funcs: vec![],
            main_func: None,
            glob_closures: vec![],
            named_types: vec![],
        });
        c.prog.types.pkgs.names.push(c.prog.packages[id].name.clone());
        c.prog.types.pkgs.paths.push(p.path.clone());
        c.pkg_by_path.insert(p.path.clone(), id);
    }
    for &i in &order {
        let p = &packages[i];
        let id = c.pkg_by_path[&p.path];
        c.check_package(id, p);
        c.prog.pkg_order.push(id);
        if p.path == "main" {
            c.prog.main_pkg = Some(id);
        }
    }
    c.prog.types.finish();
    let diags = std::mem::take(&mut c.diags);
    (c.prog, diags)
}

impl<'a> Checker<'a> {
    fn new(cfg: &'a Config) -> Checker<'a> {
        let prog = Program {
            types: TypeTable::new(),
            packages: Arena::new(),
            funcs: Arena::new(),
            globals: Arena::new(),
            pkg_order: vec![],
            main_pkg: None,
        };
        let mut c = Checker {
            cfg,
            prog,
            objs: Arena::new(),
            scopes: Arena::new(),
            universe: ScopeId(0),
            decls: vec![],
            diags: vec![],
            last_error: None,
            first_error: false,
            pkg: PkgId(0),
            pkg_scope: ScopeId(0),
            scope: ScopeId(0),
            obj_path: vec![],
            cur_decl: None,
            iota: None,
            errpos: None,
            delayed: vec![],
            fctx: vec![],
            methods: HashMap::new(),
            pkg_objs: vec![],
            imports: vec![],
            local_type_count: 0,
            glob_closure_count: 0,
            var_inits: HashMap::new(),
            init_count: 0,
            pkg_by_path: HashMap::new(),
            pkg_scopes: HashMap::new(),
            has_call_or_recv: false,
            valid_types: HashSet::new(),
            map_key_checks: vec![],
            embed_checks: vec![],
            recv_checks: vec![],
            dot_imports: HashMap::new(),
            func_objs: HashMap::new(),
            pending_named: HashSet::new(),
            field_method_checks: vec![],
            missing_bodies: vec![],
            func_scopes: HashMap::new(),
            delayed_lits: vec![],
        };
        c.universe =
            c.scopes.push(Scope { parent: None, names: HashMap::new(), kind: ScopeKind::Universe });
        c.def_universe();
        c
    }

    fn def_universe(&mut self) {
        use crate::types::BasicKind as B;
        let types: &[(&str, TypeId)] = &[
            ("bool", TypeId::BOOL),
            ("int", TypeId::INT),
            ("int8", TypeId::INT8),
            ("int16", TypeId::INT16),
            ("int32", TypeId::INT32),
            ("int64", TypeId::INT64),
            ("uint", TypeId::UINT),
            ("uint8", TypeId::UINT8),
            ("uint16", TypeId::UINT16),
            ("uint32", TypeId::UINT32),
            ("uint64", TypeId::UINT64),
            ("uintptr", TypeId::UINTPTR),
            ("float32", TypeId::FLOAT32),
            ("float64", TypeId::FLOAT64),
            ("complex64", TypeId::COMPLEX64),
            ("complex128", TypeId::COMPLEX128),
            ("string", TypeId::STRING),
            ("byte", TypeId::BYTE),
            ("rune", TypeId::RUNE),
            ("any", TypeId::ANY),
            ("error", TypeId::ERROR),
            ("comparable", TypeId::COMPARABLE),
        ];
        let _ = B::Invalid;
        for &(name, ty) in types {
            self.def_universe_obj(name, ObjKind::TypeName { alias: false }, Some(ty));
        }
        self.def_universe_obj(
            "true",
            ObjKind::Const { val: ConstValue::Bool(true), iota: None },
            Some(TypeId::UNTYPED_BOOL),
        );
        self.def_universe_obj(
            "false",
            ObjKind::Const { val: ConstValue::Bool(false), iota: None },
            Some(TypeId::UNTYPED_BOOL),
        );
        self.def_universe_obj(
            "iota",
            ObjKind::Const { val: ConstValue::int(0), iota: None },
            Some(TypeId::UNTYPED_INT),
        );
        self.def_universe_obj("nil", ObjKind::Nil, Some(TypeId::UNTYPED_NIL));
        use BuiltinId::*;
        for b in [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
            Panic, Print, Println, Real, Recover,
        ] {
            self.def_universe_obj(b.name(), ObjKind::Builtin(b), Some(TypeId::INVALID));
        }
    }

    /// The `unsafe` package: Pointer, Sizeof, Alignof, Offsetof, Add, Slice.
    fn def_unsafe(&mut self) {
        let id = self.prog.packages.push(Package {
            path: "unsafe".into(),
            name: "unsafe".into(),
            imports: vec![],
            funcs: vec![],
            globals: vec![],
            var_init: vec![],
            init_funcs: vec![],
            main_func: None,
            glob_closures: vec![],
            named_types: vec![],
        });
        self.prog.types.pkgs.names.push("unsafe".into());
        self.prog.types.pkgs.paths.push("unsafe".into());
        self.pkg_by_path.insert("unsafe".into(), id);
        let scope = self.scopes.push(Scope {
            parent: Some(self.universe),
            names: HashMap::new(),
            kind: ScopeKind::Package,
        });
        self.pkg_scopes.insert(id, scope);
        let add = |c: &mut Checker<'a>, name: &str, kind: ObjKind, ty: TypeId| {
            let o = c.objs.push(Object {
                name: name.into(),
                pos: Pos::NONE,
                pkg: Some(id),
                kind,
                ty: Some(ty),
                color: Color::Black,
                decl: None,
                used: true,
                order: 0,
            });
            c.scopes[scope].names.insert(name.into(), o);
        };
        add(self, "Pointer", ObjKind::TypeName { alias: false }, TypeId::UNSAFE_POINTER);
        for b in [
            BuiltinId::Sizeof,
            BuiltinId::Alignof,
            BuiltinId::Offsetof,
            BuiltinId::Add,
            BuiltinId::Slice,
        ] {
            add(self, b.name(), ObjKind::Builtin(b), TypeId::INVALID);
        }
    }

    fn def_universe_obj(&mut self, name: &str, kind: ObjKind, ty: Option<TypeId>) -> ObjId {
        let id = self.objs.push(Object {
            name: name.into(),
            pos: Pos::NONE,
            pkg: None,
            kind,
            ty,
            color: Color::Black,
            decl: None,
            used: true,
            order: 0,
        });
        let u = self.universe;
        self.scopes[u].names.insert(name.into(), id);
        id
    }

    /// Topological order of packages by imports (stable: input order otherwise).
    fn order_packages(&mut self, packages: &[PackageFiles<'_>]) -> Vec<usize> {
        let by_path: HashMap<&str, usize> =
            packages.iter().enumerate().map(|(i, p)| (p.path.as_str(), i)).collect();
        let mut state = vec![0u8; packages.len()];
        let mut out = vec![];
        fn visit(
            i: usize,
            packages: &[PackageFiles<'_>],
            by_path: &HashMap<&str, usize>,
            state: &mut Vec<u8>,
            out: &mut Vec<usize>,
        ) {
            if state[i] != 0 {
                return;
            }
            state[i] = 1;
            for f in &packages[i].files {
                for imp in &f.imports {
                    if let Some(&j) = by_path.get(imp.path.as_str()) {
                        visit(j, packages, by_path, state, out);
                    }
                }
            }
            state[i] = 2;
            out.push(i);
        }
        // main last
        let mut idx: Vec<usize> = (0..packages.len()).collect();
        idx.sort_by_key(|&i| packages[i].path == "main");
        for i in idx {
            visit(i, packages, &by_path, &mut state, &mut out);
        }
        out
    }

    // ------------------------------------------------------------------ errors

    fn file_name(&self, pos: Pos) -> String {
        self.cfg.file_names.get(pos.file.0 as usize).cloned().unwrap_or_else(|| "?".into())
    }

    /// `file:line:col` as gc prints a position inside a message.
    pub fn pos_string(&self, pos: Pos) -> String {
        format!("{}:{}:{}", self.file_name(pos), pos.line, pos.col)
    }

    /// Reports an error at `pos` (types2's `err`, with gc's same-line
    /// duplicate suppression).
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        if self.first_error
            && (msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        let pos = match self.errpos {
            Some(p) if self.iota.is_some() => p,
            _ => pos,
        };
        if let Some((lp, lm)) = &self.last_error {
            if lp.file == pos.file && lp.line == pos.line && *lm == msg {
                return;
            }
        }
        self.last_error = Some((pos, msg.clone()));
        self.first_error = true;
        self.diags.push(Diagnostic::error(pos, msg));
    }

    /// Reports a multi-part error: the first part at `pos`, the others appended
    /// as `\n\tFILE:LINE:COL: text` lines (types2's error_ with several descs).
    pub fn error_multi(&mut self, pos: Pos, msg: impl Into<String>, more: &[(Pos, String)]) {
        let mut m = msg.into();
        for (p, s) in more {
            m.push_str("\n\t");
            if p.is_known() {
                m.push_str(&self.pos_string(*p));
                m.push_str(": ");
            }
            m.push_str(s);
        }
        self.error(pos, m);
    }

    // ------------------------------------------------------------------ scopes

    pub fn open_scope(&mut self, kind: ScopeKind) {
        let s = self.scopes.push(Scope { parent: Some(self.scope), names: HashMap::new(), kind });
        self.scope = s;
    }

    pub fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.scope].parent {
            self.scope = p;
        }
    }

    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(&o) = self.scopes[id].names.get(name) {
                return Some(o);
            }
            s = self.scopes[id].parent;
        }
        None
    }

    /// Like [`Self::lookup`], also returning the scope that holds the object.
    pub fn lookup_parent(&self, name: &str) -> Option<(ScopeId, ObjId)> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(&o) = self.scopes[id].names.get(name) {
                return Some((id, o));
            }
            s = self.scopes[id].parent;
        }
        None
    }

    /// Declares `obj` in `scope`; reports `x redeclared in this block`.
    pub fn declare(&mut self, scope: ScopeId, obj: ObjId) -> bool {
        let name = self.objs[obj].name.clone();
        if name == "_" {
            return true;
        }
        if let Some(&alt) = self.scopes[scope].names.get(&name) {
            let pos = self.objs[obj].pos;
            let alt_pos = self.objs[alt].pos;
            let more = if alt_pos.is_known() {
                vec![(alt_pos, format!("other declaration of {}", name))]
            } else {
                vec![]
            };
            self.error_multi(pos, format!("{} redeclared in this block", name), &more);
            return false;
        }
        self.scopes[scope].names.insert(name, obj);
        true
    }

    pub fn new_obj(&mut self, name: &str, pos: Pos, kind: ObjKind, ty: Option<TypeId>) -> ObjId {
        self.objs.push(Object {
            name: name.into(),
            pos,
            pkg: Some(self.pkg),
            kind,
            ty,
            color: if ty.is_some() { Color::Black } else { Color::White },
            decl: None,
            used: false,
            order: 0,
        })
    }

    // ------------------------------------------------------------------ package

    fn check_package(&mut self, pkg: PkgId, files: &PackageFiles<'a>) {
        self.pkg = pkg;
        self.first_error = false;
        self.pkg_scope = self.scopes.push(Scope {
            parent: Some(self.universe),
            names: HashMap::new(),
            kind: ScopeKind::Package,
        });
        self.pkg_scopes.insert(pkg, self.pkg_scope);
        self.scope = self.pkg_scope;
        self.methods.clear();
        self.pkg_objs.clear();
        self.imports.clear();
        self.delayed.clear();
        self.var_inits.clear();
        self.init_count = 0;
        self.glob_closure_count = 0;
        self.local_type_count = 0;

        // branch errors come from gc's parser, before type checking
        for f in &files.files {
            branches::check_file(self, f);
        }

        self.collect_objects(files);
        self.package_objects();
        self.process_delayed();
        self.late_checks();
        self.init_order();
        self.unused_imports();
        if self.prog.packages[pkg].path == "main"
            && self.prog.packages[pkg].main_func.is_none()
            && !self.first_error
        {
            let p = files.files.first().map(|f| f.package.pos).unwrap_or(Pos::NONE);
            let _ = p;
            self.diags.push(Diagnostic::error(
                Pos::NONE,
                "runtime.main_main·f: function main is undeclared in the main package",
            ));
        }
    }

    fn process_delayed(&mut self) {
        self.process_delayed_lits();
        let mut i = 0;
        while i < self.delayed.len() {
            match self.delayed[i] {
                Delayed::FuncBody { func, obj, decl, decl_idx } => {
                    self.func_body(func, obj, decl, decl_idx);
                    self.process_delayed_lits();
                }
            }
            i += 1;
        }
        self.delayed.clear();
    }

    fn unused_imports(&mut self) {
        let imports = std::mem::take(&mut self.imports);
        for o in imports {
            let obj = &self.objs[o];
            if obj.used || obj.name == "_" {
                continue;
            }
            let (path, name, pos) = match &obj.kind {
                ObjKind::PkgName { path, .. } => (path.clone(), obj.name.clone(), obj.pos),
                _ => continue,
            };
            let elem = path.rsplit('/').next().unwrap_or(&path).to_string();
            let quoted = crate::constant::go_quote(path.as_bytes());
            if name == "." || name == elem {
                self.error(pos, format!("imported and not used: {}", quoted));
            } else {
                self.error(pos, format!("imported and not used: {} as {}", quoted, name));
            }
        }
    }

    /// Records that the current package-level declaration depends on `obj`.
    pub fn add_decl_dep(&mut self, obj: ObjId) {
        let Some(d) = self.cur_decl else { return };
        if self.objs[obj].decl.is_none() {
            return; // not a package-level object
        }
        if self.objs[obj].pkg != Some(self.pkg) {
            return;
        }
        if !self.decls[d].deps.contains(&obj) {
            self.decls[d].deps.push(obj);
        }
    }

    // ------------------------------------------------------------------ types

    pub fn tt(&self) -> &TypeTable {
        &self.prog.types
    }

    pub fn tt_mut(&mut self) -> &mut TypeTable {
        &mut self.prog.types
    }

    /// A type as types2 prints it for the current package.
    pub fn ts(&self, t: TypeId) -> String {
        self.prog.types.type_string(t, Some(self.pkg))
    }

    pub fn under(&self, t: TypeId) -> TypeId {
        self.prog.types.under(t)
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        self.prog.types.kind(t)
    }

    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.prog.types.identical(a, b)
    }

    /// The default type of an untyped type.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match t {
            TypeId::UNTYPED_BOOL => TypeId::BOOL,
            TypeId::UNTYPED_INT => TypeId::INT,
            TypeId::UNTYPED_RUNE => TypeId::RUNE,
            TypeId::UNTYPED_FLOAT => TypeId::FLOAT64,
            TypeId::UNTYPED_COMPLEX => TypeId::COMPLEX128,
            TypeId::UNTYPED_STRING => TypeId::STRING,
            _ => t,
        }
    }

    // ------------------------------------------------------------------ functions

    pub fn cur_func(&self) -> Option<FuncId> {
        self.fctx.last().map(|f| f.func)
    }

    pub fn new_local(
        &mut self,
        func: FuncId,
        name: &str,
        ty: TypeId,
        pos: Pos,
        kind: LocalKind,
    ) -> LocalId {
        self.prog.funcs[func].locals.push(Local {
            name: name.into(),
            ty,
            pos,
            kind,
            addr_taken: false,
            captured: false,
            reassigned: false,
            per_iteration: false,
            heap: false,
        })
    }

    /// The IR name of a local variable object as seen from the current
    /// function, creating closure captures as needed.
    pub fn local_ref(&mut self, owner: FuncId, lid: LocalId) -> LocalId {
        let Some(top) = self.fctx.len().checked_sub(1) else { return lid };
        if self.fctx[top].func == owner {
            return lid;
        }
        let Some(k) = self.fctx.iter().rposition(|f| f.func == owner) else { return lid };
        self.prog.funcs[owner].locals[lid].captured = true;
        let mut outer = lid;
        for i in k + 1..=top {
            let key = (owner, lid);
            if let Some(&inner) = self.fctx[i].captures.get(&key) {
                outer = inner;
                continue;
            }
            let f = self.fctx[i].func;
            let (name, ty, pos) = {
                let l = &self.prog.funcs[owner].locals[lid];
                (l.name.clone(), l.ty, l.pos)
            };
            let inner = self.new_local(f, &name, ty, pos, LocalKind::Captured);
            self.prog.funcs[f].captures.push(Capture { outer, inner });
            self.fctx[i].captures.insert(key, inner);
            if i > k + 1 {
                let prev = self.fctx[i - 1].func;
                self.prog.funcs[prev].locals[outer].captured = true;
            }
            outer = inner;
        }
        outer
    }

    /// gc's name for the next closure in the current context.
    pub fn closure_name(&mut self) -> String {
        if let Some(top) = self.fctx.last_mut() {
            top.closure_count += 1;
            let n = top.closure_count;
            let f = top.func;
            let outer = &self.prog.funcs[f];
            if matches!(outer.kind, FuncKind::Closure { .. }) {
                format!("{}.{}", outer.name, n)
            } else {
                format!("{}.func{}", outer.name, n)
            }
        } else {
            self.glob_closure_count += 1;
            let path = self.prog.packages[self.pkg].path.clone();
            format!("{}.glob..func{}", path, self.glob_closure_count)
        }
    }
}

/// `true` if the identifier is exported.
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
