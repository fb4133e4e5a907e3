//! Syntax trees kept for texts parsed more than once in a process.
//!
//! Every host of a repository is checked in an evaluator of its own, and each parses
//! the files it imports: a module that eighteen hosts import was parsed eighteen times,
//! half of checking such a repository. A tree is immutable and shared between threads
//! (rowan's green tree), so a text the size of a module keeps its tree from its first
//! parse, and later parses take it. A larger text keeps its tree from its second parse:
//! one parsed once (a fleet of 10,000 containers in one file) keeps nothing but its
//! hash, so a single large file costs no memory after its check.
//!
//! The table is emptied when the texts it keeps pass a budget, so that a long-running
//! process (the language server, parsing each edit) cannot grow it without bound.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, LazyLock};

use super::{Parse, SyntaxError};
use crate::kept::{Kept, Shared};

/// How many bytes of text the kept trees may stand for before the table is emptied: a
/// tree takes several times its text (the 578 KB of a real 18-host flake, about half of
/// it kept, grew the run by 3 MB), and the largest repositories surveyed hold under 1 MB
/// of Nix.
const KEPT_BYTES: usize = 8 << 20;
/// How many texts seen once are remembered before that list is emptied.
const SEEN: usize = 1 << 16;
/// The longest text kept from its first parse: a module file (of the 3,716 `.nix`
/// files of the 36 repositories surveyed, the median is 910 bytes, 99% are under 15 KB
/// and two are over 64 KB).
const KEPT_AT_FIRST: usize = 64 << 10;

struct Tree {
    text: Arc<str>,
    green: rowan::GreenNode,
    errors: Vec<SyntaxError>,
}

static TABLE: Shared<Tree> = LazyLock::new(|| Kept::new(KEPT_BYTES, SEEN));

/// The parse of `text`: a tree kept from before, or `parse`'s, kept when `text` is
/// short or has been seen before.
pub(super) fn parse(text: &str, parse: impl FnOnce(&str) -> Parse) -> Parse {
    let hash = {
        let mut hasher = DefaultHasher::new();
        text.hash(&mut hasher);
        hasher.finish()
    };
    let keep = {
        let mut table = Kept::lock(&TABLE);
        if let Some(kept) = table.get(hash).filter(|kept| &*kept.text == text) {
            return Parse {
                root: rowan::ast::AstNode::cast(rnix::SyntaxNode::new_root(kept.green.clone()))
                    .expect("a kept tree is a parsed root"),
                errors: kept.errors.clone(),
            };
        }
        text.len() <= KEPT_AT_FIRST || table.seen_before(hash)
    };
    let parsed = parse(text);
    if keep {
        let green = rowan::ast::AstNode::syntax(&parsed.root).green().to_owned();
        let tree = Tree {
            text: Arc::from(text),
            green,
            errors: parsed.errors.clone(),
        };
        Kept::lock(&TABLE).keep(hash, tree, text.len());
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parses_of(text: &str, times: usize) -> usize {
        let calls = std::cell::Cell::new(0);
        let counted = |text: &str| {
            calls.set(calls.get() + 1);
            crate::syntax::parse_uncached(text)
        };
        for _ in 0..times {
            let parsed = parse(text, counted);
            assert_eq!(rowan::ast::AstNode::syntax(&parsed.root).to_string(), text);
        }
        calls.get()
    }

    #[test]
    fn a_module_sized_text_is_parsed_once() {
        assert_eq!(parses_of("{ a = 1; b = [ 2 3 ]; } # memo test", 3), 1);
    }

    #[test]
    fn a_large_text_keeps_its_tree_from_its_second_parse() {
        let text = format!("[ {} ] # memo test", "1 ".repeat(KEPT_AT_FIRST));
        assert_eq!(parses_of(&text, 3), 2);
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
