//! A whole repository checked as pre-commit checks it with every file staged (issue 15):
//! `testdata/repos/flake-fleet` (a flake with two hosts, a containers/ directory read by
//! `readDir`, a one-container file imported with arguments, a package, an overlay, a
//! home-manager module and a shell.nix), from memory. The target is under 200 ms.
//!
//! `cargo bench -p compiler --bench repos`

use criterion::Criterion;
use lib_nix::eval::MemoryIo;

use compiler::project::discover::{check_files, Project};
use compiler::project::EntryFile;

// The allocator `ncc` itself runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROOT: &str = "/repo";

/// The repository's files in memory, and its `.nix` files as pre-commit passes them.
fn repository() -> (MemoryIo, Vec<(EntryFile, String)>) {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/repos/flake-fleet");
    let mut io = MemoryIo::new();
    let mut stack = vec![dir.clone()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(&dir)
                .expect("inside")
                .display()
                .to_string();
            io.files.insert(
                format!("{ROOT}/{relative}"),
                std::fs::read_to_string(&path).expect("text"),
            );
        }
    }
    let files = io
        .files
        .iter()
        .filter(|(path, _)| path.ends_with(".nix"))
        .map(|(path, text)| {
            let name = path
                .strip_prefix(&format!("{ROOT}/"))
                .unwrap_or(path)
                .to_owned();
            (
                EntryFile {
                    name,
                    path: path.clone(),
                },
                text.clone(),
            )
        })
        .collect();
    (io, files)
}

fn main() {
    // The check runs on a thread with a large stack, as `ncc` runs it.
    lib_nix::run_with_stack(|| {
        let (io, files) = repository();
        let flake = files
            .iter()
            .find(|(file, _)| file.name == "flake.nix")
            .cloned()
            .expect("the repository has a flake");
        let project = Project {
            root: ROOT.to_owned(),
            entries: vec![flake],
            only: None,
        };
        let outcome = check_files(&project, &files, &io, false);
        let hosts: Vec<String> = outcome.checked.iter().map(|c| c.host.reference()).collect();
        assert_eq!(hosts.len(), 2, "both hosts are checked: {hosts:?}");
        assert!(
            outcome
                .checked
                .iter()
                .all(|c| c.compilation.diagnostics.is_empty())
                && outcome.unparsed.is_empty(),
            "the repository checks clean"
        );
        let mut c = Criterion::default().configure_from_args();
        c.bench_function("flake-fleet/all-files-staged", |b| {
            b.iter(|| check_files(&project, &files, &io, false).checked.len())
        });
        c.final_summary();
    });
}
