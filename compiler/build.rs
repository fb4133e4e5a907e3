//! Parses and lowers the compiler's own Nix sources (its schemas) ahead of time, as
//! lib-nix does for its `lib`; see `lib-nix/build/embed.rs`.

#[path = "../lib-nix/build/embed.rs"]
mod embed;

// Lowering as lib-nix does it, for `embed`: the modules `lower` reads through `crate::`.
// Each is used here only in part.
#[allow(dead_code)]
#[path = "../lib-nix/src/diagnostic.rs"]
mod diagnostic;
#[allow(dead_code)]
#[path = "../lib-nix/src/ir.rs"]
mod ir;
#[allow(dead_code)]
#[path = "../lib-nix/src/lower.rs"]
mod lower;
#[allow(dead_code)]
#[path = "../lib-nix/src/name.rs"]
mod name;
#[allow(dead_code)]
#[path = "../lib-nix/src/path.rs"]
mod path;

fn main() {
    println!("cargo:rerun-if-changed=../lib-nix/src");
    println!("cargo:rerun-if-changed=../lib-nix/build");
    embed::prepare_nix_sources();
}
