//! The data layouts shared with generated code (docs/abi.md §4): strings, slices,
//! interfaces, closures, type descriptors (`Type`), methods, struct fields and
//! itabs. Pure definitions, also compiled into the host test crate, whose tests
//! assert every offset of the table in docs/abi.md.

#![allow(dead_code)]

/// A Go string: `{ptr, len}`; returned in rax:rdx.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: usize,
}

impl GoString {
    pub const EMPTY: GoString = GoString { ptr: core::ptr::null(), len: 0 };
    pub fn from_static(s: &'static str) -> GoString {
        GoString { ptr: s.as_ptr(), len: s.len() }
    }
    /// The bytes (valid while the string's memory is).
    pub unsafe fn bytes<'a>(&self) -> &'a [u8] {
        if self.len == 0 { &[] } else { unsafe { core::slice::from_raw_parts(self.ptr, self.len) } }
    }
}

/// A Go slice header: `{ptr, len, cap}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Slice {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

/// `interface{}`: `{typ, data}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *mut u8,
}

/// A non-empty interface: `{tab, data}`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Iface {
    pub tab: *const Itab,
    pub data: *mut u8,
}

/// A closure object: the first word is the code pointer, called as
/// `code(closure, args...)`.
#[repr(C)]
pub struct Closure {
    pub code: unsafe extern "C" fn(*const Closure),
}

// reflect.Kind numbering
pub const KIND_BOOL: u8 = 1;
pub const KIND_INT: u8 = 2;
pub const KIND_INT8: u8 = 3;
pub const KIND_INT16: u8 = 4;
pub const KIND_INT32: u8 = 5;
pub const KIND_INT64: u8 = 6;
pub const KIND_UINT: u8 = 7;
pub const KIND_UINT8: u8 = 8;
pub const KIND_UINT16: u8 = 9;
pub const KIND_UINT32: u8 = 10;
pub const KIND_UINT64: u8 = 11;
pub const KIND_UINTPTR: u8 = 12;
pub const KIND_FLOAT32: u8 = 13;
pub const KIND_FLOAT64: u8 = 14;
pub const KIND_COMPLEX64: u8 = 15;
pub const KIND_COMPLEX128: u8 = 16;
pub const KIND_ARRAY: u8 = 17;
pub const KIND_CHAN: u8 = 18;
pub const KIND_FUNC: u8 = 19;
pub const KIND_INTERFACE: u8 = 20;
pub const KIND_MAP: u8 = 21;
pub const KIND_PTR: u8 = 22;
pub const KIND_SLICE: u8 = 23;
pub const KIND_STRING: u8 = 24;
pub const KIND_STRUCT: u8 = 25;
pub const KIND_UNSAFE_POINTER: u8 = 26;
pub const KIND_DIRECT_IFACE: u8 = 0x20;
pub const KIND_MASK: u8 = 0x1f;

pub const TFLAG_UNCOMMON: u8 = 1;
pub const TFLAG_NAMED: u8 = 4;
pub const TFLAG_REGULAR_MEMORY: u8 = 8;

/// A type descriptor, emitted by the compiler (docs/abi.md §4).
#[repr(C)]
pub struct Type {
    pub size: u64,
    pub ptrdata: u64,
    pub hash: u32,
    pub tflag: u8,
    pub align: u8,
    pub field_align: u8,
    pub kind: u8,
    pub equal: Option<unsafe extern "C" fn(*const u8, *const u8) -> bool>,
    pub gcdata: *const u8,
    pub string: GoString,
    pub elem: *const Type,
    pub key: *const Type,
    pub len: u64,
    pub fields: RawSlice<StructField>,
    pub methods: RawSlice<Method>,
    pub name: GoString,
    pub pkgpath: GoString,
    pub ptr_to_this: *const Type,
}

/// A slice header as it appears inside descriptors.
#[repr(C)]
pub struct RawSlice<T> {
    pub ptr: *const T,
    pub len: usize,
    pub cap: usize,
}

impl<T> RawSlice<T> {
    pub unsafe fn as_slice<'a>(&self) -> &'a [T] {
        if self.len == 0 || self.ptr.is_null() {
            &[]
        } else {
            unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
        }
    }
}

#[repr(C)]
pub struct StructField {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: u64,
    pub embedded: u64,
}

#[repr(C)]
pub struct Method {
    pub name: GoString,
    pub mtyp: *const Type,
    pub ifn: *const u8,
}

/// An itab: `{inter, typ, hash, _, fun[n]}`.
#[repr(C)]
pub struct Itab {
    pub inter: *const Type,
    pub typ: *const Type,
    pub hash: u32,
    pub _pad: u32,
    pub fun: [*const u8; 1], // really [n]
}

pub const ITAB_FUN_OFFSET: usize = 24;

impl Type {
    #[inline]
    pub fn kind(&self) -> u8 {
        self.kind & KIND_MASK
    }
    #[inline]
    pub fn is_direct_iface(&self) -> bool {
        self.kind & KIND_DIRECT_IFACE != 0
    }
    pub unsafe fn str_bytes<'a>(&self) -> &'a [u8] {
        unsafe { self.string.bytes() }
    }
}
