//! What a process keeps of the work it did for a text, for the evaluators after it: the
//! syntax trees of `syntax::memo`, the lowered files of `eval::lowered`.
//!
//! Each such table is process-wide, behind a lock, since hosts are checked on several
//! threads. It remembers the texts it has seen (so that work is kept only for a text met
//! a second time, where that is the rule), and it is emptied when what it keeps passes a
//! budget, so that a long-running process (the language server, with a new text at each
//! edit) cannot grow it without bound.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, MutexGuard};

/// One table of kept work, by the hash of what it was made from.
pub struct Kept<V> {
    seen: HashSet<u64>,
    kept: HashMap<u64, V>,
    kept_bytes: usize,
    /// How many bytes what is kept may stand for before the table is emptied.
    budget: usize,
    /// How many hashes of texts seen are remembered before that list is emptied.
    seen_limit: usize,
}

/// A process-wide table.
pub type Shared<V> = LazyLock<Mutex<Kept<V>>>;

impl<V> Kept<V> {
    pub fn new(budget: usize, seen_limit: usize) -> Mutex<Kept<V>> {
        Mutex::new(Kept {
            seen: HashSet::new(),
            kept: HashMap::new(),
            kept_bytes: 0,
            budget,
            seen_limit,
        })
    }

    /// The table, whatever a thread that panicked while holding it left: whole entries.
    pub fn lock(table: &'static Shared<V>) -> MutexGuard<'static, Kept<V>> {
        table
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn get(&self, key: u64) -> Option<&V> {
        self.kept.get(&key)
    }

    /// Whether `key` was seen before; it is seen from now on.
    pub fn seen_before(&mut self, key: u64) -> bool {
        if self.seen.len() >= self.seen_limit {
            self.seen.clear();
        }
        !self.seen.insert(key)
    }

    /// Keeps `value`, which stands for `size` bytes, emptying the table first if it would
    /// pass its budget.
    pub fn keep(&mut self, key: u64, value: V, size: usize) {
        if self.kept_bytes + size > self.budget {
            self.kept.clear();
            self.kept_bytes = 0;
        }
        self.kept_bytes += size;
        self.kept.insert(key, value);
    }
}
