//! The real filesystem behind [`EvalIo`], confined to a project root: nothing outside
//! it can be read, whatever the paths or symlinks say.
//!
//! A path is checked twice. First as written, after `.` and `..` are resolved as Nix
//! resolves them: a path that leaves the root is refused without touching the
//! filesystem, so a refusal says nothing about whether the file exists. Then with every
//! symlink resolved: a link inside the root that points outside is refused too. Only
//! regular files are read, up to [`MAX_FILE_SIZE`]; a FIFO or a device would block or
//! never end.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use lib_nix::eval::{EvalIo, FileKind};

/// The largest file `import` or `readFile` reads.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// The text of a file's bytes as Nix reads them. Nix reads bytes: one that is not part of
/// UTF-8 (a Latin-1 `é` in a comment, a byte written as itself in a string) is a character
/// of the string or comment it stands in, and elsewhere the invalid token Nix stops at.
/// ncc reads text, so each such byte stands as U+0001, one byte as well: every offset
/// stays the file's, and the parser finds the invalid token where Nix does. A leading
/// byte-order mark is dropped.
pub fn source_text(bytes: Vec<u8>) -> String {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let bytes = error.into_bytes();
            let mut text = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                for _ in chunk.invalid() {
                    text.push(STAND_IN);
                }
            }
            text
        }
    };
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// What stands for a byte that is not UTF-8 in [`source_text`].
const STAND_IN: char = '\u{1}';

/// A file given to `ncc check`, decoded: its text as [`source_text`] reads it when Nix
/// parses it, else the text with the bytes that are not UTF-8 replaced and the offset of
/// the first of them, which ncc reports (N002): a file that is not Nix because it is not
/// UTF-8 (UTF-16, say) is told so, not shown its syntax errors.
pub fn decode_given(bytes: Vec<u8>) -> Result<String, (String, usize)> {
    let offset = match std::str::from_utf8(&bytes) {
        Ok(_) => return Ok(source_text(bytes)),
        Err(error) => error.valid_up_to(),
    };
    let lossy = String::from_utf8_lossy(&bytes).into_owned();
    let text = source_text(bytes);
    if lib_nix::syntax::parse(&text).errors.is_empty() {
        Ok(text)
    } else {
        Err((lossy, offset))
    }
}

/// Reads files under `root` only.
#[derive(Debug, Clone)]
pub struct ConfinedIo {
    root: PathBuf,
    /// The search-path names the project gives its own checkout, found when first asked
    /// for (see [`crate::project::checkout`]) and shared by every clone.
    own_names: Arc<OnceLock<Vec<String>>>,
    /// Each directory's canonical form (`None`: it does not exist), found once per run
    /// and shared by every clone; a run is short enough that none of them changes.
    directories: Arc<Mutex<HashMap<PathBuf, Option<PathBuf>>>>,
    /// What [`ConfinedIo::resolve_for`] found for each path asked about, shared by every
    /// clone: importing a file asks about its path four times (exists, directory, real
    /// path, read), and every host of a flake imports the same modules, so resolving
    /// each time was a tenth of checking a 63-host flake.
    resolved: Arc<Mutex<HashMap<Box<str>, Resolved>>>,
}

/// Where a path leads, as [`ConfinedIo::resolve_for`] found it.
#[derive(Debug, Clone)]
enum Resolved {
    Inside(PathBuf),
    Missing,
    /// Refused, with the message saying why.
    Outside(String),
}

