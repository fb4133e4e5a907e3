//! Compiles one host file in process, repeatedly, and prints how long each compile took:
//! a steady target for `perf record` and `valgrind --tool=callgrind`.
//!
//! ```sh
//! cargo run --release -p compiler --example compile-fleet -- host.nix [RUNS]
//! perf record -g target/release/examples/compile-fleet host.nix 5
//! ```

use std::process::ExitCode;
use std::time::Instant;

// The allocator `ncc` itself runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: compile-fleet FILE [RUNS]");
        return ExitCode::from(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("compile-fleet: {path}: {error}");
            return ExitCode::from(2);
        }
    };
    lib_nix::run_with_stack(move || {
        let io = lib_nix::eval::MemoryIo::new();
        for _ in 0..runs {
            let start = Instant::now();
            let compilation = compiler::compile("host.nix", "/host.nix", &text, &io);
            let elapsed = start.elapsed();
            let containers = compilation.host.as_ref().map_or(0, |h| h.containers.len());
            eprintln!(
                "{containers} containers, {} diagnostics, {:.2} ms",
                compilation.diagnostics.len(),
                elapsed.as_secs_f64() * 1e3
            );
            // Freeing is not part of a compile: ncc exits instead.
            std::mem::forget(compilation);
        }
    });
    ExitCode::SUCCESS
}
