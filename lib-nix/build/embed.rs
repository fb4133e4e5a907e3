//! The build-script half of embedded Nix sources: every `.nix` file under a crate's `src/`
//! is parsed and lowered once here, its tree written to `$OUT_DIR/<path>.tree` and its
//! IR to `$OUT_DIR/<path>.ir`, which `lib_nix::embedded_nix!` includes next to the text.
//! A syntax or lowering error in one fails the build. Used by `lib-nix/build.rs` and
//! `compiler/build.rs`, which include lib-nix's lowering (`crate::lower`, `crate::ir`).

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
        let lowered = lower(&file, &parsed.tree());
        let relative = file.strip_prefix(&src).expect("found under src");
        let target = out.join(format!("{}.tree", relative.display()));
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|error| panic!("creating {}: {error}", parent.display()));
        }
        std::fs::write(&target, events)
            .unwrap_or_else(|error| panic!("writing {}: {error}", target.display()));
        let target = out.join(format!("{}.ir", relative.display()));
        std::fs::write(&target, lowered)
            .unwrap_or_else(|error| panic!("writing {}: {error}", target.display()));
    }
}

/// The prepared IR of `root` (see `lib-nix/src/ir/prepared.rs`), lowered with every free
/// name taken for a builtin global, which the run checks. Empty for a file with a
/// relative path literal, whose value depends on where the run places the file.
fn lower(file: &Path, root: &rnix::Root) -> Vec<u8> {
    use rowan::ast::AstNode;
    let relative_path = root
        .syntax()
        .descendants()
        .any(|node| node.kind() == rnix::SyntaxKind::NODE_PATH_REL);
    if relative_path {
        return Vec::new();
    }
    let mut ir = crate::ir::Ir::default();
    let (body, diagnostics) = crate::lower::lower(
        root,
        crate::diagnostic::FileId::new(0),
        "/",
        &mut ir,
        &|_| true,
    );
    if let Some(first) = diagnostics.first() {
        panic!("{} does not lower: {}", file.display(), first.message());
    }
    let text = root.syntax().text().to_string();
    crate::ir::prepared::encode(&ir, crate::ir::ExprId(0), body, &text)
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
