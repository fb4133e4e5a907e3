//! Where each option's winning definition was written, as merging finds it. The
//! evaluator keeps these records for the module system, which fills and reads them.
//!
//! Merging records every option it merges (tens of thousands in a large fleet), while
//! only a diagnostic asks where one was written, and a clean run may never ask. So a
//! record is one push onto a log, and the log is indexed by location when first asked.

use std::cell::RefCell;
use std::hash::BuildHasher;

use hashbrown::HashTable;

use crate::diagnostic::Span;
use crate::name::{BuildFx, Name};

/// The span of each option's (or list element's, or attribute's) definition, by its
/// location: `["containers", "web", "hostAddress"]`.
///
/// A large fleet records hundreds of thousands of locations, so each is stored once, in
/// the log, and the index holds only positions in it (a hash table of `u32`, a tenth of
/// a map keyed by the locations themselves).
#[derive(Debug, Default, Clone)]
pub struct DefinitionSites {
    /// Every record, in the order made; one that no longer counts (a later record of
    /// its location won, or an earlier one kept its place) has its location emptied.
    log: RefCell<Log>,
    /// The position in `log` of the record that counts for each location, for the
    /// first `indexed` records.
    index: RefCell<HashTable<u32>>,
    indexed: std::cell::Cell<usize>,
}

/// The records in chunks of a fixed size: no more than one chunk's room is ever unused,
/// where a vector grown by doubling may leave half of itself.
#[derive(Debug, Default, Clone)]
struct Log {
    chunks: Vec<Vec<Record>>,
}

/// Records per chunk of the log (128 KB).
const CHUNK: usize = 4096;

impl Log {
    fn push(&mut self, record: Record) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(record),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(record);
                self.chunks.push(chunk);
            }
        }
    }

    fn len(&self) -> usize {
        match self.chunks.last() {
            Some(last) => (self.chunks.len() - 1) * CHUNK + last.len(),
            None => 0,
        }
    }
}

impl std::ops::Index<usize> for Log {
    type Output = Record;
    fn index(&self, at: usize) -> &Record {
        &self.chunks[at / CHUNK][at % CHUNK]
    }
}

impl std::ops::IndexMut<usize> for Log {
    fn index_mut(&mut self, at: usize) -> &mut Record {
        &mut self.chunks[at / CHUNK][at % CHUNK]
    }
}

#[derive(Debug, Clone)]
struct Record {
    loc: Box<[Name]>,
    span: Span,
    keep: Keep,
}

/// Which of several records of one location counts.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// This one, replacing what came before: an option's winning definition.
    Last,
    /// The first one: an attribute defined in several places, located at its first.
    First,
}

fn hash(loc: &[Name]) -> u64 {
    BuildFx.hash_one(loc)
}

impl DefinitionSites {
    /// `loc` was defined at `span`; this replaces what was recorded for it before.
    pub fn record(&mut self, loc: &[Name], span: Span) {
        self.push(loc.into(), span, Keep::Last);
    }

    /// `loc` was defined at `span`, unless something was recorded for it before.
    pub fn record_first(&mut self, loc: Vec<Name>, span: Span) {
        self.push(loc.into_boxed_slice(), span, Keep::First);
    }

    fn push(&mut self, loc: Box<[Name]>, span: Span, keep: Keep) {
        self.log.get_mut().push(Record { loc, span, keep });
    }

    /// Where `loc` was defined, if that was recorded.
    pub fn get(&self, loc: &[Name]) -> Option<Span> {
        self.catch_up();
        let log = self.log.borrow();
        self.index
            .borrow()
            .find(hash(loc), |&at| &*log[at as usize].loc == loc)
            .map(|&at| log[at as usize].span)
    }

    /// Calls `visit` with every recorded location, in no particular order.
    pub fn for_each_location(&self, mut visit: impl FnMut(&[Name])) {
        self.catch_up();
        let log = self.log.borrow();
        for &at in self.index.borrow().iter() {
            visit(&log[at as usize].loc);
        }
    }

    /// Indexes the records made since the last lookup, in order, so later records win
    /// or lose as they should.
    fn catch_up(&self) {
        let mut log = self.log.borrow_mut();
        let start = self.indexed.get();
        if start == log.len() {
            return;
        }
        let mut index = self.index.borrow_mut();
        index.reserve(log.len() - start, |&other| hash(&log[other as usize].loc));
        for at in start..log.len() {
            let wanted = hash(&log[at].loc);
            let found = index
                .find_mut(wanted, |&other| log[other as usize].loc == log[at].loc)
                .map(|slot| (slot, log[at].keep));
            let emptied = match found {
                Some((slot, Keep::Last)) => Some(std::mem::replace(slot, at as u32)),
                Some((_, Keep::First)) => Some(at as u32),
                None => {
                    index.insert_unique(wanted, at as u32, |&other| hash(&log[other as usize].loc));
                    None
                }
            };
            if let Some(emptied) = emptied {
                log[emptied as usize].loc = Box::new([]);
            }
        }
        self.indexed.set(log.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::FileId;

    fn at(start: u32) -> Span {
        Span::new(FileId::new(0), start, start + 1)
    }

    #[test]
    fn later_records_win_and_first_records_keep_what_came_before() {
        let a = vec![Name::new("a")];
        let b = vec![Name::new("b")];
        let mut sites = DefinitionSites::default();
        assert_eq!(sites.get(&a), None);
        sites.record(&a, at(1));
        sites.record_first(b.clone(), at(2));
        assert_eq!(sites.get(&a), Some(at(1)));
        // Recorded after a lookup: indexed on the next one.
        sites.record(&a, at(3));
        sites.record_first(b.clone(), at(4));
        sites.record_first(vec![Name::new("c")], at(5));
        sites.record(&[Name::new("c")], at(6));
        assert_eq!(sites.get(&a), Some(at(3)));
        assert_eq!(sites.get(&b), Some(at(2)));
        assert_eq!(sites.get(&[Name::new("c")]), Some(at(6)));
        let mut seen = Vec::new();
        sites.for_each_location(|loc| seen.push(loc[0].as_str().to_owned()));
        seen.sort();
        assert_eq!(seen, ["a", "b", "c"]);
    }

    /// Past one chunk of the log: every location found, the later record winning.
    #[test]
    fn many_records_across_chunks() {
        let loc = |n: usize| vec![Name::new("containers"), Name::new(&format!("c{n}"))];
        let mut sites = DefinitionSites::default();
        let count = 3 * CHUNK + 7;
        for n in 0..count {
            sites.record(&loc(n), at(n as u32));
        }
        assert_eq!(sites.get(&loc(5)), Some(at(5)));
        for n in (0..count).step_by(3) {
            sites.record(&loc(n), at(1_000_000 + n as u32));
            sites.record_first(loc(n), at(2_000_000));
        }
        for n in 0..count {
            let expected = if n % 3 == 0 {
                1_000_000 + n as u32
            } else {
                n as u32
            };
            assert_eq!(sites.get(&loc(n)), Some(at(expected)), "c{n}");
        }
        let mut seen = 0;
        sites.for_each_location(|_| seen += 1);
        assert_eq!(seen, count);
    }
}
