//! Any text compiles as a host file without a panic or a hang; every diagnostic renders;
//! and a plan, when there is one, is one that `emit` accepts: no path of it leaves the
//! output directory.

#![no_main]

use lib_nix::eval::MemoryIo;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_owned();
    lib_nix::run_with_stack(move || {
        let io = MemoryIo::new()
            .with_file("/fuzz/host.nix", &text)
            .with_file(
                "/fuzz/common.nix",
                "{ lib, ... }: { containers.common = { autoStart = lib.mkDefault true; config = { }; }; }",
            );
        let compilation = compiler::compile("host.nix", "/fuzz/host.nix", &text, &io);
        for diagnostic in &compilation.diagnostics {
            let _ = compiler::render::render(diagnostic, &compilation.sources, false);
        }
        if let Some(plan) = &compilation.plan {
            if let Err(error) = compiler::emit::validate_plan(plan) {
                panic!("compile produced a plan emit refuses: {error}");
            }
            let _ = compiler::emit::manifest(plan);
        }
    });
});
