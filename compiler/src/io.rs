//! The real filesystem behind [`EvalIo`], confined to a project root: nothing outside
//! it can be read, whatever the paths or symlinks say.

use std::path::{Path, PathBuf};

use lib_nix::eval::EvalIo;

/// Reads files under `root` only.
#[derive(Debug, Clone)]
pub struct ConfinedIo {
    root: PathBuf,
}

impl ConfinedIo {
    /// `root` must be an absolute, canonical directory.
    pub fn new(root: PathBuf) -> ConfinedIo {
        ConfinedIo { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The canonical path, if it exists and lies inside the root.
    fn resolve(&self, path: &str) -> Result<PathBuf, String> {
        let canonical = std::fs::canonicalize(path)
            .map_err(|_| format!("getting status of '{path}': No such file or directory"))?;
        if !canonical.starts_with(&self.root) {
            return Err(format!(
                "access to '{path}' is not allowed: it is outside the project root '{}'",
                self.root.display()
            ));
        }
        Ok(canonical)
    }

    /// The nearest directory holding `.git` above `file`, else the file's directory.
    pub fn default_root(file: &Path) -> PathBuf {
        let start = file.parent().unwrap_or(Path::new("/")).to_path_buf();
        let mut current = Some(start.as_path());
        while let Some(dir) = current {
            if dir.join(".git").exists() {
                return dir.to_path_buf();
            }
            current = dir.parent();
        }
        start
    }
}

impl EvalIo for ConfinedIo {
    fn read_file(&self, path: &str) -> Result<String, String> {
        let resolved = self.resolve(path)?;
        let bytes = std::fs::read(&resolved).map_err(|e| format!("reading '{path}': {e}"))?;
        String::from_utf8(bytes).map_err(|_| format!("'{path}' is not valid UTF-8"))
    }

    fn path_exists(&self, path: &str) -> bool {
        self.resolve(path).is_ok()
    }

    fn is_directory(&self, path: &str) -> bool {
        self.resolve(path).map(|p| p.is_dir()).unwrap_or(false)
    }
}
