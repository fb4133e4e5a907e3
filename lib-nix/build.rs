//! Parses and lowers lib-nix's own Nix sources (its `lib`) ahead of time; see
//! `build/embed.rs`.

#[path = "build/embed.rs"]
mod embed;

// Lowering as the crate does it, for `embed`: the modules `lower` reads through `crate::`.
// Each is used here only in part.
#[allow(dead_code)]
#[path = "src/diagnostic.rs"]
mod diagnostic;
#[allow(dead_code)]
#[path = "src/ir.rs"]
mod ir;
#[allow(dead_code)]
#[path = "src/lower.rs"]
mod lower;
#[allow(dead_code)]
#[path = "src/name.rs"]
mod name;
#[allow(dead_code)]
#[path = "src/path.rs"]
mod path;

fn main() {
    embed::prepare_nix_sources();
}
