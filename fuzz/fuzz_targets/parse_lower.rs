//! Any text parses and lowers without a panic, in time, and every problem found has a
//! range inside the text on character boundaries (the renderer slices the text there).

#![no_main]

use lib_nix::diagnostic::FileId;
use lib_nix::ir::Ir;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_owned();
    lib_nix::run_with_stack(move || {
        let parsed = lib_nix::syntax::parse(&text);
        for error in &parsed.errors {
            assert!(error.start <= error.end, "{error:?}");
            assert!(error.end as usize <= text.len(), "{error:?}");
        }
        let mut ir = Ir::default();
        let (_, diagnostics) =
            lib_nix::lower::lower(&parsed.root, FileId::new(0), "/fuzz", &mut ir, &|name| {
                matches!(
                    name,
                    "builtins" | "true" | "false" | "null" | "import" | "toString"
                )
            });
        for diagnostic in &diagnostics {
            let span = diagnostic.span;
            assert!(span.start <= span.end, "{span:?}");
            assert!(span.end as usize <= text.len(), "{span:?}");
            assert!(text.is_char_boundary(span.start as usize), "{span:?}");
            assert!(text.is_char_boundary(span.end as usize), "{span:?}");
        }
    });
});
