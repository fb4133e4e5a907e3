//! What the wiring reads of a flake's inputs, kept for the flake's hosts after the first.
//!
//! Which kind each input is (`inputKinds`) and which nixpkgs release the flake follows
//! (`nixpkgsReleases`) follow from `flake.nix` and `flake.lock` alone, but every host of
//! a flake is checked in an evaluator of its own, and each read them again: lower-casing
//! each input's url and matching it against every kind ncc knows was a fifth of checking
//! a flake of 63 hosts and 60 inputs. What the first host's evaluator read without an
//! error is kept, by the flake's directory and the texts of both files (Nix reads
//! `inputs` as data and the `outputs` function's arguments from its pattern: nothing
//! else decides them), for every later evaluator of the process.

use std::hash::{DefaultHasher, Hasher};
use std::sync::{Arc, LazyLock};

use lib_nix::kept::{Kept, Shared};

use super::InputKind;

/// The inputs of a flake as the wiring read them.
#[derive(Debug, Clone)]
pub struct InputsRead {
    /// Each input's name and kind, by name.
    pub kinds: Vec<(String, InputKind)>,
    /// What [`lib_nix::eval::Evaluator::library_release`] is set to.
    pub release: Option<String>,
    /// What [`lib_nix::eval::Evaluator::library_carried`] is set to.
    pub carried: Option<String>,
}

struct Entry {
    dir: Box<str>,
    flake: Arc<str>,
    lock: Option<Arc<str>>,
    read: InputsRead,
}

/// A few flakes' worth: a process checks one repository, the language server the few a
/// user has open.
const KEPT_BYTES: usize = 4 << 20;
const SEEN: usize = 1 << 10;

static TABLE: Shared<Entry> = LazyLock::new(|| Kept::new(KEPT_BYTES, SEEN));

fn key(dir: &str, flake: &str, lock: Option<&str>) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(dir.as_bytes());
    hasher.write_u8(0xff);
    hasher.write(flake.as_bytes());
    hasher.write_u8(0xff);
    if let Some(lock) = lock {
        hasher.write(lock.as_bytes());
    }
    hasher.finish()
}

/// What was read of the inputs of the flake at `dir` with these texts, if a host of it
/// was checked before in this process.
pub fn kept(dir: &str, flake: &str, lock: Option<&str>) -> Option<InputsRead> {
    let table = Kept::lock(&TABLE);
    let entry = table.get(key(dir, flake, lock))?;
    (&*entry.dir == dir && &*entry.flake == flake && entry.lock.as_deref() == lock)
        .then(|| entry.read.clone())
}

/// Keeps what was read of the inputs of the flake at `dir` with these texts.
pub fn keep(dir: &str, flake: &str, lock: Option<&str>, read: InputsRead) {
    let size = dir.len() + flake.len() + lock.map_or(0, str::len);
    let entry = Entry {
        dir: dir.into(),
        flake: Arc::from(flake),
        lock: lock.map(Arc::from),
        read,
    };
    Kept::lock(&TABLE).keep(key(dir, flake, lock), entry, size);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_kept_is_found_by_the_same_flake_only() {
        let read = InputsRead {
            kinds: vec![("nixpkgs".to_owned(), InputKind::Nixpkgs)],
            release: None,
            carried: None,
        };
        let flake =
            "{ inputs.nixpkgs.url = \"github:NixOS/nixpkgs\"; outputs = _: { }; } # kept test";
        keep("/kept-test", flake, Some("{ }"), read);
        let found = kept("/kept-test", flake, Some("{ }")).expect("kept");
        assert_eq!(
            found.kinds,
            vec![("nixpkgs".to_owned(), InputKind::Nixpkgs)]
        );
        assert!(kept("/kept-test", flake, None).is_none());
        assert!(kept("/kept-test", flake, Some("{ \"version\": 7 }")).is_none());
        assert!(kept("/other", flake, Some("{ }")).is_none());
    }
}