impl ConfinedIo {
    /// `root` must be an absolute, canonical directory.
    pub fn new(root: PathBuf) -> ConfinedIo {
        ConfinedIo {
            root,
            own_names: Arc::default(),
            directories: Arc::default(),
            resolved: Arc::default(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The canonical path, if it exists and lies inside the root.
    fn resolve(&self, path: &str) -> Result<PathBuf, String> {
        self.resolve_for(path, "getting status of")
    }

    /// As [`ConfinedIo::resolve`], a missing path reported as Nix reports it when it
    /// fails `doing` ("opening file" for `readFile`, "getting status of" otherwise).
    fn resolve_for(&self, path: &str, doing: &str) -> Result<PathBuf, String> {
        let table = || {
            self.resolved
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        let known = table().get(path).cloned();
        let resolved = match known {
            Some(known) => known,
            None => {
                let found = self.resolve_uncached(path);
                table().insert(path.into(), found.clone());
                found
            }
        };
        match resolved {
            Resolved::Inside(canonical) => Ok(canonical),
            Resolved::Missing => Err(format!("{doing} '{path}': No such file or directory")),
            Resolved::Outside(message) => Err(message),
        }
    }

    fn resolve_uncached(&self, path: &str) -> Resolved {
        // When the path as written is the one `confine` resolved (Nix's paths are
        // written so), its answer is the path's.
        let written = lib_nix::path::canonicalize(path) == path;
        let canonical = match self.confine(path) {
            Err(message) => return Resolved::Outside(message),
            Ok(Some(canonical)) if written => canonical,
            Ok(None) if written => return Resolved::Missing,
            Ok(_) => match self.canonical(Path::new(path)) {
                Some(canonical) => canonical,
                None => return Resolved::Missing,
            },
        };
        if !canonical.starts_with(&self.root) {
            return Resolved::Outside(self.outside(path, Some(&canonical)));
        }
        Resolved::Inside(canonical)
    }

    /// Refuses `path` if it leaves the root, as written or through a link; else gives
    /// the canonical form of the path as written, with `.` and `..` resolved as Nix
    /// resolves them, if it exists.
    fn confine(&self, path: &str) -> Result<Option<PathBuf>, String> {
        let lexical = PathBuf::from(lib_nix::path::canonicalize(path));
        if !path.starts_with('/') || !lexical.starts_with(&self.root) {
            return Err(self.outside(path, None));
        }
        // Symlinks are followed as far as the path exists: a link to a directory outside
        // is refused even when the file named below it does not exist, so that what
        // lies outside cannot be probed through it.
        let mut existing = lexical;
        let mut whole = true;
        loop {
            match self.canonical(&existing) {
                Some(canonical) if canonical.starts_with(&self.root) => {
                    return Ok(whole.then_some(canonical))
                }
                Some(canonical) => return Err(self.outside(path, Some(&canonical))),
                None => {
                    whole = false;
                    if !existing.pop() {
                        return Ok(None);
                    }
                }
            }
        }
    }

    /// What `realpath(3)` gives, with each directory resolved once per run: every read
    /// resolves its path twice, and a project's files share a few directories, so
    /// asking the filesystem about each component of each path (a `readlink` apiece)
    /// cost more than reading the files. The last component is looked at alone, and
    /// followed in full only when it is a link.
    fn canonical(&self, path: &Path) -> Option<PathBuf> {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return std::fs::canonicalize(path).ok();
        };
        let directory = self.canonical_directory(parent)?;
        let joined = directory.join(name);
        match std::fs::symlink_metadata(&joined) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                std::fs::canonicalize(&joined).ok()
            }
            Ok(_) => Some(joined),
            Err(_) => None,
        }
    }

    fn canonical_directory(&self, directory: &Path) -> Option<PathBuf> {
        let table = || {
            self.directories
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        let known = table().get(directory).cloned();
        if let Some(known) = known {
            return known;
        }
        // Unlocked while the parent is resolved, which takes the table again.
        let found = self.canonical(directory);
        table().insert(directory.to_path_buf(), found.clone());
        found
    }

    fn outside(&self, path: &str, target: Option<&Path>) -> String {
        let through = match target {
            Some(target) => format!(" (a symlink leads to '{}')", target.display()),
            None => String::new(),
        };
        format!(
            "access to '{path}' is not allowed: it is outside the project root '{}'{through}",
            self.root.display()
        )
    }

    /// The nearest directory holding `.git` above `file`; in a tree without one (an
    /// exported archive, a copy), the nearest holding a `flake.nix` or `hive.nix`, whose
    /// imports reach down into the whole project; else the file's directory.
    pub fn default_root(file: &Path) -> PathBuf {
        let start = file.parent().unwrap_or(Path::new("/")).to_path_buf();
        let above = |marker: &dyn Fn(&Path) -> bool| {
            start
                .ancestors()
                .find(|dir| marker(dir))
                .map(Path::to_path_buf)
        };
        above(&|dir| dir.join(".git").exists())
            .or_else(|| {
                above(&|dir| dir.join("flake.nix").is_file() || dir.join("hive.nix").is_file())
            })
            .unwrap_or(start)
    }

    /// The root for several files: the first one's [`default_root`](Self::default_root),
    /// widened to the directory the others share with it when they lie outside it.
    pub fn default_root_of(files: &[PathBuf]) -> Option<PathBuf> {
        let (first, rest) = files.split_first()?;
        let mut root = Self::default_root(first);
        for file in rest {
            while !file.starts_with(&root) {
                match root.parent() {
                    Some(parent) => root = parent.to_path_buf(),
                    None => break,
                }
            }
        }
        Some(root)
    }
}

fn file_kind_of(file_type: std::fs::FileType) -> FileKind {
    if file_type.is_symlink() {
        FileKind::Symlink
    } else if file_type.is_dir() {
        FileKind::Directory
    } else if file_type.is_file() {
        FileKind::Regular
    } else {
        FileKind::Unknown
    }
}

impl EvalIo for ConfinedIo {
    /// The project root, for a name the project gives its own checkout.
    fn search_path_entry(&self, name: &str) -> Option<String> {
        // ncc stands in for nixpkgs itself; no project is named so (and reading the whole
        // project for the names is not paid for `<nixpkgs>`).
        if name == "nixpkgs" {
            return None;
        }
        let root = self.root.to_string_lossy();
        let own = self
            .own_names
            .get_or_init(|| crate::project::checkout::own_names(self, &root));
        own.iter().any(|own| own == name).then(|| root.into_owned())
    }

    fn read_file(&self, path: &str) -> Result<String, String> {
        let bytes = self.read_bytes(path)?;
        // An encrypted file is none ncc can read: what reads it is unknown (see
        // `encrypted`), never the syntax errors of its cipher text.
        if lib_nix::eval::encryption_tool(&bytes).is_some() {
            return Err(format!("'{path}' is encrypted"));
        }
        Ok(source_text(bytes))
    }

    fn read_bytes(&self, path: &str) -> Result<Vec<u8>, String> {
        let resolved = self.resolve_for(path, "opening file")?;
        let metadata =
            std::fs::metadata(&resolved).map_err(|error| format!("reading '{path}': {error}"))?;
        if !metadata.is_file() {
            return Err(format!("reading '{path}': not a regular file"));
        }
        if metadata.len() > MAX_FILE_SIZE {
            return Err(format!(
                "reading '{path}': the file is larger than {} MiB",
                MAX_FILE_SIZE / (1024 * 1024)
            ));
        }
        std::fs::read(&resolved).map_err(|e| format!("reading '{path}': {e}"))
    }

    fn is_executable(&self, path: &str) -> bool {
        use std::os::unix::fs::PermissionsExt;
        self.resolve(path)
            .ok()
            .and_then(|resolved| std::fs::metadata(resolved).ok())
            .is_some_and(|metadata| {
                metadata.is_file() && metadata.permissions().mode() & 0o100 != 0
            })
    }

    fn real_path(&self, path: &str) -> Option<String> {
        let resolved = self.resolve(path).ok()?;
        Some(resolved.to_string_lossy().into_owned())
    }

    fn read_link(&self, path: &str) -> Result<String, String> {
        // The link itself is read, not followed: its directory must be inside the root,
        // wherever the link points.
        let lexical = PathBuf::from(lib_nix::path::canonicalize(path));
        let directory = lexical
            .parent()
            .unwrap_or(&lexical)
            .to_string_lossy()
            .into_owned();
        self.check_access(&directory)?;
        std::fs::read_link(&lexical)
            .map(|target| target.to_string_lossy().into_owned())
            .map_err(|error| format!("reading the link '{path}': {error}"))
    }

    fn path_exists(&self, path: &str) -> bool {
        self.resolve(path).is_ok()
    }

    fn encrypted(&self, path: &str) -> bool {
        use std::io::Read;
        let Ok(resolved) = self.resolve(path) else {
            return false;
        };
        // Only a regular file: opening a FIFO would block until someone writes to it.
        if !std::fs::metadata(&resolved).is_ok_and(|metadata| metadata.is_file()) {
            return false;
        }
        let mut header = Vec::with_capacity(lib_nix::eval::ENCRYPTED_HEADER_LENGTH);
        std::fs::File::open(resolved)
            .and_then(|file| {
                file.take(lib_nix::eval::ENCRYPTED_HEADER_LENGTH as u64)
                    .read_to_end(&mut header)
            })
            .is_ok_and(|_| lib_nix::eval::encryption_tool(&header).is_some())
    }

    fn is_directory(&self, path: &str) -> bool {
        self.resolve(path).map(|p| p.is_dir()).unwrap_or(false)
    }

    fn file_kind(&self, path: &str) -> Result<FileKind, String> {
        self.check_access(path)?;
        let lexical = PathBuf::from(lib_nix::path::canonicalize(path));
        let metadata = std::fs::symlink_metadata(&lexical)
            .map_err(|error| format!("getting status of '{path}': {error}"))?;
        Ok(file_kind_of(metadata.file_type()))
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileKind)>, String> {
        let resolved = self.resolve(path)?;
        let mut entries = Vec::new();
        let listing = std::fs::read_dir(&resolved)
            .map_err(|error| format!("opening directory '{path}': {error}"))?;
        for entry in listing {
            let entry = entry.map_err(|error| format!("reading directory '{path}': {error}"))?;
            let kind = entry
                .file_type()
                .map(file_kind_of)
                .unwrap_or(FileKind::Unknown);
            entries.push((entry.file_name().to_string_lossy().into_owned(), kind));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(entries)
    }

    fn check_access(&self, path: &str) -> Result<(), String> {
        self.confine(path).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_git_crypt_file_is_encrypted_and_a_nix_file_is_not() {
        let scratch = tempfile::tempdir().expect("a temporary directory");
        let root = scratch.path().canonicalize().expect("canonical");
        let mut encrypted = lib_nix::eval::GIT_CRYPT_HEADER.to_vec();
        encrypted.extend_from_slice(&[0x8f, 0xff, 0x00, 0x13, 0xc3, 0x28]);
        std::fs::write(root.join("secrets.nix"), &encrypted).unwrap();
        std::fs::write(root.join("plain.nix"), "{ }\n").unwrap();
        std::fs::write(root.join("short.nix"), "\0GIT").unwrap();
        let io = ConfinedIo::new(root.clone());
        let path = |name: &str| root.join(name).display().to_string();
        assert!(io.encrypted(&path("secrets.nix")));
        assert!(io.read_file(&path("secrets.nix")).is_err());
        assert!(!io.encrypted(&path("plain.nix")));
        assert!(!io.encrypted(&path("short.nix")));
        assert!(!io.encrypted(&path("absent.nix")));
    }

    #[test]
    fn an_age_file_is_encrypted() {
        let scratch = tempfile::tempdir().expect("a temporary directory");
        let root = scratch.path().canonicalize().expect("canonical");
        let mut binary = b"age-encryption.org/v1\n-> X25519 c2VjcmV0\nAAAA\n--- bWFj\n".to_vec();
        binary.extend_from_slice(&[0x8f, 0xff, 0x00, 0x13, 0xc3, 0x28]);
        std::fs::write(root.join("secrets.nix"), &binary).unwrap();
        std::fs::write(
            root.join("armored.nix"),
            "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24=\n-----END AGE ENCRYPTED FILE-----\n",
        )
        .unwrap();
        std::fs::write(root.join("short.nix"), "age-encryption.org/v1\n").unwrap();
        let io = ConfinedIo::new(root.clone());
        let path = |name: &str| root.join(name).display().to_string();
        assert!(io.encrypted(&path("secrets.nix")));
        assert!(io.encrypted(&path("armored.nix")));
        assert!(!io.encrypted(&path("short.nix")));
    }

    #[test]
    fn a_path_resolves_as_realpath_resolves_it_through_every_kind_of_link() {
        use std::os::unix::fs::symlink;
        let scratch = tempfile::tempdir().expect("a temporary directory");
        let top = scratch.path().canonicalize().expect("canonical");
        let root = top.join("repo");
        std::fs::create_dir_all(root.join("lib/deep")).unwrap();
        std::fs::create_dir_all(top.join("outside")).unwrap();
        std::fs::write(root.join("lib/deep/system.nix"), "{ }").unwrap();
        std::fs::write(top.join("outside/secret.nix"), "{ }").unwrap();
        symlink("lib", root.join("linked")).unwrap();
        symlink("deep/system.nix", root.join("lib/system.nix")).unwrap();
        symlink("../linked/deep/../system.nix", root.join("lib/chained.nix")).unwrap();
        symlink("../outside", root.join("escape")).unwrap();
        let io = ConfinedIo::new(root.clone());
        let path = |name: &str| root.join(name).display().to_string();
        for name in [
            "lib/deep/system.nix",
            "linked/deep/system.nix",
            "linked/system.nix",
            "lib/chained.nix",
            "linked/deep/../system.nix",
            "linked/deep",
        ] {
            let real = std::fs::canonicalize(path(name)).unwrap();
            // Twice: the second answer comes from the table of directories.
            for _ in 0..2 {
                assert_eq!(
                    io.real_path(&path(name)),
                    Some(real.display().to_string()),
                    "{name}"
                );
            }
        }
        assert_eq!(io.real_path(&path("linked/absent.nix")), None);
        // Found missing once, a path is told missing as each reader tells it.
        let absent = path("linked/absent.nix");
        assert!(!io.path_exists(&absent));
        assert_eq!(
            io.read_file(&absent).unwrap_err(),
            format!("opening file '{absent}': No such file or directory")
        );
        assert_eq!(io.real_path(&path("absent/system.nix")), None);
        let refused = io.read_file(&path("escape/secret.nix")).unwrap_err();
        assert!(refused.contains("outside the project root"), "{refused}");
        assert!(io.read_file(&path("linked/system.nix")).is_ok());
    }
}
