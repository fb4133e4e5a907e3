//! Opaque external sources (DESIGN.md §8.3): `<nixpkgs>` and other search paths,
//! `fetchTarball`, `fetchGit` and the other fetchers, NixOS's own `modulesPath`.
//!
//! ncc reads none of them. Each is a recognisable fake store path, as the `pkgs`
//! stand-in's packages are, so that `modulesPath + "/installer/scan/not-detected.nix"`,
//! `"${src}/nixos"` and `import (fetchTarball url) { }` compute as they do in Nix; what
//! importing such a path gives is decided by the module system (`crate::modules`).

/// The prefix shared by every fake store path ncc makes, packages included.
pub const FAKE_STORE_PREFIX: &str = "/nix/store/00000000000000000000000000000000-ncc-";

/// The prefix of the text that stands for a value of a file ncc does not read, where a
/// string holds one (`"${(import <site/vars.nix>).subnet}.2"`): Nix has that value's
/// own text there, which ncc does not know, and no store path. Unlike a package's, such
/// text cannot be written to a file as if it were the value.
pub const UNREAD_VALUE_PREFIX: &str = "/nix/store/00000000000000000000000000000000-ncc-unread-";

/// The prefix of the fake store path of an external source.
const SOURCE_PREFIX: &str = "/nix/store/00000000000000000000000000000000-ncc-source-";

/// The fake store path of the external source `name` (`nixpkgs`, `home-manager`).
pub fn source_path(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '+' | '-' | '.' | '_' | '?' | '=' => c,
            _ => '-',
        })
        .collect();
    format!("{SOURCE_PREFIX}{name}")
}

/// True for a path inside something ncc made up: an external source or a package.
pub fn is_fake_store_path(path: &str) -> bool {
    path.starts_with(FAKE_STORE_PREFIX)
}

/// Whether the stand-in named `name` is a value of a file ncc does not read (`import
/// <site/vars.nix>`, `import inputs.secrets.varsFile`) or one read out of it
/// (`<site/vars.nix>.mailRelay`), named by that file: it may be null, or of any type,
/// where Nix has it. A package, a package set or a flake input (`pkgs.hello`,
/// `inputs.nixpkgs`) is a set, never null.
pub fn is_unread_file_value(name: &str) -> bool {
    name.starts_with('/') || name.starts_with('<') || MACHINE_LOCAL.iter().any(|m| name.contains(m))
}

/// What ends the name of a file of the project ncc cannot read, which each machine has
/// as its owner keeps it (`secrets.nix (ignored by git)`, see `Evaluator::ignored_name`
/// and its siblings): a value imported from it is a value of a file ncc does not read.
pub const MACHINE_LOCAL: [&str; 4] = [IGNORED_BY_GIT, ENCRYPTED, WRITTEN_BY, IN_SUBMODULE];

/// The end of the name of a file the repository's `.gitignore` leaves out.
pub const IGNORED_BY_GIT: &str = " (ignored by git)";

/// The end of the name of a file the repository keeps encrypted.
pub const ENCRYPTED: &str = " (encrypted)";

/// What follows the name of a file a tool writes on each machine (`hardware-configuration.nix
/// (written by nixos-generate-config on each machine)`).
pub const WRITTEN_BY: &str = " (written by ";

/// What follows the name of a file in a git submodule the checkout has not fetched.
pub const IN_SUBMODULE: &str = " (in the git submodule ";

/// What reading a file at a fake store path would read, for a message: the output of a
/// package of the `pkgs` stand-in (`runCommand`) Nix would build while evaluating, or a
/// file of a source it would fetch.
pub fn contents_of(path: &str) -> String {
    if let Some(value) = path.strip_prefix(UNREAD_VALUE_PREFIX) {
        return format!("the file named by `{value}', a value of a file ncc does not read");
    }
    let package = path
        .strip_prefix(FAKE_STORE_PREFIX)
        .and_then(|rest| rest.strip_prefix("placeholder-"));
    match package {
        Some(rest) => {
            let (name, inner) = rest.split_once('/').unwrap_or((rest, ""));
            let file = if inner.is_empty() {
                String::new()
            } else {
                format!(" (its {inner})")
            };
            format!("the output of `{name}'{file}, built while evaluating")
        }
        None => format!(
            "the contents of `{}', fetched while evaluating",
            describe(path)
        ),
    }
}

/// How a path inside an external source is shown: `<nixpkgs/nixos/modules/x.nix>` for
/// what `<nixpkgs>` gives, the path itself for anything else.
pub fn describe(path: &str) -> String {
    match path.strip_prefix(SOURCE_PREFIX) {
        Some(rest) => format!("<{rest}>"),
        None => path.to_owned(),
    }
}

/// The package of the `pkgs` stand-in and the path inside its output:
/// `("pkgs-patched", "nixos/lib/eval-config.nix")`.
pub fn split_package(path: &str) -> Option<(&str, &str)> {
    let rest = path
        .strip_prefix(FAKE_STORE_PREFIX)?
        .strip_prefix("placeholder-")?;
    Some(rest.split_once('/').unwrap_or((rest, "")))
}

/// The text that stands for the stand-in `name` (`pkgs.hello`, `<site/vars.nix>.subnet`)
/// where it is interpolated: a store path named by its last part (`hello`,
/// `vars.nix>.subnet`), under [`UNREAD_VALUE_PREFIX`] for a value of a file ncc does not
/// read.
pub fn stand_in_text(name: &str, shown: &str) -> String {
    match is_unread_file_value(name) {
        true => format!("{UNREAD_VALUE_PREFIX}{shown}"),
        false => format!("{FAKE_STORE_PREFIX}placeholder-{shown}"),
    }
}

/// Whether `text` holds the text of a value of a file ncc does not read.
pub fn holds_unread_value(text: &str) -> bool {
    text.contains(UNREAD_VALUE_PREFIX)
}

/// The stand-in whose store path a text holds (`hostName` in
/// `".../ncc-placeholder-hostName"`), if it holds one of a package of the stand-in or
/// of a value of a file ncc does not read.
pub fn stand_in_in(text: &str) -> Option<&str> {
    let start = text.find(FAKE_STORE_PREFIX)? + FAKE_STORE_PREFIX.len();
    let rest = &text[start..];
    let rest = rest
        .strip_prefix("placeholder-")
        .or_else(|| rest.strip_prefix("unread-"))?;
    let end = rest.find(['/', ' ', '"']).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The source and the path inside it: `("nixpkgs", "nixos/modules/x.nix")`.
pub fn split_source(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix(SOURCE_PREFIX)?;
    Some(match rest.split_once('/') {
        Some((source, inner)) => (source, inner),
        None => (rest, ""),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_fake_store_paths_shown_as_search_paths() {
        let modules = format!("{}/nixos/modules", source_path("nixpkgs"));
        assert!(is_fake_store_path(&modules));
        assert_eq!(describe(&modules), "<nixpkgs/nixos/modules>");
        assert_eq!(split_source(&modules), Some(("nixpkgs", "nixos/modules")));
        assert_eq!(split_source(&source_path("x")), Some(("x", "")));
        assert!(!is_fake_store_path("/etc/nixos/configuration.nix"));
    }
}
