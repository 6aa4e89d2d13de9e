//! The typed tree IR: what the checker produces and the middle-end (devirtualize,
//! inline, escape analysis) and the SSA builder consume.
//!
//! Shape: one [`Program`] holds the [`TypeTable`], every package, every function
//! (top-level functions, methods, closures: all in one arena with dense
//! [`FuncId`]s) and every package-level variable ([`GlobalId`]). A function owns
//! its locals ([`LocalId`], dense per function) and its body, a tree of
//! [`Stmt`]s and [`Expr`]s shaped like gc's IR after typechecking
//! (`cmd/compile/internal/ir`), so that gc's inliner cost model and escape
//! analysis map one node to one node. Every node documents the gc op it
//! corresponds to.
//!
//! Invariants (when the checker reported no error):
//! * every [`Expr`] has a typed, non-tuple type (tuples only for calls of
//!   multi-value functions); no untyped types remain except `untyped nil`
//!   which only appears as the type of [`ExprKind::Nil`] in a type switch case;
//! * every name is resolved: locals, globals, functions, constants (folded to
//!   [`ExprKind::Const`] with the final type and value);
//! * implicit operations are explicit: conversions to interfaces, address-of
//!   and dereference for method receivers, embedded-field paths, the implicit
//!   `...` slice of variadic calls (see [`DotsKind`]);
//! * branch statements name their target ([`TargetId`]/[`LabelId`]).

use crate::arena::Arena;
use crate::constant::ConstValue;
use crate::types::{TypeId, TypeTable};
use std::sync::Arc;
use syntax::Pos;

crate::define_id!(
    /// A package.
    PkgId,
    "pkg"
);
crate::define_id!(
    /// A function: top-level function, method or closure.
    FuncId,
    "f"
);
crate::define_id!(
    /// A package-level variable.
    GlobalId,
    "g"
);
crate::define_id!(
    /// A local variable (parameter, result, variable, captured variable) of one function.
    LocalId,
    "v"
);
crate::define_id!(
    /// A label of one function.
    LabelId,
    "L"
);
crate::define_id!(
    /// A breakable statement (for, range, switch, type switch, select) of one function.
    TargetId,
    "T"
);

/// The whole checked program.
#[derive(Clone, Debug)]
pub struct Program {
    pub types: TypeTable,
    pub packages: Arena<PkgId, Package>,
    pub funcs: Arena<FuncId, Func>,
    pub globals: Arena<GlobalId, Global>,
    /// Packages in initialization order (dependencies first); the main package last.
    pub pkg_order: Vec<PkgId>,
    /// The `main` package, if one was checked.
    pub main_pkg: Option<PkgId>,
}

/// One package.
#[derive(Clone, Debug)]
pub struct Package {
    /// Import path (`main` for the main package, `strings`, `math/bits`).
    pub path: String,
    /// Package name from the package clause.
    pub name: String,
    pub imports: Vec<PkgId>,
    /// Top-level functions and methods in source order (closures hang off
    /// [`Func::closures`]).
    pub funcs: Vec<FuncId>,
    /// Package-level variables in source order.
    pub globals: Vec<GlobalId>,
    /// Package-level variable initialization, in Go's initialization order.
    pub var_init: Vec<VarInit>,
    /// The user's `init` functions in source order (`P.init.0`, `P.init.1`, …).
    pub init_funcs: Vec<FuncId>,
    /// `main.main`, for the main package.
    pub main_func: Option<FuncId>,
    /// Closures in package-level variable initializers (`P.glob..func1`).
    pub glob_closures: Vec<FuncId>,
    /// Defined types declared in this package (including local ones).
    pub named_types: Vec<TypeId>,
}

/// One package-level initialization `lhs... = rhs` (gc's InitOrder entry).
#[derive(Clone, Debug)]
pub struct VarInit {
    pub pos: Pos,
    /// `None` for the blank identifier.
    pub lhs: Vec<Option<GlobalId>>,
    /// A single value, or a multi-value call when `lhs.len() > 1`.
    pub rhs: Expr,
}

