//! ncc: NixOS container declarations in, the files NixOS would write out.
pub mod codegen;
pub mod emit;
pub mod model;
pub mod plan;
