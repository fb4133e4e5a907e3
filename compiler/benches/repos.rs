//! A whole repository checked as pre-commit checks it with every file staged (issues 15
//! and 16), from memory: `testdata/repos/flake-fleet` (a flake with two hosts, a
//! containers/ directory read by `readDir`, a one-container file imported with
//! arguments, a package, an overlay, a home-manager module and a shell.nix), and the
//! generated repository of 200 files and 5 hosts of `common/repo.rs`. The target is
//! under 200 ms.
//!
//! `cargo bench -p compiler --bench repos`

#[path = "common/repo.rs"]
mod repo;

use criterion::Criterion;
use lib_nix::eval::MemoryIo;

use compiler::project::discover::{check_files, Project};
use compiler::project::EntryFile;

// The allocator `ncc` itself runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROOT: &str = "/repo";

/// flake-fleet's files in memory, and its `.nix` files as pre-commit passes them.
fn flake_fleet() -> (MemoryIo, Vec<(EntryFile, String)>) {
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
    staged(io)
}

/// The generated repository's files in memory, and its `.nix` files.
fn generated() -> (MemoryIo, Vec<(EntryFile, String)>) {
    let mut io = MemoryIo::new();
    for (path, text) in repo::generate() {
        io.files.insert(format!("{ROOT}/{path}"), text);
    }
    staged(io)
}

/// Every `.nix` file of the repository in `io`, as pre-commit passes them.
fn staged(io: MemoryIo) -> (MemoryIo, Vec<(EntryFile, String)>) {
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

/// Checks the repository once (it must check clean, with `hosts` hosts), then times it.
fn bench(
    c: &mut Criterion,
    id: &str,
    (io, files): (MemoryIo, Vec<(EntryFile, String)>),
    hosts: usize,
) {
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
    let outcome = check_files(&project, &files, &io, false, compiler::Teardown::Free);
    let checked: Vec<String> = outcome.checked.iter().map(|c| c.host.reference()).collect();
    assert_eq!(checked.len(), hosts, "every host is checked: {checked:?}");
    for checked in &outcome.checked {
        assert!(
            checked.compilation.diagnostics.is_empty(),
            "{} checks clean: {:?}",
            checked.host.reference(),
            checked
                .compilation
                .diagnostics
                .iter()
                .map(|d| d.message())
                .collect::<Vec<_>>()
        );
    }
    assert!(outcome.unparsed.is_empty(), "every file parses");
    eprintln!("{id}: {} files, {} hosts", files.len(), checked.len());
    c.bench_function(id, |b| {
        b.iter(|| {
            check_files(&project, &files, &io, false, compiler::Teardown::Free)
                .checked
                .len()
        })
    });
}

fn main() {
    // The check runs on a thread with a large stack, as `ncc` runs it.
    lib_nix::run_with_stack(|| {
        let mut c = Criterion::default().configure_from_args();
        bench(&mut c, "flake-fleet/all-files-staged", flake_fleet(), 2);
        bench(
            &mut c,
            "generated-200-files-5-hosts/all-files-staged",
            generated(),
            repo::HOSTS.len(),
        );
        c.final_summary();
    });
}
