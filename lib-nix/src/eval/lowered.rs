//! Lowered files kept for the files a process loads more than once.
//!
//! Every host of a repository is checked in an evaluator of its own, and each lowers the
//! files it imports: with their syntax trees kept (`syntax::memo`), lowering the same
//! modules again for each host was still a quarter of checking an 18-host flake. A file
//! lowered a second time, at the same path with the same text, is written as prepared IR
//! ([`crate::ir::prepared`]), and the evaluators that load it later decode it instead of
//! parsing and lowering it, and only the expressions they evaluate. The path is part of
//! the key because a relative path literal is lowered against the file's directory.
//! Only a file lowered with no problem is kept, so a decoded one needs no diagnostics.
//!
//! The table is emptied when what it keeps passes a budget, so that a long-running
//! process (the language server, lowering each edit) cannot grow it without bound.

use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, LazyLock};

use crate::kept::{Kept, Shared};

/// How many bytes of text and prepared IR the table may hold before it is emptied: a
/// file's prepared IR is a few times its text, and the largest repositories surveyed
/// hold under 1 MB of Nix.
const KEPT_BYTES: usize = 16 << 20;
/// How many files lowered once are remembered before that list is emptied.
const SEEN: usize = 1 << 16;

struct Lowered {
    path: Box<str>,
    text: Arc<str>,
    bytes: Arc<[u8]>,
}

static TABLE: Shared<Lowered> = LazyLock::new(|| Kept::new(KEPT_BYTES, SEEN));

fn key(path: &str, text: &str) -> u64 {
    let mut hasher = crate::name::BuildFx.build_hasher();
    hasher.write(path.as_bytes());
    hasher.write_u8(0xff);
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// The prepared IR kept for `text` at `path`, if it was lowered twice before.
pub(super) fn kept(path: &str, text: &str) -> Option<Arc<[u8]>> {
    let table = Kept::lock(&TABLE);
    let kept = table.get(key(path, text))?;
    (&*kept.path == path && &*kept.text == text).then(|| kept.bytes.clone())
}

/// Notes that `text` at `path` was lowered with no problem; the second time, keeps the
/// prepared IR `encode` writes.
pub(super) fn lowered(path: &str, text: &str, encode: impl FnOnce() -> Vec<u8>) {
    let key = key(path, text);
    if !Kept::lock(&TABLE).seen_before(key) {
        return;
    }
    let bytes: Arc<[u8]> = Arc::from(encode());
    let size = text.len() + bytes.len();
    let lowered = Lowered {
        path: path.into(),
        text: Arc::from(text),
        bytes,
    };
    Kept::lock(&TABLE).keep(key, lowered, size);
}

#[cfg(test)]
mod tests {
    use crate::eval::io::MemoryIo;
    use crate::eval::{print, Evaluator};

    /// Loads `text` as the file `path` in an evaluator of its own, as each host of a
    /// repository is checked: its value printed strictly, the messages of its problems,
    /// and how many expressions the evaluator lowered itself.
    fn load(path: &str, text: &str) -> (String, Vec<String>, u32) {
        let (path, text) = (path.to_owned(), text.to_owned());
        crate::run_with_stack(move || {
            let io = MemoryIo::new().with_file("/r/lib/x.nix", "{ x = 1; }");
            let mut ev = Evaluator::new(&io);
            let (body, diagnostics) = ev.load_source("f.nix", &path, &text);
            let messages = diagnostics.iter().map(|d| d.message()).collect();
            let lowered = ev.ir.next_id().0;
            let span = ev.ir.span(body.root);
            let printed = ev
                .eval_body(body)
                .and_then(|value| {
                    ev.deep_force(&value, span)?;
                    print::print_value(&mut ev, &value, span)
                })
                .unwrap_or_else(|error| format!("{error:?}"));
            (printed, messages, lowered)
        })
    }

    #[test]
    fn a_file_loaded_a_third_time_is_decoded_not_lowered() {
        let text = "let f = a: { inherit a; p = ./lib/x.nix; }; in [ (f 1) (import ./lib/x.nix) ] # kept test 1";
        let first = load("/r/f.nix", text);
        assert!(first.2 > 0);
        assert_eq!(load("/r/f.nix", text), first);
        let third = load("/r/f.nix", text);
        assert_eq!(third.2, 0, "the third load lowers nothing");
        assert_eq!((&third.0, &third.1), (&first.0, &first.1));
        assert_eq!(first.0, r#"[ { a = 1; p = /r/lib/x.nix; } { x = 1; } ]"#);
    }

    #[test]
    fn a_path_literal_is_lowered_against_its_own_file() {
        let text = "./lib/x.nix # kept test 2";
        for _ in 0..3 {
            assert_eq!(load("/r/f.nix", text).0, "/r/lib/x.nix");
        }
        let elsewhere = load("/s/f.nix", text);
        assert_eq!(elsewhere.0, "/s/lib/x.nix");
        assert!(elsewhere.2 > 0);
    }

    #[test]
    fn a_file_with_a_problem_is_never_kept() {
        let text = "{ a = 1; a = 2; } # kept test 3";
        for _ in 0..3 {
            let (_, messages, lowered) = load("/r/f.nix", text);
            assert_eq!(messages.len(), 1, "{messages:?}");
            assert!(lowered > 0);
        }
    }
}
