//! Shared test support: `testdata/` loaded into an in-memory [`MemoryIo`] under the
//! virtual root `/testdata`, so tests never read the real filesystem through ncc.

// Each test binary includes this module and uses only some of it.
#![allow(dead_code)]

use std::path::Path;

use lib_nix::eval::MemoryIo;
use lib_nix::SourceDb;

pub fn testdata_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata")
        .canonicalize()
        .expect("testdata exists")
}

/// Every text file of `testdata/`, keyed by `/testdata/<relative path>`.
pub fn testdata_io() -> MemoryIo {
    let mut io = MemoryIo::new();
    let root = testdata_dir();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("testdata is readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                let relative = path.strip_prefix(&root).expect("inside testdata");
                io.files
                    .insert(format!("/testdata/{}", relative.display()), text);
            }
        }
    }
    io
}

/// The virtual path and display name of a real testdata file.
pub fn virtual_path(path: &Path) -> (String, String) {
    let path = path.canonicalize().expect("case exists");
    let relative = path.strip_prefix(testdata_dir()).expect("inside testdata");
    (
        format!("/testdata/{}", relative.display()),
        format!("testdata/{}", relative.display()),
    )
}

pub fn render_all(diagnostics: &[lib_nix::Diagnostic], sources: &SourceDb) -> String {
    diagnostics
        .iter()
        .map(|d| compiler::render::render(d, sources, false))
        .collect::<Vec<_>>()
        .join("\n\n")
}
