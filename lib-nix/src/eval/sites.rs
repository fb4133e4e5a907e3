//! Where each option's winning definition was written, as merging finds it. The
//! evaluator keeps these records for the module system, which fills and reads them.
//!
//! Merging records every option it merges (tens of thousands in a large fleet), while
//! only a diagnostic asks where one was written, and a clean run may never ask. So a
//! record is one push onto a log, and the log is indexed by location when first asked.

use std::cell::RefCell;

use crate::diagnostic::Span;
use crate::name::{FxHashMap, Name};

/// The span of each option's (or list element's, or attribute's) definition, by its
/// location: `["containers", "web", "hostAddress"]`.
#[derive(Debug, Default, Clone)]
pub struct DefinitionSites {
    /// Records not yet in `index`, in the order they were made.
    log: RefCell<Vec<(Vec<Name>, Span, Keep)>>,
    index: RefCell<FxHashMap<Vec<Name>, Span>>,
}

/// Which of several records of one location counts.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// This one, replacing what came before: an option's winning definition.
    Last,
    /// The first one: an attribute defined in several places, located at its first.
    First,
}

impl DefinitionSites {
    /// `loc` was defined at `span`; this replaces what was recorded for it before.
    pub fn record(&mut self, loc: &[Name], span: Span) {
        self.push(loc.to_vec(), span, Keep::Last);
    }

    /// `loc` was defined at `span`, unless something was recorded for it before.
    pub fn record_first(&mut self, loc: Vec<Name>, span: Span) {
        self.push(loc, span, Keep::First);
    }

    fn push(&mut self, loc: Vec<Name>, span: Span, keep: Keep) {
        self.log.get_mut().push((loc, span, keep));
    }

    /// Where `loc` was defined, if that was recorded.
    pub fn get(&self, loc: &[Name]) -> Option<Span> {
        self.catch_up();
        self.index.borrow().get(loc).copied()
    }

    /// Calls `visit` with every recorded location, in no particular order.
    pub fn for_each_location(&self, mut visit: impl FnMut(&[Name])) {
        self.catch_up();
        for loc in self.index.borrow().keys() {
            visit(loc);
        }
    }

    /// Moves the log into the index, in order, so later records win or lose as they should.
    fn catch_up(&self) {
        let mut log = self.log.borrow_mut();
        if log.is_empty() {
            return;
        }
        let mut index = self.index.borrow_mut();
        index.reserve(log.len());
        for (loc, span, keep) in log.drain(..) {
            match keep {
                Keep::Last => {
                    index.insert(loc, span);
                }
                Keep::First => {
                    index.entry(loc).or_insert(span);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::FileId;

    fn at(start: u32) -> Span {
        Span::new(FileId(0), start, start + 1)
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
}
