//! String context: the store paths a string refers to, tracked as Nix tracks them, so that
//! `hasContext`, `getContext` and a derivation's inputs come out as Nix's.
//!
//! Almost no string has a context (only what derivations, `storePath`, `toFile` and
//! `appendContext` make, and what is built from those), so a string without one must cost
//! nothing: `Value::String` stays a bare `Rc<str>`, and the contexts live in a side table
//! of the evaluator keyed by the address of the string's allocation. Each entry holds a
//! `Weak` to that allocation, which keeps the address from being reused while the entry
//! lives, so a key can never come to name another string. Copying a string's text into a
//! new allocation drops its context, as `unsafeDiscardStringContext` does; the evaluator's
//! string operations carry it over explicitly. With the table empty, asking for a string's
//! context is one length check.

use std::collections::BTreeSet;
use std::rc::{Rc, Weak};

use crate::name::FxHashMap;

/// One element of a context, as Nix encodes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContextElement {
    /// A store path itself (a source, a `toFile`, a `.drv` file as a file).
    Path(Rc<str>),
    /// A derivation and everything it builds (`drv.drvPath`): `=/nix/store/...drv`.
    AllOutputs(Rc<str>),
    /// One output of a derivation (`drv.outPath`): `!out!/nix/store/...drv`.
    Output {
        derivation: Rc<str>,
        output: Rc<str>,
    },
}

impl ContextElement {
    /// The store path the element is about: the path, or the derivation's `.drv` path.
    pub fn store_path(&self) -> &str {
        match self {
            ContextElement::Path(path) | ContextElement::AllOutputs(path) => path,
            ContextElement::Output { derivation, .. } => derivation,
        }
    }
}

/// The context of a string: a set of elements, in Nix's order.
pub type Context = BTreeSet<ContextElement>;

/// Contexts of the strings that have one, by the address of the string's allocation.
#[derive(Default)]
pub(crate) struct ContextTable {
    entries: FxHashMap<usize, (Weak<str>, Rc<Context>)>,
    /// How many entries may be held before those whose strings are gone are swept out.
    sweep_at: usize,
}

fn address(text: &Rc<str>) -> usize {
    Rc::as_ptr(text) as *const u8 as usize
}

impl ContextTable {
    /// The context of `text`, if it has one.
    pub fn get(&self, text: &Rc<str>) -> Option<&Rc<Context>> {
        if self.entries.is_empty() {
            return None;
        }
        self.entries.get(&address(text)).map(|(_, context)| context)
    }

    /// Gives `text` the context `context` (which must not be empty).
    pub fn attach(&mut self, text: &Rc<str>, context: Rc<Context>) {
        if self.entries.len() >= self.sweep_at {
            self.entries.retain(|_, (weak, _)| weak.strong_count() > 0);
            self.sweep_at = (self.entries.len() * 2).max(1024);
        }
        self.entries
            .insert(address(text), (Rc::downgrade(text), context));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_context_stays_with_its_string_and_no_other() {
        let mut table = ContextTable::default();
        let with: Rc<str> = Rc::from("/nix/store/x");
        let same_text: Rc<str> = Rc::from("/nix/store/x");
        let context: Context = [ContextElement::Path(Rc::from("/nix/store/x"))].into();
        table.attach(&with, Rc::new(context.clone()));
        assert_eq!(table.get(&with.clone()).map(|c| &**c), Some(&context));
        assert!(table.get(&same_text).is_none());
        // Once the string is gone its allocation stays reserved by the entry, so a new
        // string can never be taken for it; the sweep then drops the entry.
        drop(with);
        for _ in 0..2000 {
            let other: Rc<str> = Rc::from("/nix/store/x");
            assert!(table.get(&other).is_none());
            table.attach(&other, Rc::new(context.clone()));
        }
        assert!(table.entries.len() <= 2048);
    }
}
