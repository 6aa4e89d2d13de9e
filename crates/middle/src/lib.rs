//! TODO: see docs/architecture.md