/// A package-level variable.
#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub pkg: PkgId,
    /// gc's symbol name, e.g. `main.x`.
    pub symbol: String,
    pub ty: TypeId,
    pub pos: Pos,
}

/// What kind of function.
#[derive(Clone, Debug, PartialEq)]
pub enum FuncKind {
    /// A top-level function.
    Func,
    /// A method of the named type `recv_type`; `ptr` for a pointer receiver.
    Method { recv_type: TypeId, ptr: bool },
    /// The `n`th user `init` function of its package (`P.init.n`).
    Init(u32),
    /// A function literal; `parent` is the enclosing function (`None` for
    /// package-level variable initializers).
    Closure { parent: Option<FuncId> },
}

/// Directives attached to a function declaration.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pragmas {
    pub noinline: bool,
    pub nosplit: bool,
    pub noescape: bool,
    pub norace: bool,
    /// `//go:linkname local target`: the symbol this (bodyless) function binds to.
    pub linkname: Option<String>,
    /// Every `//go:` directive text.
    pub all: Vec<String>,
}

/// A function and its body.
#[derive(Clone, Debug)]
pub struct Func {
    /// gc's symbol name: `main.add`, `main.T.M`, `main.(*T).M`,
    /// `main.main.func1`, `main.main.func1.1`, `main.init.0`, `main.glob..func1`.
    pub name: String,
    pub pkg: PkgId,
    /// Position of the name (declarations) or of `func` (literals).
    pub pos: Pos,
    /// Position of the closing brace of the body.
    pub end: Pos,
    pub kind: FuncKind,
    /// The function type (a `Func` type, without receiver).
    pub sig: TypeId,
    pub recv: Option<LocalId>,
    /// One local per parameter, in order (unnamed ones are named `~p0`, `~p1`…
    /// blank ones `_`).
    pub params: Vec<LocalId>,
    /// One local per result, in order (unnamed ones are named `~r0`, `~r1`…).
    pub results: Vec<LocalId>,
    pub locals: Arena<LocalId, Local>,
    /// `None` for a declaration without body (`//go:linkname`).
    pub body: Option<Block>,
    /// For closures: the enclosing function's variables this closure uses.
    pub captures: Vec<Capture>,
    /// Function literals appearing directly in this function, in source order.
    pub closures: Vec<FuncId>,
    pub labels: Arena<LabelId, Label>,
    /// Number of [`TargetId`]s used in the body.
    pub num_targets: u32,
    pub pragmas: Pragmas,
    /// The body contains a `defer` statement.
    pub has_defer: bool,
    /// The body calls `recover()`.
    pub has_recover: bool,
}

impl Func {
    /// The name gc uses in `-m` messages: the symbol without its package
    /// prefix (`add`, `T.M`, `(*T).M`, `main.func1`).
    pub fn display_name<'a>(&'a self, pkg_path: &str) -> &'a str {
        self.name.strip_prefix(pkg_path).and_then(|s| s.strip_prefix('.')).unwrap_or(&self.name)
    }
}

/// A captured variable of a closure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Capture {
    /// The variable in the enclosing function.
    pub outer: LocalId,
    /// The closure's own local standing for it (kind [`LocalKind::Captured`]).
    pub inner: LocalId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Param,
    Result,
    Recv,
    /// A declared variable (`var`, `:=`, range/type-switch variables).
    Var,
    /// A variable of an enclosing function, as seen inside a closure.
    Captured,
    /// A compiler temporary.
    Temp,
}

/// A local variable.
#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub pos: Pos,
    pub kind: LocalKind,
    /// Its address is taken (`&x`, `x.m()` with a pointer method, slicing an array).
    pub addr_taken: bool,
    /// Used by a closure (set on the variable of the declaring function).
    pub captured: bool,
    /// Assigned after its declaration (gc's closure by-value capture needs
    /// variables that are never reassigned).
    pub reassigned: bool,
    /// A `for` loop variable, fresh in every iteration (Go 1.22 semantics).
    pub per_iteration: bool,
    /// Set by escape analysis: the variable lives on the heap (`moved to heap: x`).
    pub heap: bool,
}

