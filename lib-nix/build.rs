//! Parses lib-nix's own Nix sources (its `lib`) ahead of time; see `build/embed.rs`.

#[path = "build/embed.rs"]
mod embed;

fn main() {
    embed::prepare_nix_sources();
}
