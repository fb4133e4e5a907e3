//! Attribute and variable names: cheap to clone, ordered bytewise as Nix orders them.
//!
//! Names written in source and by the module system are interned per thread: every
//! `privateNetwork` of a 10,000-container host is one allocation, and comparing two
//! interned names starts with their addresses.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::hash::Hasher;
use std::rc::Rc;

/// A name is one pointer wide (the text's box behind a counted pointer), not two: an
/// attribute entry, which holds one, is then 40 bytes, not 48, and entries are a quarter
/// of what checking a fleet keeps (4% less memory at 10,000 containers).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Name(Rc<Box<str>>);

impl Ord for Name {
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        if Rc::ptr_eq(&self.0, &other.0) {
            return std::cmp::Ordering::Equal;
        }
        compare_bytes(self.0.as_bytes(), other.0.as_bytes())
    }
}

/// Bytewise order, as `<[u8]>::cmp`, without a call to `memcmp`: names are short, and
/// attribute lookups and sorts compare them millions of times, where the call costs more
/// than the comparison.
#[inline]
pub fn compare_bytes(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Past this many distinct names (hostile input), new ones are no longer interned.
const MAX_INTERNED: usize = 1 << 18;

thread_local! {
    // Sized for the names of ncc's own sources and a host, so that interning them at
    // start-up does not grow the table again and again.
    static INTERNED: RefCell<HashSet<Name, BuildFx>> =
        RefCell::new(HashSet::with_capacity_and_hasher(2048, BuildFx));
}

impl Name {
    pub fn new(text: &str) -> Name {
        INTERNED
            .try_with(|interned| {
                let mut interned = interned.borrow_mut();
                if let Some(found) = interned.get(text) {
                    return found.clone();
                }
                let name = Name::uninterned(text);
                if interned.len() < MAX_INTERNED {
                    interned.insert(name.clone());
                }
                name
            })
            .unwrap_or_else(|_| Name::uninterned(text))
    }

    /// A name of its own, equal to every other of the same text but not shared with them.
    fn uninterned(text: &str) -> Name {
        Name(Rc::new(Box::from(text)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Name {
        Name::new(text)
    }
}

/// A string made while evaluating (`"web${toString n}"` as a key): not interned, as
/// such keys are rarely met twice.
impl From<Rc<str>> for Name {
    fn from(text: Rc<str>) -> Name {
        Name::uninterned(&text)
    }
}

/// A `HashMap` hashed with FxHash.
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildFx>;
/// A `HashSet` hashed with FxHash.
pub type FxHashSet<K> = std::collections::HashSet<K, BuildFx>;

/// FxHash, as rustc uses it: for keys that are addresses, small integers and short
/// names, where SipHash's resistance to chosen keys buys nothing.
#[derive(Default, Clone, Copy, Debug)]
pub struct BuildFx;

impl std::hash::BuildHasher for BuildFx {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

#[derive(Debug)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    /// Each eight bytes as a little-endian word, the last few zero-padded; the tail is
    /// gathered byte by byte, not copied with a call to `memcpy` (names are short, and
    /// hashed at every interning and lookup).
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let word = tail
                .iter()
                .rev()
                .fold(0u64, |word, byte| (word << 8) | u64::from(*byte));
            self.write_u64(word);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write_u64(u64::from(byte));
    }

    fn write_u32(&mut self, word: u32) {
        self.write_u64(u64::from(word));
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words are the zero-padded little-endian chunks, whatever the length.
    #[test]
    fn hashing_bytes_is_hashing_their_padded_words() {
        let text = b"abcdefghijklmnopqrstuvw";
        for len in 0..=text.len() {
            let mut by_bytes = FxHasher(7);
            by_bytes.write(&text[..len]);
            let mut by_words = FxHasher(7);
            for chunk in text[..len].chunks(8) {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                by_words.write_u64(u64::from_le_bytes(word));
            }
            assert_eq!(by_bytes.finish(), by_words.finish(), "{len} bytes");
        }
    }

    /// What the memory of a fleet is made of (see [`Name`]): a name is one pointer, and an
    /// attribute entry a name, a thunk and two spans.
    #[test]
    fn a_name_is_one_pointer_and_an_entry_five_words() {
        assert_eq!(std::mem::size_of::<Name>(), std::mem::size_of::<usize>());
        assert_eq!(
            std::mem::size_of::<crate::eval::value::AttrEntry>(),
            5 * std::mem::size_of::<usize>()
        );
    }

    #[test]
    fn names_are_interned_and_ordered_bytewise() {
        let (a, b) = (Name::new("privateNetwork"), Name::new("privateNetwork"));
        assert!(Rc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, b);
        let mut names = [
            Name::new("b"),
            Name::new("B"),
            Name::new("a"),
            Name::new("_"),
        ];
        names.sort();
        let sorted: Vec<&str> = names.iter().map(Name::as_str).collect();
        assert_eq!(sorted, ["B", "_", "a", "b"]);
    }
}
