//! Regular expressions compiled once per pattern and kept, as Nix keeps them (its
//! `RegexCache`): configurations call `builtins.match` with the same few patterns
//! thousands of times (a `types.strMatching` check per value, a parser written with
//! `match`), and compiling a pattern costs far more than matching it.
//!
//! One table per kind of compiled form, shared by the threads that check hosts side by
//! side. A table that fills up is emptied, so that patterns made from data cannot grow it
//! without bound in a long-running process (the language server).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// How many patterns a table keeps before it is emptied.
const CAPACITY: usize = 1024;

pub(super) struct Compiled<T> {
    table: LazyLock<Mutex<HashMap<String, T>>>,
}

impl<T: Clone> Compiled<T> {
    pub(super) const fn new() -> Compiled<T> {
        Compiled {
            table: LazyLock::new(|| Mutex::new(HashMap::new())),
        }
    }

    /// The compiled form of `pattern`: kept from before, or made by `compile` and kept
    /// when it succeeds. Compiling happens outside the lock.
    pub(super) fn get<E>(
        &self,
        pattern: &str,
        compile: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E> {
        if let Some(found) = self.lock().get(pattern) {
            return Ok(found.clone());
        }
        let compiled = compile()?;
        let mut table = self.lock();
        if table.len() >= CAPACITY {
            table.clear();
        }
        table.insert(pattern.to_owned(), compiled.clone());
        Ok(compiled)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, T>> {
        // A thread that panicked while holding the lock left a table of whole entries.
        self.table
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_is_compiled_once_and_failures_are_not_kept() {
        static TABLE: Compiled<usize> = Compiled::new();
        let mut calls = 0;
        let mut compile = |pattern: &str| {
            TABLE.get(pattern, || {
                calls += 1;
                if pattern == "bad" {
                    Err(())
                } else {
                    Ok(pattern.len())
                }
            })
        };
        assert_eq!(compile("abc"), Ok(3));
        assert_eq!(compile("abc"), Ok(3));
        assert_eq!(compile("bad"), Err(()));
        assert_eq!(compile("bad"), Err(()));
        assert_eq!(calls, 3);
    }

    #[test]
    fn a_full_table_is_emptied_not_grown() {
        static TABLE: Compiled<usize> = Compiled::new();
        for i in 0..CAPACITY + 10 {
            let pattern = i.to_string();
            TABLE.get(&pattern, || Ok::<_, ()>(i)).unwrap();
        }
        assert!(TABLE.lock().len() <= CAPACITY);
        assert_eq!(TABLE.get("5", || Ok::<_, ()>(99)), Ok(99));
    }
}
