//! The editor's open buffers, and the [`EvalIo`] a check reads through: an open buffer
//! first, whether saved or not, and the disk (confined to the project root) otherwise.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use lib_nix::eval::io::FileKind;
use lib_nix::eval::EvalIo;
use lsp_types::Uri;

use crate::io::ConfinedIo;

/// One open document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The URI the editor named it by, for publishing back.
    pub uri: Uri,
    pub text: Arc<str>,
}

/// The texts of the open documents at one moment, by absolute path: what a check on the
/// worker thread reads, unaffected by later edits.
pub type Snapshot = Arc<HashMap<PathBuf, Arc<str>>>;

/// Every open document, by absolute path.
#[derive(Debug, Default)]
pub struct Documents {
    open: HashMap<PathBuf, Document>,
    snapshot: Option<Snapshot>,
}

impl Documents {
    pub fn open(&mut self, path: PathBuf, uri: Uri, text: Arc<str>) {
        self.open.insert(path, Document { uri, text });
        self.snapshot = None;
    }

    /// Replaces the text of an open document; `false` if it is not open.
    pub fn change(&mut self, path: &Path, text: Arc<str>) -> bool {
        match self.open.get_mut(path) {
            Some(document) => {
                document.text = text;
                self.snapshot = None;
                true
            }
            None => false,
        }
    }

    pub fn close(&mut self, path: &Path) -> Option<Document> {
        self.snapshot = None;
        self.open.remove(path)
    }

    pub fn get(&self, path: &Path) -> Option<&Document> {
        self.open.get(path)
    }

    pub fn paths(&self) -> impl Iterator<Item = &PathBuf> {
        self.open.keys()
    }

    /// The texts as they are now, shared until the next change.
    pub fn snapshot(&mut self) -> Snapshot {
        self.snapshot
            .get_or_insert_with(|| {
                Arc::new(
                    self.open
                        .iter()
                        .map(|(path, document)| (path.clone(), document.text.clone()))
                        .collect(),
                )
            })
            .clone()
    }
}

/// Reads open buffers before the disk, and tells the evaluator to stop when `cancel` is set.
#[derive(Debug)]
pub struct OverlayIo {
    buffers: Snapshot,
    disk: ConfinedIo,
    cancel: Arc<AtomicBool>,
}

impl OverlayIo {
    pub fn new(buffers: Snapshot, disk: ConfinedIo, cancel: Arc<AtomicBool>) -> OverlayIo {
        OverlayIo {
            buffers,
            disk,
            cancel,
        }
    }

    fn buffer(&self, path: &str) -> Option<&Arc<str>> {
        self.buffers.get(Path::new(path))
    }
}

impl EvalIo for OverlayIo {
    fn search_path_entry(&self, name: &str) -> Option<String> {
        self.disk.search_path_entry(name)
    }

    fn encrypted(&self, path: &str) -> bool {
        self.buffer(path).is_none() && self.disk.encrypted(path)
    }

    fn real_path(&self, path: &str) -> Option<String> {
        self.disk.real_path(path)
    }

    fn read_file(&self, path: &str) -> Result<String, String> {
        self.disk.check_access(path)?;
        match self.buffer(path) {
            Some(text) => Ok(text.to_string()),
            None => self.disk.read_file(path),
        }
    }

    fn path_exists(&self, path: &str) -> bool {
        self.disk.check_access(path).is_ok()
            && (self.buffer(path).is_some()
                || self.is_directory(path)
                || self.disk.path_exists(path))
    }

    fn is_directory(&self, path: &str) -> bool {
        if self.disk.check_access(path).is_err() {
            return false;
        }
        let directory = Path::new(path);
        self.disk.is_directory(path)
            || self
                .buffers
                .keys()
                .any(|open| open != directory && open.starts_with(directory))
    }

    fn check_access(&self, path: &str) -> Result<(), String> {
        self.disk.check_access(path)
    }

    fn file_kind(&self, path: &str) -> Result<FileKind, String> {
        self.disk.check_access(path)?;
        match self.buffer(path) {
            Some(_) => Ok(FileKind::Regular),
            None => self.disk.file_kind(path),
        }
    }

    /// The directory as on disk, with the unsaved buffers directly in it added.
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileKind)>, String> {
        let mut entries = self.disk.read_dir(path).unwrap_or_default();
        let directory = Path::new(path);
        for open in self.buffers.keys() {
            if open.parent() == Some(directory) {
                if let Some(name) = open.file_name() {
                    let name = name.to_string_lossy().into_owned();
                    if !entries.iter().any(|(entry, _)| *entry == name) {
                        entries.push((name, FileKind::Regular));
                    }
                }
            }
        }
        if entries.is_empty() && !self.is_directory(path) {
            return self.disk.read_dir(path);
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(entries)
    }

    fn interrupted(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_before_the_disk_and_the_root_still_holds() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::write(root.join("a.nix"), "on disk").unwrap();
        std::fs::write(root.join("b.nix"), "only on disk").unwrap();
        let mut documents = Documents::default();
        let uri: Uri = "file:///a.nix".parse().unwrap();
        documents.open(root.join("a.nix"), uri.clone(), Arc::from("unsaved"));
        documents.open(root.join("new/c.nix"), uri, Arc::from("new file"));
        let cancel = Arc::new(AtomicBool::new(false));
        let io = OverlayIo::new(
            documents.snapshot(),
            ConfinedIo::new(root.clone()),
            cancel.clone(),
        );
        let path = |name: &str| root.join(name).to_string_lossy().into_owned();
        assert_eq!(io.read_file(&path("a.nix")).unwrap(), "unsaved");
        assert_eq!(io.read_file(&path("b.nix")).unwrap(), "only on disk");
        assert_eq!(io.read_file(&path("new/c.nix")).unwrap(), "new file");
        assert!(io.is_directory(&path("new")));
        assert!(io.path_exists(&path("new/c.nix")));
        assert!(io.read_file("/etc/passwd").is_err());
        assert!(!io.interrupted());
        cancel.store(true, Ordering::Relaxed);
        assert!(io.interrupted());
    }
}
