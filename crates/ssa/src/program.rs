//! A whole program as codegen receives it: functions, data objects, file names.

use crate::Function;

/// A pointer-sized absolute relocation: the 8 bytes at `offset` in a data
/// object hold the address of `sym` plus `addend`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Reloc {
    pub offset: u32,
    pub sym: String,
    pub addend: i64,
}

/// A global variable, string literal, type descriptor, itab or closure object.
///
/// Symbol names follow gc (docs/abi.md §2, §4): `main.x` for globals,
/// `go.string."hello"` for string bytes, `type.int`, `go.itab.*main.T,main.I`,
/// `main.f·f` for the static closure of a top-level function.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DataObject {
    pub name: String,
    pub size: u64,
    /// A power of two.
    pub align: u32,
    /// Initial bytes (`len == size`); `None` means zero-filled (`.bss`).
    pub init: Option<Vec<u8>>,
    /// Only with `init`; offsets are 8-byte slots inside `size`.
    pub relocs: Vec<Reloc>,
    /// Read-only data (`.rodata`): string bytes, type descriptors, itabs.
    pub readonly: bool,
}

impl DataObject {
    pub fn zeroed(name: impl Into<String>, size: u64, align: u32) -> DataObject {
        DataObject {
            name: name.into(),
            size,
            align,
            init: None,
            relocs: Vec::new(),
            readonly: false,
        }
    }

    pub fn bytes(
        name: impl Into<String>,
        bytes: Vec<u8>,
        align: u32,
        readonly: bool,
    ) -> DataObject {
        DataObject {
            name: name.into(),
            size: bytes.len() as u64,
            align,
            init: Some(bytes),
            relocs: Vec::new(),
            readonly,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Source file names, indexed by `syntax::FileId` (what `(a.go:3:5)` prints).
    pub files: Vec<String>,
    pub funcs: Vec<Function>,
    pub data: Vec<DataObject>,
}

impl Program {
    pub fn func(&self, name: &str) -> Option<&Function> {
        self.funcs.iter().find(|f| f.name == name)
    }

    pub fn func_mut(&mut self, name: &str) -> Option<&mut Function> {
        self.funcs.iter_mut().find(|f| f.name == name)
    }

    /// The name printed for a file id (`?` when unknown).
    pub fn file_name(&self, id: syntax::FileId) -> &str {
        self.files.get(id.0 as usize).map(|s| s.as_str()).unwrap_or("?")
    }
}
