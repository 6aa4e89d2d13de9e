//! The program-wide type table.
//!
//! Every type is a [`TypeId`] into one [`TypeTable`]. Structural types are
//! interned: building the same type twice gives the same id. Ids are interned
//! *as spelled*: `byte` and `uint8`, `rune` and `int32`, `any` and
//! `interface{}`, and function types that differ only in parameter names get
//! different ids, because gc's messages print them as written (`[]byte`,
//! `func(x int)`). [`TypeTable::identical`] decides Go's type identity, and
//! after checking [`TypeTable::canonical`] maps every id to the representative
//! of its identity class: *identical types have the same canonical id*.
//! Consumers that need one descriptor per type (codegen, maps, type switches)
//! use canonical ids; printers use spelled ones.
//!
//! Sizes, alignments and field offsets follow gc's rules for amd64
//! (docs/abi.md §4).

use crate::arena::Arena;
use crate::ir::{FuncId, PkgId};
use std::collections::HashMap;
use syntax::Pos;

crate::define_id!(
    /// A type in the [`TypeTable`].
    TypeId,
    "t"
);
crate::define_id!(
    /// A defined (named) type.
    NamedId,
    "named"
);

/// Basic types. `Byte` and `Rune` are the spellings `byte`/`rune` (identical
/// to `Uint8`/`Int32`); [`BasicKind::canonical`] maps them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    Byte,
    Rune,
}

impl BasicKind {
    pub const ALL: [BasicKind; 28] = [
        BasicKind::Invalid,
        BasicKind::Bool,
        BasicKind::Int,
        BasicKind::Int8,
        BasicKind::Int16,
        BasicKind::Int32,
        BasicKind::Int64,
        BasicKind::Uint,
        BasicKind::Uint8,
        BasicKind::Uint16,
        BasicKind::Uint32,
        BasicKind::Uint64,
        BasicKind::Uintptr,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::String,
        BasicKind::UnsafePointer,
        BasicKind::UntypedBool,
        BasicKind::UntypedInt,
        BasicKind::UntypedRune,
        BasicKind::UntypedFloat,
        BasicKind::UntypedComplex,
        BasicKind::UntypedString,
        BasicKind::UntypedNil,
        BasicKind::Byte,
        BasicKind::Rune,
    ];

    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Byte => "byte",
            Rune => "rune",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    pub fn is_const_type(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }
    /// Size in bytes on amd64 (0 for untyped/invalid kinds).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self.canonical() {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 0,
        }
    }
}

/// A struct field. Equality and hashing ignore `pos` (positions are not
/// part of a type's identity).
#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// Package of an unexported field name (part of the field's identity).
    pub pkg: Option<PkgId>,
    pub tag: Option<Vec<u8>>,
    pub pos: Pos,
}

impl PartialEq for Field {
    fn eq(&self, o: &Self) -> bool {
        self.name == o.name
            && self.ty == o.ty
            && self.embedded == o.embedded
            && self.pkg == o.pkg
            && self.tag == o.tag
    }
}
impl Eq for Field {}
impl std::hash::Hash for Field {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (&self.name, self.ty, self.embedded, self.pkg, &self.tag).hash(h)
    }
}

impl PartialEq for IMethod {
    fn eq(&self, o: &Self) -> bool {
        self.name == o.name && self.pkg == o.pkg && self.sig == o.sig
    }
}
impl Eq for IMethod {}
impl std::hash::Hash for IMethod {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (&self.name, self.pkg, self.sig).hash(h)
    }
}

/// A parameter or result of a function type (names are spelling only).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: String,
    pub ty: TypeId,
}

/// A function signature. For a variadic function the last parameter has the
/// slice type `[]T`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub variadic: bool,
}

/// An interface method (equality and hashing ignore `pos`).
#[derive(Clone, Debug)]
pub struct IMethod {
    pub name: String,
    /// Package of an unexported method name.
    pub pkg: Option<PkgId>,
    /// A `Func` type (without receiver).
    pub sig: TypeId,
    pub pos: Pos,
}

