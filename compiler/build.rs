//! Parses the compiler's own Nix sources (its schemas) ahead of time, as lib-nix does for
//! its `lib`; see `lib-nix/build/embed.rs`.

#[path = "../lib-nix/build/embed.rs"]
mod embed;

fn main() {
    embed::prepare_nix_sources();
}
