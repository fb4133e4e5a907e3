//! `ncc lsp`'s re-check after an edit (issue 17: under 20 ms for an ordinary host): the
//! host the editor changed, checked through the server's overlay of unsaved buffers, its
//! diagnostics converted and sorted by file, as the worker thread does after each edit.
//!
//! The host is `testdata/examples/webhost.nix` with one edit in the buffer (a timeout
//! changed, so that nothing is cached between iterations that an edit would not also
//! leave), and `testdata/examples/lab.nix` with a typo typed in (`enableTn`), whose
//! diagnostic carries a fix.
//!
//! `ncc-check/...` times `compiler::check` alone on the same input, for comparison.
//!
//! `cargo bench -p compiler --bench lsp`

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use compiler::io::ConfinedIo;
use compiler::lsp::{check_host, OverlayIo, DEFAULT_DOCS_BASE_URL};
use criterion::Criterion;

// The allocator `ncc` itself runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn recheck(criterion: &mut Criterion, file: &str, edit: (&str, &str)) {
    let root =
        std::fs::canonicalize(Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/examples"))
            .expect("testdata/examples exists");
    let path = root.join(file);
    let saved = std::fs::read_to_string(&path).expect("the host is readable");
    assert!(
        saved.contains(edit.0),
        "{file} no longer contains {:?}",
        edit.0
    );
    let edited = saved.replacen(edit.0, edit.1, 1);
    let buffers: HashMap<PathBuf, Arc<str>> =
        HashMap::from([(path.clone(), Arc::from(edited.as_str()))]);
    let io = OverlayIo::new(
        Arc::new(buffers),
        ConfinedIo::new(root.clone()),
        Arc::new(AtomicBool::new(false)),
    );
    let report = check_host(&path, file, &edited, &root, &io, DEFAULT_DOCS_BASE_URL);
    assert!(report.files.contains(&path));
    criterion.bench_function(&format!("lsp-recheck/{file}"), |b| {
        b.iter(|| check_host(&path, file, &edited, &root, &io, DEFAULT_DOCS_BASE_URL))
    });
    // The same check as `ncc check` runs it, for the server's overhead beside it.
    let absolute = path.to_string_lossy().into_owned();
    criterion.bench_function(&format!("ncc-check/{file}"), |b| {
        b.iter(|| compiler::check(file, &absolute, &edited, &io))
    });
}

fn main() {
    // The server's worker thread has the same large stack.
    lib_nix::run_with_stack(|| {
        let mut criterion = Criterion::default().configure_from_args();
        recheck(
            &mut criterion,
            "webhost.nix",
            ("timeoutStartSec = \"3min\"", "timeoutStartSec = \"4min\""),
        );
        recheck(&mut criterion, "lab.nix", ("enableTun", "enableTn"));
        criterion.final_summary();
    });
}