#[derive(Clone, Debug)]
pub struct Label {
    pub name: String,
    pub pos: Pos,
}

/// Escape-analysis verdict for an allocation site, filled by the middle-end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Esc {
    #[default]
    Unknown,
    /// Does not escape: may live in the frame.
    Stack,
    /// Escapes to the heap.
    Heap,
}

/// A `{ ... }` statement list.
#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub end: Pos,
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

/// Statements. Assignments follow gc's split into OAS/OAS2/OAS2FUNC/….
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Nothing (e.g. a local constant declaration after folding).
    Empty,
    /// gc ODCL: a local variable comes into scope (zeroed).
    Decl(LocalId),
    /// gc ODCLTYPE: a local type declaration (1.19's inliner rejects it).
    TypeDecl(TypeId),
    /// gc ODCLCONST: a local constant declaration (free for the inliner).
    ConstDecl { name: String },
    /// gc OBLOCK.
    Block(Block),
    /// An expression statement (call, receive). gc: the expression itself.
    Expr(Expr),
    /// gc OAS: `lhs = rhs`; `rhs == None` is the zero value (`var x T`).
    /// `decls` are the variables a `:=` declares (gc's Init list of ODCLs).
    Assign { lhs: Expr, rhs: Option<Expr>, define: bool, decls: Vec<LocalId> },
    /// gc OAS2: `a, b = x, y` (as many values as variables).
    AssignList { lhs: Vec<Expr>, rhs: Vec<Expr>, define: bool, decls: Vec<LocalId> },
    /// gc OAS2FUNC: `a, b = f()`.
    AssignCall { lhs: Vec<Expr>, call: Expr, define: bool, decls: Vec<LocalId> },
    /// gc OAS2DOTTYPE / OAS2MAPR / OAS2RECV: `v, ok = x.(T)` / `m[k]` / `<-c`;
    /// `rhs` is a [`ExprKind::TypeAssert`], [`ExprKind::MapIndex`] or
    /// [`ExprKind::Recv`] with `comma_ok` set; `lhs[1]` receives a bool.
    AssignOk { lhs: Vec<Expr>, rhs: Expr, define: bool, decls: Vec<LocalId> },
    /// gc OASOP: `lhs op= rhs`; `x++`/`x--` have `incdec` and `rhs` the constant 1.
    OpAssign { op: BinaryOp, lhs: Expr, rhs: Expr, incdec: bool },
    /// gc OIF.
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    /// gc OFOR. Variables declared by `init` are per-iteration.
    For {
        target: TargetId,
        label: Option<LabelId>,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// gc ORANGE.
    Range {
        target: TargetId,
        label: Option<LabelId>,
        kind: RangeKind,
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        decls: Vec<LocalId>,
        x: Expr,
        body: Block,
    },
    /// gc OSWITCH (expression switch). Without tag, cases are boolean conditions.
    Switch {
        target: TargetId,
        label: Option<LabelId>,
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
    },
    /// gc OSWITCH with a type switch guard.
    TypeSwitch {
        target: TargetId,
        label: Option<LabelId>,
        init: Option<Box<Stmt>>,
        /// The `v` of `switch v := x.(type)`, if any (one local per clause
        /// lives in [`TypeCase::local`]).
        bind: Option<String>,
        x: Expr,
        cases: Vec<TypeCase>,
    },
    /// gc OSELECT (phase 2).
    Select { target: TargetId, label: Option<LabelId>, cases: Vec<CommCase> },
    /// gc ORETURN. Empty `results` with named results returns their current values.
    /// A single multi-value call stands for all results (`return f()`).
    Return(Vec<Expr>),
    /// gc OBREAK; `label` when written with one.
    Break { target: TargetId, label: Option<LabelId> },
    /// gc OCONTINUE.
    Continue { target: TargetId, label: Option<LabelId> },
    /// gc OGOTO.
    Goto(LabelId),
    /// gc OFALL: last statement of a switch case.
    Fallthrough,
    /// gc OLABEL followed by the statement.
    Labeled { label: LabelId, stmt: Box<Stmt> },
    /// gc ODEFER; `call` is a call expression (builtins included).
    Defer(Expr),
    /// gc OGO (phase 2).
    Go(Expr),
    /// gc OSEND (phase 2).
    Send { ch: Expr, value: Expr },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    Array,
    /// Range over a pointer to an array.
    ArrayPtr,
    Slice,
    /// By rune: key is the byte index, value the rune.
    String,
    Map,
    Chan,
    /// Range over an integer (Go 1.22).
    Int,
}