/// An interface type as written: explicit methods and embedded types. Its
/// method set is [`TypeTable::interface_methods`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    pub methods: Vec<IMethod>,
    pub embeds: Vec<TypeId>,
    /// Spelled `any`.
    pub any: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// The structure of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(TypeId, u64),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<Field>),
    Interface(Interface),
    /// The types of a multi-value call result (never the type of a variable).
    Tuple(Vec<TypeId>),
    Named(NamedId),
    /// A type parameter (phase 2): its name, index and constraint.
    TypeParam {
        name: String,
        index: u32,
        constraint: TypeId,
        owner: u32,
    },
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    pub func: FuncId,
    /// Declared with a pointer receiver (`func (t *T) M()`).
    pub ptr_recv: bool,
    /// Package of an unexported method name.
    pub pkg: Option<PkgId>,
    /// The method's signature without receiver (a `Func` type); `INVALID` until
    /// the declaration has been checked.
    pub sig: TypeId,
    pub pos: Pos,
}

/// A defined type `type T U`.
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// `None` for the predeclared `error` and `comparable`.
    pub pkg: Option<PkgId>,
    /// Import path of the package (`"main"`, `"strings"`), empty for predeclared.
    pub pkg_path: String,
    pub pos: Pos,
    /// The underlying type (never a `Named`); `INVALID` while being declared.
    pub underlying: TypeId,
    /// Methods in declaration order.
    pub methods: Vec<Method>,
    /// For types declared inside a function: gc's `·N` suffix index (1-based,
    /// per package), used in symbol names (`type:main.T·1`).
    pub local_index: Option<u32>,
    /// Type parameters (phase 2).
    pub type_params: Vec<TypeId>,
}

#[derive(Clone, Debug)]
struct TypeData {
    kind: TypeKind,
    canon: TypeId,
}

/// Size and alignment of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

/// Package names used when printing types; indexed by `PkgId`.
#[derive(Clone, Debug, Default)]
pub struct PkgNames {
    pub names: Vec<String>,
    pub paths: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<TypeData>,
    map: HashMap<TypeKind, TypeId>,
    pub named: Arena<NamedId, NamedType>,
    finished: bool,
    /// Package names/paths for printing (filled by the checker).
    pub pkgs: PkgNames,
}

macro_rules! basic_ids {
    ($($name:ident = $kind:ident,)*) => {
        impl TypeId {
            $(pub const $name: TypeId = TypeId(BasicKind::$kind as u32);)*
        }
    };
}

basic_ids! {
    INVALID = Invalid,
    BOOL = Bool,
    INT = Int,
    INT8 = Int8,
    INT16 = Int16,
    INT32 = Int32,
    INT64 = Int64,
    UINT = Uint,
    UINT8 = Uint8,
    UINT16 = Uint16,
    UINT32 = Uint32,
    UINT64 = Uint64,
    UINTPTR = Uintptr,
    FLOAT32 = Float32,
    FLOAT64 = Float64,
    COMPLEX64 = Complex64,
    COMPLEX128 = Complex128,
    STRING = String,
    UNSAFE_POINTER = UnsafePointer,
    UNTYPED_BOOL = UntypedBool,
    UNTYPED_INT = UntypedInt,
    UNTYPED_RUNE = UntypedRune,
    UNTYPED_FLOAT = UntypedFloat,
    UNTYPED_COMPLEX = UntypedComplex,
    UNTYPED_STRING = UntypedString,
    UNTYPED_NIL = UntypedNil,
    BYTE = Byte,
    RUNE = Rune,
}

