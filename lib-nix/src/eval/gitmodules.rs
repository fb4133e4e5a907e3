//! Which paths lie in a git submodule a checkout has not fetched: a repository that pins
//! another (nixpkgs, home-manager) as a submodule (`.gitmodules`) holds only its commit,
//! and a clone made without `--recurse-submodules`, as CI and pre-commit often make it,
//! has an empty directory there. On its owner's machine the submodule is checked out and
//! Nix reads it; ncc treats what lies there as an external source, as it treats a flake
//! input. Read through [`EvalIo`](super::EvalIo) like any other file.

/// The directory of the submodule that holds `path` (absolute, `/`-separated), when
/// `path` itself is missing: `read` gives the text of a file (a `.gitmodules`), `exists`
/// tells whether a path exists. The `.gitmodules` files are looked for from the path's
/// directory up to the top of the repository (the directory holding `.git`).
pub fn unfetched_submodule(
    read: &dyn Fn(&str) -> Option<String>,
    exists: &dyn Fn(&str) -> bool,
    path: &str,
) -> Option<String> {
    let path = path.trim_end_matches('/');
    let (mut directory, _) = path.rsplit_once('/')?;
    loop {
        if let Some(text) = read(&format!("{directory}/.gitmodules")) {
            let found = submodule_paths(&text)
                .into_iter()
                .map(|relative| format!("{directory}/{relative}"))
                .find(|submodule| path.starts_with(&format!("{submodule}/")));
            if found.is_some() {
                return found;
            }
        }
        if exists(&format!("{directory}/.git")) {
            return None;
        }
        directory = directory.rsplit_once('/')?.0;
    }
}

/// The `path = ...` values of a `.gitmodules` file, relative to its directory.
fn submodule_paths(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (key, value) = line.trim().split_once('=')?;
            (key.trim() == "path").then(|| {
                value
                    .trim()
                    .trim_matches('"')
                    .trim_start_matches("./")
                    .trim_end_matches('/')
                    .to_owned()
            })
        })
        .filter(|relative| !relative.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GITMODULES: &str = r#"[submodule "modules/nixpkgs"]
	path = modules/nixpkgs-unstable
	url = https://github.com/NixOS/nixpkgs.git
	branch = nixos-unstable
[submodule "modules/home-manager-stable"]
	path = modules/home-manager-stable
	url = https://github.com/nix-community/home-manager.git
"#;

    fn found(path: &str) -> Option<String> {
        unfetched_submodule(
            &|name| (name == "/r/.gitmodules").then(|| GITMODULES.to_owned()),
            &|name| name == "/r/.git",
            path,
        )
    }

    #[test]
    fn a_path_below_a_submodule_is_in_it() {
        assert_eq!(
            found("/r/modules/home-manager-stable/nixos"),
            Some("/r/modules/home-manager-stable".to_owned())
        );
        assert_eq!(
            found("/r/modules/nixpkgs-unstable/lib/default.nix"),
            Some("/r/modules/nixpkgs-unstable".to_owned())
        );
        assert_eq!(found("/r/modules/home-manager-stable-2/nixos"), None);
        assert_eq!(found("/r/modules/nixpkgs/nixos"), None);
        assert_eq!(found("/r/hosts/web.nix"), None);
    }
}
