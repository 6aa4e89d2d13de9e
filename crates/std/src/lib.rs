//! The bundled Go standard library (SPEC section 2), as Go source embedded in the compiler.