impl TypeId {
    /// `interface{}`
    pub const EMPTY_INTERFACE: TypeId = TypeId(28);
    /// `any` (identical to `interface{}`)
    pub const ANY: TypeId = TypeId(29);
    /// The predeclared `error`.
    pub const ERROR: TypeId = TypeId(30);
    /// `func() string`, the signature of `error.Error`.
    pub const FUNC_STRING: TypeId = TypeId(31);
    /// `interface{ Error() string }`
    pub const ERROR_UNDERLYING: TypeId = TypeId(32);
    /// The empty tuple (the "type" of a call without results).
    pub const VOID: TypeId = TypeId(33);
    /// The predeclared `comparable` (phase 2).
    pub const COMPARABLE: TypeId = TypeId(34);
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut tt = TypeTable {
            types: Vec::new(),
            map: HashMap::new(),
            named: Arena::new(),
            finished: false,
            pkgs: PkgNames::default(),
        };
        for k in BasicKind::ALL {
            tt.intern(TypeKind::Basic(k));
        }
        let e = tt.intern(TypeKind::Interface(Interface {
            methods: vec![],
            embeds: vec![],
            any: false,
        }));
        assert_eq!(e, TypeId::EMPTY_INTERFACE);
        let a = tt.intern(TypeKind::Interface(Interface {
            methods: vec![],
            embeds: vec![],
            any: true,
        }));
        assert_eq!(a, TypeId::ANY);
        let err = tt.new_named(NamedType {
            name: "error".into(),
            pkg: None,
            pkg_path: String::new(),
            pos: Pos::NONE,
            underlying: TypeId::INVALID,
            methods: vec![],
            local_index: None,
            type_params: vec![],
        });
        assert_eq!(err, TypeId::ERROR);
        let fs = tt.intern(TypeKind::Func(Signature {
            params: vec![],
            results: vec![Param { name: String::new(), ty: TypeId::STRING }],
            variadic: false,
        }));
        assert_eq!(fs, TypeId::FUNC_STRING);
        let eu = tt.intern(TypeKind::Interface(Interface {
            methods: vec![IMethod { name: "Error".into(), pkg: None, sig: fs, pos: Pos::NONE }],
            embeds: vec![],
            any: false,
        }));
        assert_eq!(eu, TypeId::ERROR_UNDERLYING);
        if let TypeKind::Named(n) = tt.kind(err).clone() {
            tt.named[n].underlying = eu;
        }
        let v = tt.intern(TypeKind::Tuple(vec![]));
        assert_eq!(v, TypeId::VOID);
        let c = tt.new_named(NamedType {
            name: "comparable".into(),
            pkg: None,
            pkg_path: String::new(),
            pos: Pos::NONE,
            underlying: TypeId::EMPTY_INTERFACE,
            methods: vec![],
            local_index: None,
            type_params: vec![],
        });
        assert_eq!(c, TypeId::COMPARABLE);
        tt
    }

    /// Interns a structural type (for `Named`, use [`Self::new_named`]).
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.map.get(&kind) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(TypeData { kind: kind.clone(), canon: id });
        self.map.insert(kind, id);
        id
    }

    /// Creates a new defined type (never interned: each declaration is distinct).
    pub fn new_named(&mut self, n: NamedType) -> TypeId {
        let nid = self.named.push(n);
        let id = TypeId(self.types.len() as u32);
        self.types.push(TypeData { kind: TypeKind::Named(nid), canon: id });
        self.map.insert(TypeKind::Named(nid), id);
        id
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }
    pub fn ids(&self) -> impl Iterator<Item = TypeId> + use<> {
        (0..self.types.len() as u32).map(TypeId)
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.types[t.0 as usize].kind
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn array(&mut self, t: TypeId, n: u64) -> TypeId {
        self.intern(TypeKind::Array(t, n))
    }
    pub fn map_of(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.intern(TypeKind::Map(k, v))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        let p = params.into_iter().map(|ty| Param { name: String::new(), ty }).collect();
        let r = results.into_iter().map(|ty| Param { name: String::new(), ty }).collect();
        self.intern(TypeKind::Func(Signature { params: p, results: r, variadic }))
    }

    pub fn named_id(&self, t: TypeId) -> Option<NamedId> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(*n),
            _ => None,
        }
    }

    /// The underlying type (`t` itself unless it is a named type).
    pub fn under(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(n) => {
                let u = self.named[*n].underlying;
                // guard against a (broken) named underlying
                if matches!(self.kind(u), TypeKind::Named(_)) { TypeId::INVALID } else { u }
            }
            _ => t,
        }
    }

    pub fn under_kind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.under(t))
    }

    /// The canonical basic kind of `under(t)`, if basic.
    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.under_kind(t) {
            TypeKind::Basic(k) => Some(k.canonical()),
            _ => None,
        }
    }

    fn basic_is(&self, t: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        self.basic(t).is_some_and(f)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_boolean)
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_string)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_ordered)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_const_type)
    }
    /// Untyped basic type (not looking through names: untyped types are never named).
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(k) if k.is_untyped())
    }
    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Interface(_))
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }
    /// types2's hasName: basic, named and type parameter types.
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(_) | TypeKind::Named(_) | TypeKind::TypeParam { .. })
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::TypeParam { .. })
    }

    /// The types that may be compared to nil.
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.under_kind(t) {
            TypeKind::Basic(k) => *k == BasicKind::UnsafePointer,
            TypeKind::Slice(_)
            | TypeKind::Pointer(_)
            | TypeKind::Func(_)
            | TypeKind::Map(..)
            | TypeKind::Chan(..)
            | TypeKind::Interface(_) => true,
            _ => false,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under_kind(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.under_kind(t) {
            TypeKind::Struct(f) => Some(f),
            _ => None,
        }
    }

    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under_kind(t) {
            TypeKind::Pointer(e)
            | TypeKind::Slice(e)
            | TypeKind::Array(e, _)
            | TypeKind::Chan(_, e) => Some(*e),
            TypeKind::Map(_, v) => Some(*v),
            _ => None,
        }
    }

    /// If `t` is `*T` (not looking through names), `T`.
    pub fn deref_ptr(&self, t: TypeId) -> Option<TypeId> {
        match self.kind(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    pub fn tuple_types(&self, t: TypeId) -> Option<&[TypeId]> {
        match self.kind(t) {
            TypeKind::Tuple(v) => Some(v),
            _ => None,
        }
    }

    /// The full method set of an interface type (explicit and embedded methods),
    /// sorted by name (then package).
    pub fn interface_methods(&self, t: TypeId) -> Vec<IMethod> {
        let mut out: Vec<IMethod> = Vec::new();
        let mut seen = Vec::new();
        self.collect_iface_methods(t, &mut out, &mut seen);
        out.sort_by(|a, b| a.name.cmp(&b.name).then(a.pkg.cmp(&b.pkg)));
        out.dedup_by(|a, b| a.name == b.name && a.pkg == b.pkg);
        out
    }

    fn collect_iface_methods(&self, t: TypeId, out: &mut Vec<IMethod>, seen: &mut Vec<TypeId>) {
        if seen.contains(&t) || seen.len() > 100 {
            return;
        }
        seen.push(t);
        if let TypeKind::Interface(i) = self.under_kind(t) {
            out.extend(i.methods.iter().cloned());
            for &e in &i.embeds {
                self.collect_iface_methods(e, out, seen);
            }
        }
        seen.pop();
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_impl(a, b, false, 0)
    }

    /// Identity ignoring struct tags (for conversions).
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_impl(a, b, true, 0)
    }

    fn identical_impl(&self, a: TypeId, b: TypeId, ignore_tags: bool, depth: u32) -> bool {
        if a == b {
            return true;
        }
        if depth > 200 {
            return false;
        }
        let d = depth + 1;
        if self.finished {
            return self.canonical(a) == self.canonical(b)
                || (ignore_tags && self.identical_structural(a, b, ignore_tags, d));
        }
        self.identical_structural(a, b, ignore_tags, d)
    }

    fn identical_structural(&self, a: TypeId, b: TypeId, ignore_tags: bool, d: u32) -> bool {
        use TypeKind::*;
        let id = |x: TypeId, y: TypeId| self.identical_impl(x, y, ignore_tags, d);
        match (self.kind(a), self.kind(b)) {
            (Basic(x), Basic(y)) => x.canonical() == y.canonical(),
            (Pointer(x), Pointer(y)) | (Slice(x), Slice(y)) => id(*x, *y),
            (Array(x, n), Array(y, m)) => n == m && id(*x, *y),
            (Map(k1, v1), Map(k2, v2)) => id(*k1, *k2) && id(*v1, *v2),
            (Chan(d1, e1), Chan(d2, e2)) => d1 == d2 && id(*e1, *e2),
            (Func(s1), Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).all(|(p, q)| id(p.ty, q.ty))
                    && s1.results.iter().zip(&s2.results).all(|(p, q)| id(p.ty, q.ty))
            }
            (Struct(f1), Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.pkg == y.pkg
                            && (ignore_tags || x.tag == y.tag)
                            && id(x.ty, y.ty)
                    })
            }
            (Interface(_), Interface(_)) => {
                let m1 = self.interface_methods(a);
                let m2 = self.interface_methods(b);
                m1.len() == m2.len()
                    && m1
                        .iter()
                        .zip(&m2)
                        .all(|(x, y)| x.name == y.name && x.pkg == y.pkg && id(x.sig, y.sig))
            }
            (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| id(*p, *q)),
            _ => false,
        }
    }

    /// The representative of `t`'s identity class (valid after [`Self::finish`];
    /// before that, `t` itself).
    pub fn canonical(&self, t: TypeId) -> TypeId {
        self.types[t.0 as usize].canon
    }

    /// Computes canonical ids for every type. Called once by the checker when
    /// all declarations are complete; creates the canonical spellings
    /// (`uint8` for `byte`, unnamed parameters, `interface{}` for `any`, full
    /// sorted method lists for interfaces).
    pub fn finish(&mut self) {
        let mut memo: HashMap<TypeId, TypeId> = HashMap::new();
        let n = self.types.len();
        for i in 0..n {
            let t = TypeId(i as u32);
            let c = self.canon_of(t, &mut memo, 0);
            self.types[i].canon = c;
        }
        // types created while canonicalizing are their own canonical forms
        for i in n..self.types.len() {
            let t = TypeId(i as u32);
            let c = memo.get(&t).copied().unwrap_or(t);
            self.types[i].canon = c;
        }
        self.finished = true;
    }

    fn canon_of(&mut self, t: TypeId, memo: &mut HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if let Some(&c) = memo.get(&t) {
            return c;
        }
        if depth > 200 {
            return t;
        }
        let d = depth + 1;
        use TypeKind::*;
        let k = self.kind(t).clone();
        let c = match k {
            Basic(b) => TypeId(b.canonical() as u32),
            Named(_) | TypeParam { .. } => t,
            Pointer(e) => {
                let e = self.canon_of(e, memo, d);
                self.intern(Pointer(e))
            }
            Slice(e) => {
                let e = self.canon_of(e, memo, d);
                self.intern(Slice(e))
            }
            Array(e, n) => {
                let e = self.canon_of(e, memo, d);
                self.intern(Array(e, n))
            }
            Map(a, b) => {
                let a = self.canon_of(a, memo, d);
                let b = self.canon_of(b, memo, d);
                self.intern(Map(a, b))
            }
            Chan(dir, e) => {
                let e = self.canon_of(e, memo, d);
                self.intern(Chan(dir, e))
            }
            Tuple(v) => {
                let v = v.into_iter().map(|x| self.canon_of(x, memo, d)).collect();
                self.intern(Tuple(v))
            }
            Func(s) => {
                let p = s
                    .params
                    .iter()
                    .map(|p| Param { name: String::new(), ty: self.canon_of(p.ty, memo, d) })
                    .collect();
                let r = s
                    .results
                    .iter()
                    .map(|p| Param { name: String::new(), ty: self.canon_of(p.ty, memo, d) })
                    .collect();
                self.intern(Func(Signature { params: p, results: r, variadic: s.variadic }))
            }
            Struct(fs) => {
                let fs = fs
                    .iter()
                    .map(|f| Field {
                        ty: self.canon_of(f.ty, memo, d),
                        pos: Pos::NONE,
                        ..f.clone()
                    })
                    .collect();
                self.intern(Struct(fs))
            }
            Interface(_) => {
                let ms = self.interface_methods(t);
                let ms = ms
                    .into_iter()
                    .map(|m| IMethod { sig: self.canon_of(m.sig, memo, d), pos: Pos::NONE, ..m })
                    .collect();
                self.intern(Interface(crate::types::Interface {
                    methods: ms,
                    embeds: vec![],
                    any: false,
                }))
            }
        };
        memo.insert(t, c);
        memo.entry(c).or_insert(c);
        c
    }

    /// types2's Comparable (with dynamic interfaces comparable).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_impl(t, 0)
    }

    fn comparable_impl(&self, t: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        match self.under_kind(t) {
            TypeKind::Basic(k) => *k != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable_impl(f.ty, depth + 1)),
            TypeKind::Array(e, _) => self.comparable_impl(*e, depth + 1),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- layout

    /// Size and alignment (gc's rules on amd64).
    pub fn layout(&self, t: TypeId) -> Layout {
        self.layout_impl(t, 0)
    }

    pub fn size_of(&self, t: TypeId) -> u64 {
        self.layout(t).size
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        self.layout(t).align
    }

    fn layout_impl(&self, t: TypeId, depth: u32) -> Layout {
        if depth > 100 {
            return Layout { size: 0, align: 1 };
        }
        let d = depth + 1;
        match self.under_kind(t) {
            TypeKind::Basic(k) => {
                let k = k.canonical();
                let size = k.size();
                let align = match k {
                    BasicKind::String => 8,
                    BasicKind::Complex64 => 4,
                    BasicKind::Complex128 => 8,
                    _ => size.max(1),
                };
                Layout { size, align }
            }
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
                Layout { size: 8, align: 8 }
            }
            TypeKind::Slice(_) => Layout { size: 24, align: 8 },
            TypeKind::Interface(_) => Layout { size: 16, align: 8 },
            TypeKind::Array(e, n) => {
                let l = self.layout_impl(*e, d);
                Layout { size: l.size.saturating_mul(*n), align: l.align }
            }
            TypeKind::Struct(fs) => {
                let (offs, size, align) = self.struct_layout(fs, d);
                let _ = offs;
                Layout { size, align }
            }
            TypeKind::Tuple(_) | TypeKind::Named(_) | TypeKind::TypeParam { .. } => {
                Layout { size: 0, align: 1 }
            }
        }
    }

    fn struct_layout(&self, fs: &[Field], d: u32) -> (Vec<u64>, u64, u64) {
        let mut offs = Vec::with_capacity(fs.len());
        let mut o: u64 = 0;
        let mut align = 1;
        let mut last_size = 0;
        for f in fs {
            let l = self.layout_impl(f.ty, d);
            align = align.max(l.align);
            o = round_up(o, l.align);
            offs.push(o);
            o = o.saturating_add(l.size);
            last_size = l.size;
        }
        if fs.is_empty() {
            return (offs, 0, 1);
        }
        // gc pads a trailing zero-size field so that &s.last does not point
        // past the object.
        if last_size == 0 && offs[offs.len() - 1] > 0 {
            o += 1;
        }
        (offs, round_up(o, align), align)
    }

    /// Byte offsets of the fields of a struct type.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        match self.under_kind(t) {
            TypeKind::Struct(fs) => self.struct_layout(fs, 0).0,
            _ => vec![],
        }
    }

    /// Whether values of `t` contain pointers (gc's PtrDataSize > 0).
    pub fn has_pointers(&self, t: TypeId) -> bool {
        self.has_pointers_impl(t, 0)
    }

    fn has_pointers_impl(&self, t: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        match self.under_kind(t) {
            TypeKind::Basic(k) => {
                matches!(k.canonical(), BasicKind::String | BasicKind::UnsafePointer)
            }
            TypeKind::Array(e, n) => *n > 0 && self.has_pointers_impl(*e, depth + 1),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_pointers_impl(f.ty, depth + 1)),
            TypeKind::Tuple(_) => false,
            _ => true,
        }
    }

    // ---------------------------------------------------------------- strings

    /// The type as types2 prints it in error messages; names of package
    /// `local` are unqualified, others are qualified by package name.
    pub fn type_string(&self, t: TypeId, local: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, local, 0);
        s
    }

    fn pkg_name(&self, p: PkgId) -> &str {
        self.pkgs.names.get(p.0 as usize).map(|s| s.as_str()).unwrap_or("?")
    }

    fn write_type(&self, s: &mut String, t: TypeId, local: Option<PkgId>, depth: u32) {
        if depth > 50 {
            s.push_str("…");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Basic(k) => s.push_str(k.name()),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, local, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, local, d);
            }
            TypeKind::Array(e, n) => {
                s.push_str(&format!("[{}]", n));
                self.write_type(s, *e, local, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, local, d);
                s.push(']');
                self.write_type(s, *v, local, d);
            }
            TypeKind::Chan(dir, e) => {
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if paren {
                    s.push('(');
                }
                self.write_type(s, *e, local, d);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_signature(s, sig, local, d);
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *t, local, d);
                }
                s.push(')');
            }
            TypeKind::Struct(fs) => {
                s.push_str("struct{");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, local, d);
                    if let Some(tag) = &f.tag {
                        if !tag.is_empty() {
                            s.push(' ');
                            s.push_str(&crate::constant::go_quote(tag));
                        }
                    }
                }
                s.push('}');
            }
            TypeKind::Interface(i) => {
                if i.any {
                    s.push_str("any");
                    return;
                }
                s.push_str("interface{");
                let mut first = true;
                for m in &i.methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_signature(s, sig, local, d);
                    }
                }
                for e in &i.embeds {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    self.write_type(s, *e, local, d);
                }
                s.push('}');
            }
            TypeKind::Named(n) => {
                let nt = &self.named[*n];
                if let Some(p) = nt.pkg {
                    if Some(p) != local {
                        s.push_str(self.pkg_name(p));
                        s.push('.');
                    }
                }
                s.push_str(&nt.name);
            }
            TypeKind::TypeParam { name, .. } => s.push_str(name),
        }
    }

    /// `(params) results` as types2 prints a signature (with parameter names).
    pub fn signature_string(&self, sig: &Signature, local: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write_signature(&mut s, sig, local, 0);
        s
    }

    fn write_signature(&self, s: &mut String, sig: &Signature, local: Option<PkgId>, d: u32) {
        self.write_params(s, &sig.params, sig.variadic, local, d);
        match sig.results.len() {
            0 => {}
            1 if sig.results[0].name.is_empty() => {
                s.push(' ');
                self.write_type(s, sig.results[0].ty, local, d);
            }
            _ => {
                s.push(' ');
                self.write_params(s, &sig.results, false, local, d);
            }
        }
    }

    fn write_params(
        &self,
        s: &mut String,
        ps: &[Param],
        variadic: bool,
        local: Option<PkgId>,
        d: u32,
    ) {
        s.push('(');
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if !p.name.is_empty() {
                s.push_str(&p.name);
                s.push(' ');
            }
            if variadic && i == ps.len() - 1 {
                if let TypeKind::Slice(e) = self.kind(p.ty) {
                    s.push_str("...");
                    self.write_type(s, *e, local, d);
                    continue;
                }
            }
            self.write_type(s, p.ty, local, d);
        }
        s.push(')');
    }

    /// The type as the Go runtime prints it (`%T`, panics, type descriptors):
    /// canonical spelling, package-qualified names, reflect's spacing
    /// (`struct { X int }`, `interface {}`, `func(int) string`).
    pub fn runtime_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_rt(&mut s, t, 0);
        s
    }

    fn write_rt(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 50 {
            s.push_str("…");
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Basic(k) => s.push_str(k.canonical().name()),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_rt(s, *e, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_rt(s, *e, d);
            }
            TypeKind::Array(e, n) => {
                s.push_str(&format!("[{}]", n));
                self.write_rt(s, *e, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_rt(s, *k, d);
                s.push(']');
                self.write_rt(s, *v, d);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_rt(s, *e, d);
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_rt_sig(s, sig, d);
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_rt(s, *t, d);
                }
                s.push(')');
            }
            TypeKind::Struct(fs) => {
                if fs.is_empty() {
                    s.push_str("struct {}");
                    return;
                }
                s.push_str("struct { ");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_rt(s, f.ty, d);
                    if let Some(tag) = &f.tag {
                        if !tag.is_empty() {
                            s.push(' ');
                            s.push_str(&crate::constant::go_quote(tag));
                        }
                    }
                }
                s.push_str(" }");
            }
            TypeKind::Interface(_) => {
                let ms = self.interface_methods(t);
                if ms.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface { ");
                for (i, m) in ms.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if let Some(p) = m.pkg {
                        s.push_str(
                            self.pkgs.paths.get(p.0 as usize).map(|x| x.as_str()).unwrap_or("?"),
                        );
                        s.push('.');
                    }
                    s.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.kind(m.sig) {
                        self.write_rt_sig(s, sig, d);
                    }
                }
                s.push_str(" }");
            }
            TypeKind::Named(n) => {
                let nt = &self.named[*n];
                if nt.pkg.is_some() {
                    s.push_str(nt.pkg_path.rsplit('/').next().unwrap_or(""));
                    s.push('.');
                }
                s.push_str(&nt.name);
            }
            TypeKind::TypeParam { name, .. } => s.push_str(name),
        }
    }

    fn write_rt_sig(&self, s: &mut String, sig: &Signature, d: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                if let TypeKind::Slice(e) = self.kind(p.ty) {
                    s.push_str("...");
                    self.write_rt(s, *e, d);
                    continue;
                }
            }
            self.write_rt(s, p.ty, d);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_rt(s, sig.results[0].ty, d);
            }
            _ => {
                s.push_str(" (");
                for (i, p) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_rt(s, p.ty, d);
                }
                s.push(')');
            }
        }
    }

    /// gc's linker symbol name of a type descriptor: `type.` + the type
    /// string with full package paths (`type.*main.T`, `type.[]int`);
    /// local types get their `·N` suffix.
    pub fn symbol_name(&self, t: TypeId) -> String {
        let mut s = String::from("type.");
        let c = self.canonical(t);
        self.write_sym(&mut s, c, 0);
        s
    }

    fn write_sym(&self, s: &mut String, t: TypeId, depth: u32) {
        if let TypeKind::Named(n) = self.kind(t) {
            let nt = &self.named[*n];
            if nt.pkg.is_some() {
                s.push_str(&nt.pkg_path);
                s.push('.');
            }
            s.push_str(&nt.name);
            if let Some(i) = nt.local_index {
                s.push_str(&format!("·{}", i));
            }
            return;
        }
        if depth > 50 {
            return;
        }
        match self.kind(t) {
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_sym(s, *e, depth + 1);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_sym(s, *e, depth + 1);
            }
            TypeKind::Array(e, n) => {
                s.push_str(&format!("[{}]", n));
                self.write_sym(s, *e, depth + 1);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_sym(s, *k, depth + 1);
                s.push(']');
                self.write_sym(s, *v, depth + 1);
            }
            _ => s.push_str(&self.runtime_string(t)),
        }
    }
}

