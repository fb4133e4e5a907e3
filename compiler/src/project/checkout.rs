//! The search-path names a repository gives its own checkout. A channel-era repository
//! often puts itself on `NIX_PATH` (`nix-build -I infra=$PWD`, a deployment tool's `-I`)
//! and imports its files as `<infra/modules/nixos>` or `"${<infra>}/hosts/web"`; nothing
//! in the repository says so, and ncc does not read `NIX_PATH` for a host. So it infers
//! the names from the repository's own lookups, and reads such a lookup there instead of
//! taking it for an external source it does not have.
//!
//! A name is the checkout's when every `<name/path>` the project's `.nix` files look up
//! exists under the root, and there are at least two different such paths, or the root
//! directory bears the name. An external repository that happens to share one path with
//! this one (`<shabka/modules/nixos>` beside `<shabka/util>`) is not taken for it, nor is
//! `<nixpkgs>`, which ncc stands in for itself. The lookups come from the tokens: a
//! `<...>` in a string or a comment counts for nothing.

use std::collections::{BTreeMap, BTreeSet};

use lib_nix::eval::EvalIo;

/// How many `.nix` files the project's lookups are read from, at most.
const MAX_FILES: usize = 20_000;

/// The names under which the project at `root` (absolute, canonical) imports itself
/// through the search path, sorted.
pub fn own_names(io: &dyn EvalIo, root: &str) -> Vec<String> {
    let mut lookups: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in super::tree::nix_files(io, root, MAX_FILES) {
        let Ok(text) = io.read_file(&file) else {
            continue;
        };
        if !may_look_up(&text) {
            continue;
        }
        for lookup in lib_nix::syntax::search_path_lookups(&text) {
            let (name, path) = lookup.split_once('/').unwrap_or((lookup, ""));
            let paths = lookups.entry(name.to_owned()).or_default();
            if !path.is_empty() {
                paths.insert(path.to_owned());
            }
        }
    }
    let root_name = root.rsplit('/').next().unwrap_or("");
    lookups
        .into_iter()
        .filter(|(name, paths)| {
            name != "nixpkgs"
                && !paths.is_empty()
                && (paths.len() >= 2 || name == root_name)
                && paths.iter().all(|path| exists_inside(io, root, path))
        })
        .map(|(name, _)| name)
        .collect()
}

/// Whether `text` may hold a lookup of a search path other than nixpkgs: a `<` followed
/// by a name and `/` or `>`. Most files hold none, and tokenizing every file of a large
/// project is what this spares (a repository of 400 files: 46 ms, for every host that
/// looks up `<home-manager/nixos>`).
fn may_look_up(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|start| {
        let rest = &bytes[start + 1..];
        let length = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'))
            .count();
        length > 0 && matches!(rest.get(length), Some(b'/' | b'>')) && &rest[..length] != b"nixpkgs"
    })
}

/// Whether `root/path` exists and lies inside `root`, `..` resolved.
fn exists_inside(io: &dyn EvalIo, root: &str, path: &str) -> bool {
    let candidate = lib_nix::path::canonicalize(&format!("{root}/{path}"));
    candidate.starts_with(&format!("{}/", root.trim_end_matches('/')))
        && io.check_access(&candidate).is_ok()
        && io.path_exists(&candidate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lib_nix::eval::MemoryIo;

    fn project(files: &[(&str, &str)]) -> MemoryIo {
        let mut io = MemoryIo::new();
        for (path, text) in files {
            io.files
                .insert(format!("/work/repo/{path}"), (*text).to_owned());
        }
        io
    }

    #[test]
    fn a_name_whose_every_lookup_is_in_the_checkout_is_the_checkout() {
        let io = project(&[
            (
                "hosts/a.nix",
                "{ imports = [ <infra/modules/nixos> <mylib/util> ]; }",
            ),
            (
                "hosts/b.nix",
                "with import <infra/data> { }; { x = <mylib/modules/nixos>; }",
            ),
            ("modules/nixos/default.nix", "{ }"),
            ("data/default.nix", "{ }: { }"),
        ]);
        // <mylib/modules/nixos> exists here too, but <mylib/util> does not.
        assert_eq!(own_names(&io, "/work/repo"), ["infra"]);
    }

    #[test]
    fn one_lookup_is_enough_only_under_the_root_directory_name() {
        let io = project(&[
            (
                "a.nix",
                "{ imports = [ <repo/b.nix> <home-manager/nixos> ]; }",
            ),
            ("b.nix", "{ }"),
            ("nixos/default.nix", "{ }"),
        ]);
        assert_eq!(own_names(&io, "/work/repo"), ["repo"]);
    }

    #[test]
    fn only_files_that_may_look_up_a_name_are_tokenized() {
        assert!(may_look_up("{ imports = [ <infra/modules> ]; }"));
        assert!(may_look_up("import <infra>"));
        assert!(!may_look_up(
            "{ x = a < b; y = a <b; z = <nixpkgs/lib>; w = <nixpkgs>; }"
        ));
    }

    #[test]
    fn lookups_in_strings_comments_nixpkgs_and_outside_the_root_do_not_count() {
        let io = project(&[
            (
                "a.nix",
                "# <x/a.nix> <x/b.nix>\n{ s = \"<x/a.nix> <x/b.nix>\"; n = [ <nixpkgs/a.nix> <nixpkgs/b.nix> ]; o = [ <up/a.nix> <up/../repo/b.nix> <up/../../etc> ]; }",
            ),
            ("b.nix", "{ }"),
        ]);
        assert!(own_names(&io, "/work/repo").is_empty());
    }
}
