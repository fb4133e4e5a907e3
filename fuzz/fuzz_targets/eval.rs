//! Any text evaluates as `ncc eval --expr` does (strictly, then printed in Nix syntax
//! and as JSON) without a panic, a stack overflow or a hang: every run ends in a value
//! or an error within the evaluator's limits.

#![no_main]

use lib_nix::eval::{print, Evaluator, MemoryIo};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_owned();
    lib_nix::run_with_stack(move || {
        // The input can import itself, and one more file.
        let io = MemoryIo::new()
            .with_file("/fuzz/input.nix", &text)
            .with_file(
                "/fuzz/lib.nix",
                "{ id = x: x; list = [ 1 2 3 ]; set = { a = 1; }; }",
            );
        let mut evaluator = Evaluator::new(&io);
        let (body, diagnostics) = evaluator.load_source("input.nix", "/fuzz/input.nix", &text);
        if !diagnostics.is_empty() {
            return;
        }
        let span = evaluator.ir.span(body.root);
        let Ok(value) = evaluator.eval_body(body) else {
            return;
        };
        if evaluator.deep_force(&value, span).is_err() {
            return;
        }
        let _ = print::print_value(&mut evaluator, &value, span);
        let _ = print::to_json(&mut evaluator, &value, span);
    });
});
