//! The abstract syntax tree produced by the parser.
//!
//! The shape follows gc's `cmd/compile/internal/syntax` package (nodes.go), so
//! that positions agree with gc's without further thought:
//!
//! * every node's `pos` is what `syntax.Node.Pos()` returns in gc: for terminal
//!   productions (names, literals) their start; for the rest the token uniquely
//!   associated with the production — the operator of a binary or unary
//!   [`ExprKind::Binary`]/[`ExprKind::Unary`], `(` of a call, `.` of a selector
//!   or assertion, `[` of an index or slice, `{` of a composite literal, `func`
//!   of a function literal, `:` of a key/value, the assignment operator of an
//!   [`StmtKind::Assign`], the keyword of `if`/`for`/`return`/…, the `:` of a
//!   labeled statement; an expression statement is at its expression's
//!   position (a call statement at the call's `(`);
//! * [`Expr::start_pos`] is gc's `syntax.StartPos` (the leftmost position),
//!   which is where types2 reports most type errors.
//!
//! Types are expressions (as in gc): pointer types and dereferences are both
//! [`ExprKind::Star`], exactly as gc's `Operation{Op: Mul, Y: nil}`; the checker
//! decides which one it is.
//!
//! Literal values are decoded by the lexer (strings are bytes: Go strings may
//! hold invalid UTF-8), numbers keep their source text for the checker's exact
//! arithmetic.

use crate::pos::Pos;

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub pos: Pos,
}

/// A `//go:name args` directive (e.g. `//go:noinline`) that appeared on the lines
/// immediately before a declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    pub pos: Pos,
    /// The text after `//go:`, e.g. `noinline` or `linkname a b`.
    pub text: String,
}

/// One parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// `package` keyword position.
    pub pos: Pos,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Position just past the last token (gc's File.EOF).
    pub eof: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// Position of the path literal when there is no local name, else of the name
    /// (gc's ImportDecl position is the start of the spec).
    pub pos: Pos,
    /// `import f "fmt"` → `f`; also `_` and `.`.
    pub local_name: Option<Ident>,
    /// The decoded import path, e.g. `math/bits`.
    pub path: String,
    pub path_pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Decl {
    Func(FuncDecl),
    /// `var (...)` or `var x T = v`: one entry per spec.
    Var(Vec<VarSpec>),
    /// `const (...)`: one entry per spec (implicit repetition: see [`ConstSpec`]).
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    /// A declaration that failed to parse (error already reported).
    Bad(Pos),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// gc's FuncDecl position: the token after `func` — the function *name*,
    /// or for a method the `(` of its receiver (gc reports `can inline f` and
    /// `can inline T.m` there), never `func` itself (that is `func_pos`).
    pub pos: Pos,
    pub func_pos: Pos,
    pub directives: Vec<Directive>,
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (only legal with some directives).
    pub body: Option<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    /// Position of the first name.
    pub pos: Pos,
    pub directives: Vec<Directive>,
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
}

/// One constant spec. In a group, a spec without type and values repeats the
/// previous spec's type and values: the parser leaves `typ`/`values` empty and
/// sets `implicit = true`; the checker re-evaluates the previous values with
/// this spec's `iota`.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec inside its `const (...)` group: the value of `iota`.
    pub iota: u32,
    pub implicit: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub pos: Pos,
    pub directives: Vec<Directive>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub typ: Expr,
}

