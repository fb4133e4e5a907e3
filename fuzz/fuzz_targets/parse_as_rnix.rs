//! ncc's own parse of a well-formed text is rnix's tree, and a text rnix finds an error
//! in keeps its errors: `syntax::parse` (ncc's tokenizer and well-formed parser, rnix
//! for the rest) against rnix alone, on any text.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_owned();
    lib_nix::run_with_stack(move || {
        let ours = lib_nix::syntax::parse(&text);
        let theirs = rnix::Root::parse(&text);
        if !theirs.errors().is_empty() {
            assert!(!ours.errors.is_empty(), "rnix finds {:?}", theirs.errors());
            return;
        }
        // The screen refuses some texts rnix parses (too deep, too long): only errors.
        if !ours.errors.is_empty() {
            return;
        }
        let ours = rowan::ast::AstNode::syntax(&ours.root).green().to_owned();
        assert_eq!(ours, theirs.syntax().green().to_owned(), "{text:?}");
    });
});
