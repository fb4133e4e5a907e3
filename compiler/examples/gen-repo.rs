//! Writes the generated repository of 200 `.nix` files and 5 hosts (see
//! `benches/common/repo.rs`) into a directory, for timing `ncc check` on it as
//! pre-commit runs it with every file staged.
//!
//! ```sh
//! cargo run --release -p compiler --example gen-repo -- DIR
//! cd DIR && ncc check $(find . -name '*.nix')
//! ```

#[path = "../benches/common/repo.rs"]
mod repo;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), None) = (args.next(), args.next()) else {
        eprintln!("usage: gen-repo DIR");
        return ExitCode::from(2);
    };
    let dir = std::path::Path::new(&dir);
    for (path, text) in repo::generate() {
        let target = dir.join(&path);
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, text));
        if let Err(error) = written {
            eprintln!("gen-repo: writing {}: {error}", target.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::repo::{generate, HOSTS};

    #[test]
    fn two_hundred_files_five_hosts() {
        let files = generate();
        assert_eq!(files.len(), 200);
        assert!(files.keys().all(|path| path.ends_with(".nix")));
        assert_eq!(
            files
                .keys()
                .filter(|path| path.ends_with("hardware-configuration.nix"))
                .count(),
            HOSTS.len()
        );
        assert_eq!(generate(), files, "the same files every time");
    }
}
