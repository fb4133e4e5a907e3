//! Syntax trees kept for texts parsed more than once in a process.
//!
//! Every host of a repository is checked in an evaluator of its own, and each parses
//! the files it imports: a module that eighteen hosts import was parsed eighteen times,
//! half of checking such a repository. A tree is immutable and shared between threads
//! (rowan's green tree), so the second parse of a text keeps its tree, and later ones
//! take it. A text parsed once (a host's own file, a fleet of 10,000 containers) keeps
//! nothing but its hash, so a single large file costs no memory after its check.
//!
//! The table is emptied when the texts it keeps pass a budget, so that a long-running
//! process (the language server, parsing each edit) cannot grow it without bound.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use super::{Parse, SyntaxError};

/// How many bytes of text the kept trees may stand for before the table is emptied: a
/// tree takes several times its text (the 578 KB of a real 18-host flake, about half of
/// it kept, grew the run by 3 MB), and the largest repositories surveyed hold under 1 MB
/// of Nix.
const KEPT_BYTES: usize = 8 << 20;
/// How many texts seen once are remembered before that list is emptied.
const SEEN: usize = 1 << 16;

struct Kept {
    text: Arc<str>,
    green: rowan::GreenNode,
    errors: Vec<SyntaxError>,
}

#[derive(Default)]
struct Table {
    seen: HashSet<u64>,
    kept: HashMap<u64, Kept>,
    kept_bytes: usize,
}

static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(Mutex::default);

fn table() -> MutexGuard<'static, Table> {
    // A thread that panicked while holding the lock left whole entries behind.
    TABLE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The parse of `text`: a tree kept from before, or `parse`'s, kept when `text` has been
/// seen before.
pub(super) fn parse(text: &str, parse: impl FnOnce(&str) -> Parse) -> Parse {
    let hash = {
        let mut hasher = DefaultHasher::new();
        text.hash(&mut hasher);
        hasher.finish()
    };
    let seen_before = {
        let mut table = table();
        if let Some(kept) = table.kept.get(&hash).filter(|kept| &*kept.text == text) {
            return Parse {
                root: rowan::ast::AstNode::cast(rnix::SyntaxNode::new_root(kept.green.clone()))
                    .expect("a kept tree is a parsed root"),
                errors: kept.errors.clone(),
            };
        }
        if table.seen.len() >= SEEN {
            table.seen.clear();
        }
        !table.seen.insert(hash)
    };
    let parsed = parse(text);
    if seen_before {
        let mut table = table();
        if table.kept_bytes + text.len() > KEPT_BYTES {
            table.kept.clear();
            table.kept_bytes = 0;
        }
        table.kept_bytes += text.len();
        let green = rowan::ast::AstNode::syntax(&parsed.root).green().to_owned();
        table.kept.insert(
            hash,
            Kept {
                text: Arc::from(text),
                green,
                errors: parsed.errors.clone(),
            },
        );
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_third_parse_of_a_text_is_the_second_ones_tree() {
        let text = "{ a = 1; b = [ 2 3 ]; } # memo test";
        let calls = std::cell::Cell::new(0);
        let counted = |text: &str| {
            calls.set(calls.get() + 1);
            crate::syntax::parse_uncached(text)
        };
        let first = parse(text, counted);
        let second = parse(text, counted);
        let third = parse(text, counted);
        assert_eq!(calls.get(), 2);
        for parsed in [&first, &second, &third] {
            assert_eq!(rowan::ast::AstNode::syntax(&parsed.root).to_string(), text);
        }
    }

    #[test]
    fn a_kept_tree_keeps_its_syntax_errors() {
        let text = "{ a = ; } # memo test with an error";
        let expected = crate::syntax::parse_uncached(text).errors;
        assert!(!expected.is_empty());
        for _ in 0..3 {
            assert_eq!(parse(text, crate::syntax::parse_uncached).errors, expected);
        }
    }
}
