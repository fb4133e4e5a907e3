//! What Lix's experimental features change in the language, for a project that turns
//! them on where it is evaluated: `coerce-integers` interpolates an integer as its
//! decimal text (`"10.0.${subnet}.1"`), which Nix refuses ("cannot coerce an integer to
//! a string"). A project sets it for the machines that evaluate it
//! (`nix.settings.experimental-features = [ "coerce-integers" ];`, `nix.extraOptions`,
//! a flake's `nixConfig`), so its code is written for it.

use lib_nix::eval::EvalIo;

/// Whether a `.nix` file of the project holding the file at `path` names
/// `coerce-integers` outside a comment. The project is the outermost directory above
/// `path` that `io` lets ncc read (the root `import` may not leave).
pub fn coerce_integers(io: &dyn EvalIo, path: &str) -> bool {
    let mut root = lib_nix::path::dir_of(path);
    loop {
        let parent = lib_nix::path::dir_of(&root);
        if parent == root || !io.is_directory(&parent) {
            break;
        }
        root = parent;
    }
    super::tree::nix_files(io, &root, 10_000)
        .iter()
        .filter_map(|file| io.read_file(file).ok())
        .any(|text| names_coerce_integers(&text))
}

/// Whether `text` names `coerce-integers` on a line, before any `#` comment there.
fn names_coerce_integers(text: &str) -> bool {
    text.lines().any(|line| {
        line.find("coerce-integers")
            .is_some_and(|at| !line[..at].contains('#'))
    })
}

#[cfg(test)]
mod tests {
    use super::names_coerce_integers;

    #[test]
    fn a_commented_out_feature_is_off() {
        assert!(names_coerce_integers(
            "nix.settings.experimental-features = [ \"flakes\" \"coerce-integers\" ];"
        ));
        assert!(names_coerce_integers(
            "  experimental-features = nix-command flakes coerce-integers\n"
        ));
        assert!(!names_coerce_integers("  # \"coerce-integers\"\n"));
        assert!(!names_coerce_integers("{ networking.hostName = \"web\"; }"));
    }
}
