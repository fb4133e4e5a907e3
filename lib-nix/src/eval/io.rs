//! The evaluator's only door to files. The compiler confines it to a project root;
//! tests use an in-memory map.

use std::collections::BTreeMap;

/// Reads files for `import`, `readFile` and `pathExists`. Paths are absolute, canonical
/// strings as Nix path values hold them.
pub trait EvalIo {
    /// The text of a file, or a message saying why it cannot be read.
    fn read_file(&self, path: &str) -> Result<String, String>;
    fn path_exists(&self, path: &str) -> bool;
    fn is_directory(&self, path: &str) -> bool;

    /// Whether the evaluation may look at `path` at all; the message says why not. The
    /// evaluator asks before `import`, `readFile`, `pathExists` and a path copied into a
    /// string, so a path outside a confined root is an error, never a read and never a
    /// quiet `false`.
    fn check_access(&self, path: &str) -> Result<(), String> {
        let _ = path;
        Ok(())
    }

    /// The entries of a directory for `builtins.readDir`: each name with its type as Nix
    /// names it (`regular`, `directory`, `symlink`, `unknown`), in any order.
    fn read_dir(&self, path: &str) -> Result<Vec<(String, &'static str)>, String> {
        Err(format!("reading directory '{path}': not supported here"))
    }
}

/// Files held in memory, for tests and for `--expr`.
#[derive(Debug, Default, Clone)]
pub struct MemoryIo {
    pub files: BTreeMap<String, String>,
}

impl MemoryIo {
    pub fn new() -> MemoryIo {
        MemoryIo::default()
    }

    pub fn with_file(mut self, path: &str, text: &str) -> MemoryIo {
        self.files.insert(path.to_owned(), text.to_owned());
        self
    }
}

impl EvalIo for MemoryIo {
    fn read_file(&self, path: &str) -> Result<String, String> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| format!("opening file '{path}': No such file or directory"))
    }

    fn path_exists(&self, path: &str) -> bool {
        self.files.contains_key(path) || self.is_directory(path)
    }

    fn is_directory(&self, path: &str) -> bool {
        let prefix = format!("{}/", path.trim_end_matches('/'));
        self.files.keys().any(|file| file.starts_with(&prefix))
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, &'static str)>, String> {
        if !self.is_directory(path) {
            return Err(format!(
                "opening directory '{path}': No such file or directory"
            ));
        }
        let prefix = format!("{}/", path.trim_end_matches('/'));
        let mut entries: BTreeMap<String, &'static str> = BTreeMap::new();
        for file in self.files.keys() {
            if let Some(rest) = file.strip_prefix(&prefix) {
                match rest.split_once('/') {
                    Some((directory, _)) => entries.insert(directory.to_owned(), "directory"),
                    None => entries.insert(rest.to_owned(), "regular"),
                };
            }
        }
        Ok(entries.into_iter().collect())
    }
}