/// A parameter, result, receiver, struct field or type parameter.
/// `names` is empty for anonymous parameters and embedded struct fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub pos: Pos,
    pub names: Vec<Ident>,
    /// For a variadic parameter this is an [`ExprKind::Dots`].
    pub typ: Expr,
    /// Struct field tag (parsed, otherwise ignored).
    pub tag: Option<Vec<u8>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    /// Position of `func` for function types and literals; for declarations
    /// and interface methods, as gc does, the token after the name: `(`, or
    /// `[` when the declaration has type parameters.
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// An element of an interface type: a method, or an embedded type / type set
/// term list (`~int | string` is a [`ExprKind::Binary`] with `BinOp::Or` and
/// [`ExprKind::Tilde`] operands).
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArrayLen {
    /// `[...]T` in a composite literal.
    Dots,
    Expr(Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// A literal. `Int`/`Float`/`Imag` keep the source text (with `_` separators
/// removed); `Rune` is the decoded code point (may be a surrogate or > 0x10FFFF
/// only if the lexer already reported it); `String` is the decoded bytes.
#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    Int(String),
    Float(String),
    Imag(String),
    Rune(u32),
    Str(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    OrOr,
    AndAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    Mul,
    Div,
    Rem,
    /// `&`
    And,
    /// `&^`
    AndNot,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// gc's `Node.Pos()`; see the module comment.
    pub pos: Pos,
    pub kind: ExprKind,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// Position of `:` when keyed, else of the value (gc's KeyValueExpr pos).
    pub pos: Pos,
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Failed to parse; an error was reported.
    Bad,
    Name(String),
    Lit(Lit),
    /// `T{...}`; `typ` is `None` for elided types inside another literal.
    /// `pos` is `{`.
    Composite {
        typ: Option<Box<Expr>>,
        elems: Vec<Element>,
        rbrace: Pos,
    },
    /// `func(...) ... { body }`; `pos` is `func`.
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    /// `(x)`; `pos` is `(`. Kept so that `-m=2` printing and errors can match gc.
    Paren(Box<Expr>),
    /// `x.sel`; `pos` is the `.` (use [`Expr::start_pos`] for `x`'s start).
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or an instantiation `f[int, string]` (several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` / `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
    },
    /// `x.(T)`.
    Assert {
        x: Box<Expr>,
        typ: Box<Expr>,
    },
    /// `x.(type)` — only valid as a type switch guard.
    TypeSwitchGuard {
        x: Box<Expr>,
    },
    /// `f(args)` / `f(args...)`; `pos` is `(`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        has_dots: bool,
        rparen: Pos,
    },
    /// `*x`: dereference or pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `~T` in a constraint.
    Tilde(Box<Expr>),

    // ---- types ----
    /// `[N]T` / `[...]T`.
    ArrayType {
        len: ArrayLen,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    /// `...T` (last parameter type).
    Dots(Box<Expr>),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    FuncType(FuncType),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    pub fn new(pos: Pos, kind: ExprKind) -> Expr {
        Expr { pos, kind }
    }

    /// gc's `syntax.StartPos`: the position of the leftmost token.
    pub fn start_pos(&self) -> Pos {
        let mut e = self;
        loop {
            e = match &e.kind {
                ExprKind::Composite { typ: Some(t), .. } => t,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::Slice { x, .. }
                | ExprKind::Assert { x, .. }
                | ExprKind::TypeSwitchGuard { x }
                | ExprKind::Binary { x, .. } => x,
                ExprKind::Call { fun, .. } => fun,
                _ => return e.pos,
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// `{`
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    /// `}` — gc reports `missing return` here.
    pub rbrace: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, … (the operator without `=`)
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `case` or `default` keyword.
    pub pos: Pos,
    /// `None` for `default`. For type switches the expressions are types (or `nil`).
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub colon: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub pos: Pos,
    /// `None` for `default`; else a Send, Expr (receive) or Assign (`v, ok := <-c`).
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub colon: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Bad,
    Empty,
    Expr(Expr),
    /// `ch <- v`; `pos` is `<-`.
    Send {
        ch: Expr,
        value: Expr,
    },
    /// `x++` / `x--`; `pos` is the operator.
    IncDec {
        x: Expr,
        inc: bool,
    },
    /// `lhs op rhs`; `pos` is the operator.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `go f()` (`call` is always a Call expression unless an error was reported).
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    /// `els` is either an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch {`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    /// `switch [bind :=] x.(type) {`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        /// The operand `x` of `x.(type)`.
        x: Expr,
        /// Position of the `.` in `x.(type)` (gc's TypeSwitchGuard position).
        guard_pos: Pos,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` / `for k = range x {}` / `for range x {}`.
    /// `range_pos` is the `range` keyword (gc's RangeClause position).
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        range_pos: Pos,
        body: Block,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    /// A `var`, `const` or `type` declaration inside a function.
    Decl(Decl),
}