fn round_up(o: u64, a: u64) -> u64 {
    if a <= 1 {
        return o;
    }
    o.saturating_add(a - 1) / a * a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_identity() {
        let mut tt = TypeTable::new();
        let a = tt.slice(TypeId::INT);
        let b = tt.slice(TypeId::INT);
        assert_eq!(a, b);
        let bs = tt.slice(TypeId::BYTE);
        let u8s = tt.slice(TypeId::UINT8);
        assert_ne!(bs, u8s);
        assert!(tt.identical(bs, u8s));
        assert_eq!(tt.type_string(bs, None), "[]byte");
        let f1 = tt.intern(TypeKind::Func(Signature {
            params: vec![Param { name: "x".into(), ty: TypeId::INT }],
            results: vec![],
            variadic: false,
        }));
        let f2 = tt.func(vec![TypeId::INT], vec![], false);
        assert_ne!(f1, f2);
        assert!(tt.identical(f1, f2));
        assert_eq!(tt.type_string(f1, None), "func(x int)");
        assert!(tt.identical(TypeId::ANY, TypeId::EMPTY_INTERFACE));
        assert!(!tt.identical(TypeId::ERROR, TypeId::ERROR_UNDERLYING));
        assert!(!tt.identical(TypeId::INT, TypeId::INT64));
        tt.finish();
        assert_eq!(tt.canonical(bs), tt.canonical(u8s));
        assert_eq!(tt.canonical(f1), tt.canonical(f2));
        assert_eq!(tt.canonical(TypeId::ANY), TypeId::EMPTY_INTERFACE);
        assert_eq!(tt.runtime_string(bs), "[]uint8");
        assert_eq!(tt.runtime_string(TypeId::ANY), "interface {}");
    }

    #[test]
    fn struct_layout_rules() {
        let mut tt = TypeTable::new();
        let f = |name: &str, ty| Field {
            name: name.into(),
            ty,
            embedded: false,
            pkg: None,
            tag: None,
            pos: Pos::NONE,
        };
        // struct { a bool; b int64; c int8 } = 24, offsets 0 8 16
        let s = tt.intern(TypeKind::Struct(vec![
            f("A", TypeId::BOOL),
            f("B", TypeId::INT64),
            f("C", TypeId::INT8),
        ]));
        assert_eq!(tt.layout(s), Layout { size: 24, align: 8 });
        assert_eq!(tt.field_offsets(s), vec![0, 8, 16]);
        // trailing zero-size field gets padded: struct { a int32; b struct{} } = 8
        let empty = tt.intern(TypeKind::Struct(vec![]));
        let s2 = tt.intern(TypeKind::Struct(vec![f("A", TypeId::INT32), f("B", empty)]));
        assert_eq!(tt.layout(s2), Layout { size: 8, align: 4 });
        let s3 = tt.intern(TypeKind::Struct(vec![
            f("A", TypeId::INT16),
            f("B", TypeId::STRING),
            f("C", TypeId::BYTE),
        ]));
        assert_eq!(tt.layout(s3), Layout { size: 32, align: 8 });
        assert_eq!(tt.field_offsets(s3), vec![0, 8, 24]);
        let arr = tt.array(TypeId::INT16, 3);
        assert_eq!(tt.layout(arr), Layout { size: 6, align: 2 });
        assert_eq!(tt.layout(TypeId::COMPLEX64), Layout { size: 8, align: 4 });
        assert_eq!(tt.layout(TypeId::ERROR), Layout { size: 16, align: 8 });
        assert_eq!(tt.runtime_string(s), "struct { A bool; B int64; C int8 }");
    }
}