/// One `case`/`default` of an expression switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// Empty for `default`. Each value has been converted to the tag's type
    /// (or the tag converted to an interface, see [`ExprKind::Compare`]).
    pub values: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// The body ends with `fallthrough`.
    pub fallthrough: bool,
}

/// One clause of a type switch.
#[derive(Clone, Debug)]
pub struct TypeCase {
    pub pos: Pos,
    /// The listed types; `None` stands for `nil`. Empty for `default`.
    pub types: Vec<Option<TypeId>>,
    pub is_default: bool,
    /// The clause's copy of the bound variable (typed as the single listed
    /// type, else as the switch operand).
    pub local: Option<LocalId>,
    pub body: Vec<Stmt>,
}

/// One clause of a select (phase 2).
#[derive(Clone, Debug)]
pub struct CommCase {
    pub pos: Pos,
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

/// An expression with its type and gc position.
#[derive(Clone, Debug)]
pub struct Expr {
    pub pos: Pos,
    pub ty: TypeId,
    pub kind: ExprKind,
}

/// A folded constant.
#[derive(Clone, Debug)]
pub struct ConstExpr {
    pub value: ConstValue,
    /// The source text gc keeps for printing (`syntax.String` of the original
    /// expression, e.g. `1 << 3` or `maxLen`).
    pub text: Option<Arc<str>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// gc OPLUS
    Plus,
    /// gc ONEG
    Neg,
    /// gc ONOT
    Not,
    /// gc OBITNOT
    BitNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Conversion classes (gc ops in parentheses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    /// Same representation (OCONVNOP): identical underlying types, pointer
    /// conversions with identical base types, `unsafe.Pointer` ↔ `*T`.
    NoOp,
    /// Integer/float conversions (OCONV).
    Numeric,
    /// `string(i)` for an integer (ORUNESTR).
    IntToString,
    /// `[]byte(s)` (OSTR2BYTES) — an allocation site.
    StringToBytes,
    /// `[]rune(s)` (OSTR2RUNES) — an allocation site.
    StringToRunes,
    /// `string(b)` for a byte slice (OBYTES2STR) — an allocation site.
    BytesToString,
    /// `string(r)` for a rune slice (ORUNES2STR) — an allocation site.
    RunesToString,
    /// Concrete or interface value to an interface type (OCONVIFACE); the
    /// operand's type is the source type. An allocation site for non-pointer-shaped sources.
    ToInterface,
    /// `unsafe.Pointer` ↔ `uintptr` (OCONV).
    PointerInt,
    /// `(*[N]T)(s)` (OSLICE2ARRPTR).
    SliceToArrayPtr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexKind {
    /// `a[i]` on an array value (OINDEX); `x` is the array.
    Array,
    /// `s[i]` on a slice (OINDEX).
    Slice,
    /// `s[i]` on a string (OINDEX), type byte.
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceKind {
    /// Slicing a slice (OSLICE/OSLICE3).
    Slice,
    /// Slicing a string (OSLICESTR).
    String,
    /// Slicing a pointer to an array (OSLICEARR); slicing an addressable array
    /// `a[i:j]` is expressed as slicing `&a` (implicit).
    ArrayPtr,
}

/// A method named in a call or method value.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodRef {
    /// A method declared on a named type.
    Static(FuncId),
    /// A method of an interface: index into the interface's sorted method set
    /// ([`TypeTable::interface_methods`]) and its name.
    Interface { index: usize, name: String },
}

/// How a call passes the arguments of a variadic parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum DotsKind {
    /// The callee is not variadic (or the call is not to a function).
    None,
    /// `args[first..]` are packed into an implicit slice of type `slice` (gc's
    /// `... argument` allocation site).
    Packed { first: usize, slice: TypeId, esc: Esc },
    /// `f(a, s...)`: the last argument is passed as the slice.
    Spread,
}

#[derive(Clone, Debug)]
pub enum CallKind {
    /// Direct call of a top-level function (OCALLFUNC of ONAME).
    Func(FuncId),
    /// Direct call of a method (gc: OCALLFUNC of OMETHEXPR with the receiver
    /// as first argument). `recv` has the method's receiver type: `&x` and
    /// `*p` and embedded-field paths are explicit.
    Method { func: FuncId, recv: Box<Expr> },
    /// Interface method call (OCALLINTER); `recv` has the interface type.
    Interface { recv: Box<Expr>, index: usize, name: String },
    /// Call of a function value (OCALLFUNC of a non-name): closures, func
    /// variables and fields, method values.
    Value(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub kind: CallKind,
    /// Arguments, already converted to the parameter types. A single
    /// multi-value call argument `f(g())` is kept as one tuple-typed argument
    /// (`multi` set).
    pub args: Vec<Expr>,
    pub dots: DotsKind,
    /// `args` is a single multi-value call.
    pub multi: bool,
    /// Position of `)`.
    pub rparen: Pos,
}

/// Builtin calls (each a distinct gc op).
#[derive(Clone, Debug)]
pub enum Builtin {
    /// OLEN (non-constant).
    Len(Expr),
    /// OCAP.
    Cap(Expr),
    /// OAPPEND: `append(s, args...)`; with `spread` the last arg is a slice
    /// (or a string for `append([]byte, s...)`).
    Append {
        slice: Expr,
        args: Vec<Expr>,
        spread: bool,
    },
    /// OCOPY (the source may be a string).
    Copy {
        dst: Expr,
        src: Expr,
    },
    /// OMAKESLICE — an allocation site.
    MakeSlice {
        len: Expr,
        cap: Option<Expr>,
        esc: Esc,
    },
    /// OMAKEMAP — an allocation site.
    MakeMap {
        hint: Option<Expr>,
        esc: Esc,
    },
    /// OMAKECHAN.
    MakeChan {
        size: Option<Expr>,
    },
    /// ONEW — an allocation site; the element type is the pointer's element.
    New {
        esc: Esc,
    },
    /// ODELETE.
    Delete {
        map: Expr,
        key: Expr,
    },
    /// OPANIC; the argument is converted to `interface{}`.
    Panic(Expr),
    /// ORECOVER.
    Recover,
    /// OPRINT / OPRINTN (`ln`).
    Print {
        args: Vec<Expr>,
        ln: bool,
    },
    /// OCLOSE (phase 2).
    Close(Expr),
    /// OMIN / OMAX (Go 1.21) on non-constant operands.
    MinMax {
        max: bool,
        args: Vec<Expr>,
    },
    /// OCLEAR (Go 1.21).
    Clear(Expr),
    /// OREAL / OIMAG / OCOMPLEX.
    Real(Expr),
    Imag(Expr),
    Complex(Expr, Expr),
}

/// Composite literal kinds.
#[derive(Clone, Debug)]
pub enum Composite {
    /// OSTRUCTLIT: (field index, value) in source order; omitted fields are zero.
    Struct(Vec<(usize, Expr)>),
    /// OARRAYLIT: (index, value).
    Array(Vec<(u64, Expr)>),
    /// OSLICELIT: (index, value) and the length — an allocation site.
    Slice { elems: Vec<(u64, Expr)>, len: u64, esc: Esc },
    /// OMAPLIT — an allocation site.
    Map { entries: Vec<(Expr, Expr)>, esc: Esc },
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// ONAME of a local.
    Local(LocalId),
    /// ONAME of a package-level variable.
    Global(GlobalId),
    /// ONAME of a top-level function used as a value (calls use [`CallKind::Func`]).
    Func(FuncId),
    /// OLITERAL.
    Const(Box<ConstExpr>),
    /// ONIL.
    Nil,
    /// The blank identifier on the left of an assignment (ir.BlankNode).
    Blank,
    /// OPLUS/ONEG/ONOT/OBITNOT.
    Unary { op: UnaryOp, x: Box<Expr> },
    /// OADD, OSUB, … OLSH, ORSH (numeric operands; strings use [`ExprKind::AddString`]).
    Binary { op: BinaryOp, x: Box<Expr>, y: Box<Expr> },
    /// OEQ … OGE. Operands have identical types, except that comparing an
    /// interface with a concrete value converts the concrete one (ToInterface,
    /// implicit); `x == nil` compares with [`ExprKind::Nil`] of x's type.
    Compare { op: CompareOp, x: Box<Expr>, y: Box<Expr> },
    /// OANDAND / OOROR.
    Logical { and: bool, x: Box<Expr>, y: Box<Expr> },
    /// OADDSTR: string concatenation `a + b + c`, flattened — an allocation site.
    AddString { args: Vec<Expr>, esc: Esc },
    /// OADDR: `&x`. With a composite literal operand this is gc's OPTRLIT
    /// (`&T{...}`), an allocation site.
    AddrOf { x: Box<Expr>, implicit: bool, esc: Esc },
    /// ODEREF: `*p`; `implicit` for auto-dereference (method receivers).
    Deref { x: Box<Expr>, implicit: bool },
    /// ODOT (`ptr == false`, `x` is a struct) / ODOTPTR (`ptr`, `x` is a
    /// pointer to a struct): field `index`. `implicit` for the steps of an
    /// embedded-field path.
    Field { x: Box<Expr>, index: usize, name: String, ptr: bool, implicit: bool },
    /// OINDEX on arrays, slices and strings (pointer-to-array operands are
    /// dereferenced explicitly).
    Index { kind: IndexKind, x: Box<Expr>, index: Box<Expr> },
    /// OINDEXMAP: `m[k]`; `comma_ok` as the rhs of an [`StmtKind::AssignOk`].
    MapIndex { map: Box<Expr>, key: Box<Expr>, comma_ok: bool },
    /// OSLICE, OSLICE3, OSLICESTR, OSLICEARR.
    Slice {
        kind: SliceKind,
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// OCALLFUNC / OCALLINTER.
    Call(Box<Call>),
    /// A builtin call.
    Builtin(Box<Builtin>),
    /// OCONV, OCONVNOP, OCONVIFACE, OSTR2BYTES, …; `implicit` when the
    /// conversion was not written (assignment to an interface, untyped default).
    Conv { kind: ConvKind, x: Box<Expr>, implicit: bool, esc: Esc },
    /// ODOTTYPE / ODOTTYPE2 (`comma_ok`): `x.(T)`, `T` is the expression's type.
    TypeAssert { x: Box<Expr>, comma_ok: bool },
    /// ORECV (phase 2).
    Recv { ch: Box<Expr>, comma_ok: bool },
    /// OSTRUCTLIT / OARRAYLIT / OSLICELIT / OMAPLIT.
    Composite(Box<Composite>),
    /// OCLOSURE: a function literal — an allocation site when it captures.
    FuncLit { func: FuncId, esc: Esc },
    /// OMETHVALUE: `x.M` not called — allocates a closure binding the receiver
    /// (`recv` already adjusted to the receiver type).
    MethodValue { recv: Box<Expr>, method: MethodRef, esc: Esc },
    /// OMETHEXPR: `T.M` / `(*T).M`, a function whose first parameter is the receiver.
    MethodExpr { recv_type: TypeId, method: MethodRef },
}

impl Expr {
    pub fn new(pos: Pos, ty: TypeId, kind: ExprKind) -> Expr {
        Expr { pos, ty, kind }
    }

