//! The project's `.nix` files: the one walk every search of a project shares (the hosts
//! that reach a file, the hosts below a directory, the search-path names the checkout
//! gives itself, Lix's features).
//!
//! A directory below the root that is a checkout of its own (it holds `.git`: another
//! repository, a submodule, a worktree) is another project, as it is for a file given
//! inside it, whose root it is: its files are not this project's. A file outside any
//! repository has its own directory for root, and that directory may be a home or a
//! temporary directory holding many checkouts, none of which a host of the file's
//! directory imports.

use lib_nix::eval::{EvalIo, FileKind};

/// How deep below the root directories are searched.
const MAX_DEPTH: usize = 16;

/// The `.nix` files under `root`, at most `limit`, sorted: hidden directories, build
/// outputs and nested checkouts skipped. Read through `io`.
pub fn nix_files(io: &dyn EvalIo, root: &str, limit: usize) -> Vec<String> {
    let mut found = Vec::new();
    let mut directories = vec![(root.trim_end_matches('/').to_owned(), 0usize)];
    while let Some((dir, depth)) = directories.pop() {
        let Ok(mut entries) = io.read_dir(if dir.is_empty() { "/" } else { &dir }) else {
            continue;
        };
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, kind) in entries {
            let path = format!("{dir}/{name}");
            match kind {
                FileKind::Directory
                    if depth < MAX_DEPTH
                        && !skipped_directory(&name)
                        && !io.path_exists(&format!("{path}/.git")) =>
                {
                    directories.push((path, depth + 1));
                }
                FileKind::Regular | FileKind::Symlink if name.ends_with(".nix") => {
                    found.push(path);
                    if found.len() >= limit {
                        found.sort();
                        return found;
                    }
                }
                _ => {}
            }
        }
    }
    found.sort();
    found
}

fn skipped_directory(name: &str) -> bool {
    name.starts_with('.') || matches!(name, "node_modules" | "result" | "target")
}

#[cfg(test)]
mod tests {
    use super::*;
    use lib_nix::eval::MemoryIo;

    #[test]
    fn a_nested_checkout_is_another_project() {
        let mut io = MemoryIo::new();
        for path in [
            "/home/me/container.nix",
            "/home/me/notes/old.nix",
            "/home/me/src/nixpkgs/.git/HEAD",
            "/home/me/src/nixpkgs/default.nix",
            "/home/me/src/dots/.git",
            "/home/me/src/dots/flake.nix",
            "/home/me/.cache/x.nix",
            "/home/me/result/y.nix",
        ] {
            io.files.insert(path.to_owned(), String::new());
        }
        assert_eq!(
            nix_files(&io, "/home/me", 100),
            ["/home/me/container.nix", "/home/me/notes/old.nix"]
        );
        // The root itself may be a checkout.
        assert_eq!(
            nix_files(&io, "/home/me/src/dots", 100),
            ["/home/me/src/dots/flake.nix"]
        );
    }
}
