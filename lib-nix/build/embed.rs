//! The build-script half of embedded Nix sources: every `.nix` file under a crate's `src/`
//! is parsed once here and its tree written to `$OUT_DIR/<path>.tree`, which
//! `lib_nix::embedded_nix!` includes next to the text. A syntax error in one fails the
//! build. Used by `lib-nix/build.rs` and `compiler/build.rs`.

// Only the encoding half is used here; the decoding half runs in the crates.
#[allow(dead_code)]
#[path = "../src/syntax/prepared.rs"]
mod prepared;

use std::path::{Path, PathBuf};

/// Prepares every `.nix` file under `src/` of the crate being built.
pub fn prepare_nix_sources() {
    let manifest =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let src = manifest.join("src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut files = Vec::new();
    find_nix_files(&src, &mut files);
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|error| panic!("reading {}: {error}", file.display()));
        let parsed = rnix::Root::parse(&text);
        if let Some(error) = parsed.errors().first() {
            panic!("{} does not parse: {error}", file.display());
        }
        let events = prepared::encode(parsed.syntax().green());
        let relative = file.strip_prefix(&src).expect("found under src");
        let target = out.join(format!("{}.tree", relative.display()));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|error| panic!("creating {}: {error}", parent.display()));
        }
        std::fs::write(&target, events)
            .unwrap_or_else(|error| panic!("writing {}: {error}", target.display()));
    }
}

fn find_nix_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|error| panic!("reading {}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            find_nix_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "nix") {
            found.push(path);
        }
    }
}