    /// An invalid placeholder (only present when errors were reported).
    pub fn bad(pos: Pos) -> Expr {
        Expr { pos, ty: TypeId::INVALID, kind: ExprKind::Nil }
    }

    pub fn constant(pos: Pos, ty: TypeId, value: ConstValue, text: Option<Arc<str>>) -> Expr {
        Expr { pos, ty, kind: ExprKind::Const(Box::new(ConstExpr { value, text })) }
    }

    pub fn const_value(&self) -> Option<&ConstValue> {
        match &self.kind {
            ExprKind::Const(c) => Some(&c.value),
            _ => None,
        }
    }

    /// Calls `f` on every direct sub-expression (not descending into closures'
    /// bodies, which are separate functions).
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Expr)) {
        match &self.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Func(_)
            | ExprKind::Const(_)
            | ExprKind::Nil
            | ExprKind::Blank
            | ExprKind::FuncLit { .. }
            | ExprKind::MethodExpr { .. } => {}
            ExprKind::Unary { x, .. }
            | ExprKind::AddrOf { x, .. }
            | ExprKind::Deref { x, .. }
            | ExprKind::Field { x, .. }
            | ExprKind::Conv { x, .. }
            | ExprKind::TypeAssert { x, .. } => f(x),
            ExprKind::Recv { ch, .. } => f(ch),
            ExprKind::MethodValue { recv, .. } => f(recv),
            ExprKind::Binary { x, y, .. }
            | ExprKind::Compare { x, y, .. }
            | ExprKind::Logical { x, y, .. } => {
                f(x);
                f(y)
            }
            ExprKind::AddString { args, .. } => args.iter().for_each(|a| f(a)),
            ExprKind::Index { x, index, .. } => {
                f(x);
                f(index)
            }
            ExprKind::MapIndex { map, key, .. } => {
                f(map);
                f(key)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                f(x);
                for e in [lo, hi, max].into_iter().flatten() {
                    f(e)
                }
            }
            ExprKind::Call(c) => {
                match &c.kind {
                    CallKind::Func(_) => {}
                    CallKind::Method { recv, .. } | CallKind::Interface { recv, .. } => f(recv),
                    CallKind::Value(v) => f(v),
                }
                c.args.iter().for_each(|a| f(a))
            }
            ExprKind::Builtin(b) => b.for_each_arg(f),
            ExprKind::Composite(c) => match &**c {
                Composite::Struct(v) => v.iter().for_each(|(_, e)| f(e)),
                Composite::Array(v) | Composite::Slice { elems: v, .. } => {
                    v.iter().for_each(|(_, e)| f(e))
                }
                Composite::Map { entries, .. } => entries.iter().for_each(|(k, v)| {
                    f(k);
                    f(v)
                }),
            },
        }
    }
}

impl Builtin {
    pub fn for_each_arg(&self, f: &mut dyn FnMut(&Expr)) {
        match self {
            Builtin::Len(x)
            | Builtin::Cap(x)
            | Builtin::Panic(x)
            | Builtin::Close(x)
            | Builtin::Clear(x) => f(x),
            Builtin::Real(x) | Builtin::Imag(x) => f(x),
            Builtin::Complex(x, y) => {
                f(x);
                f(y)
            }
            Builtin::Append { slice, args, .. } => {
                f(slice);
                args.iter().for_each(|a| f(a))
            }
            Builtin::Copy { dst, src } => {
                f(dst);
                f(src)
            }
            Builtin::MakeSlice { len, cap, .. } => {
                f(len);
                if let Some(c) = cap {
                    f(c)
                }
            }
            Builtin::MakeMap { hint, .. } => {
                if let Some(h) = hint {
                    f(h)
                }
            }
            Builtin::MakeChan { size } => {
                if let Some(s) = size {
                    f(s)
                }
            }
            Builtin::New { .. } | Builtin::Recover => {}
            Builtin::Delete { map, key } => {
                f(map);
                f(key)
            }
            Builtin::Print { args, .. } | Builtin::MinMax { args, .. } => {
                args.iter().for_each(|a| f(a))
            }
        }
    }
}

impl Program {
    pub fn package_of(&self, f: FuncId) -> &Package {
        &self.packages[self.funcs[f].pkg]
    }
}
