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

    /// What kind of file `path` is, not following a final symbolic link
    /// (`builtins.readFileType`).
    fn file_kind(&self, path: &str) -> Result<FileKind, String> {
        if self.is_directory(path) {
            Ok(FileKind::Directory)
        } else if self.path_exists(path) {
            Ok(FileKind::Regular)
        } else {
            Err(format!(
                "getting status of '{path}': No such file or directory"
            ))
        }
    }

    /// The entries of the directory `path` with their kinds, sorted by name
    /// (`builtins.readDir`).
    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileKind)>, String>;

    /// The bytes of a regular file, for a path copied to the store (its contents are
    /// hashed, as Nix hashes them, whatever they hold).
    fn read_bytes(&self, path: &str) -> Result<Vec<u8>, String> {
        self.read_file(path).map(String::into_bytes)
    }

    /// Whether the regular file `path` is executable by its owner, which Nix records
    /// when it copies the file to the store.
    fn is_executable(&self, path: &str) -> bool {
        let _ = path;
        false
    }

    /// Where `path` really is, every symbolic link on the way followed, when that is
    /// known: a file a host imports through a linked directory (`./lib/system.nix`, with
    /// `lib -> ../lib`) is the file given as `../lib/system.nix`. Nix's path values stay
    /// as written; this only says which files are the same.
    fn real_path(&self, path: &str) -> Option<String> {
        let _ = path;
        None
    }

    /// The target of the symbolic link `path`, not followed.
    fn read_link(&self, path: &str) -> Result<String, String> {
        Err(format!("reading the link '{path}': not a symbolic link"))
    }

    /// Whether `path` is a file kept encrypted in the repository ([`encryption_tool`]):
    /// on its owner's machine Nix reads it decrypted; ncc cannot read it at all.
    fn encrypted(&self, path: &str) -> bool {
        let _ = path;
        false
    }

    /// Whether git ignores `path`, which does not exist: a file each machine provides
    /// itself and the repository leaves out on purpose (`/hardware-configuration.nix` in
    /// its `.gitignore`). On that machine Nix reads it; ncc cannot, so what it gives is
    /// unknown, never missing. Read from the `.gitignore` files through this trait.
    fn ignored_by_git(&self, path: &str) -> bool {
        super::gitignore::ignored(
            &|name| self.read_file(name).ok(),
            &|name| self.path_exists(name),
            path,
        )
    }

    /// The directory of the git submodule holding `path`, which does not exist: a
    /// submodule this checkout has not fetched (see [`super::gitmodules`]). On its owner's
    /// machine Nix reads the file; ncc treats it as an external source's. Read from the
    /// `.gitmodules` files through this trait.
    fn unfetched_submodule(&self, path: &str) -> Option<String> {
        super::gitmodules::unfetched_submodule(
            &|name| self.read_file(name).ok(),
            &|name| self.path_exists(name),
            path,
        )
    }

    /// Where the search path puts `<name>` when the evaluator's own entries (`-I`,
    /// `NIX_PATH`) do not: the directory the environment knows it by, such as a
    /// repository's own checkout, which it puts on `NIX_PATH` to import itself by
    /// (`<infra/modules/nixos>`). `None`, the default: an external source ncc does not
    /// read. What the directory holds is read through this trait like any other path.
    fn search_path_entry(&self, name: &str) -> Option<String> {
        let _ = name;
        None
    }

    /// Whether the run should stop: a language server abandons a check that an edit has
    /// made stale. Polled every few thousand steps; once true, every later step fails as
    /// if the step budget were spent.
    fn interrupted(&self) -> bool {
        false
    }
}

/// How a file git-crypt encrypts begins, in the repository: what a host imports from
/// such a file is an external source ncc cannot read, never a mistake.
pub const GIT_CRYPT_HEADER: &[u8] = b"\0GITCRYPT\0";

/// How the files that tools keep encrypted in a repository begin, and the tool's name:
/// git-crypt, and age, which git filters such as git-agecrypt use the same way (the
/// working tree holds the file decrypted, the repository holds age's file, binary or
/// armored); and sops, whose file of a kind it does not know (a `.nix`) is JSON with the
/// whole cipher text in `data`, committed so and decrypted in place before a deployment
/// (`sops -d -i`), indented with a tab or, by some releases, four spaces. No Nix file
/// begins like any of them.
const ENCRYPTED_FILE_HEADERS: &[(&[u8], &str)] = &[
    (GIT_CRYPT_HEADER, "git-crypt"),
    (b"age-encryption.org/v1\n-> ", "age"),
    (b"-----BEGIN AGE ENCRYPTED FILE-----", "age"),
    (b"{\n\t\"data\": \"ENC[AES256_GCM,data:", "sops"),
    (b"{\n    \"data\": \"ENC[AES256_GCM,data:", "sops"),
];

/// The longest of [`ENCRYPTED_FILE_HEADERS`]: how much of a file tells whether it is one.
pub const ENCRYPTED_HEADER_LENGTH: usize = {
    let mut longest = 0;
    let mut index = 0;
    while index < ENCRYPTED_FILE_HEADERS.len() {
        if ENCRYPTED_FILE_HEADERS[index].0.len() > longest {
            longest = ENCRYPTED_FILE_HEADERS[index].0.len();
        }
        index += 1;
    }
    longest
};

/// The tool that keeps the file beginning with `bytes` encrypted in the repository, or
/// `None` for a file as its owner wrote it. What a host reads from such a file is an
/// external source ncc cannot read, never a mistake: its owner's Nix reads it decrypted.
pub fn encryption_tool(bytes: &[u8]) -> Option<&'static str> {
    ENCRYPTED_FILE_HEADERS
        .iter()
        .find(|(header, _)| bytes.starts_with(header))
        .map(|&(_, tool)| tool)
}

/// The kinds of file `builtins.readDir` and `builtins.readFileType` tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Regular,
    Directory,
    Symlink,
    Unknown,
}

impl FileKind {
    /// The name Nix gives the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Regular => "regular",
            FileKind::Directory => "directory",
            FileKind::Symlink => "symlink",
            FileKind::Unknown => "unknown",
        }
    }
}

/// Files held in memory, for tests and for `--expr`.
#[derive(Debug, Default, Clone)]
pub struct MemoryIo {
    pub files: BTreeMap<String, String>,
    /// What [`EvalIo::search_path_entry`] answers, by name.
    pub search_path: BTreeMap<String, String>,
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
    fn search_path_entry(&self, name: &str) -> Option<String> {
        self.search_path.get(name).cloned()
    }

    fn read_file(&self, path: &str) -> Result<String, String> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| format!("opening file '{path}': No such file or directory"))
    }

    fn path_exists(&self, path: &str) -> bool {
        self.files.contains_key(path) || self.is_directory(path)
    }

    fn encrypted(&self, path: &str) -> bool {
        self.files
            .get(path)
            .is_some_and(|text| encryption_tool(text.as_bytes()).is_some())
    }

    fn is_directory(&self, path: &str) -> bool {
        let prefix = format!("{}/", path.trim_end_matches('/'));
        self.files.keys().any(|file| file.starts_with(&prefix))
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileKind)>, String> {
        if !self.is_directory(path) {
            return Err(match self.files.contains_key(path) {
                true => format!("opening directory '{path}': Not a directory"),
                false => format!("opening directory '{path}': No such file or directory"),
            });
        }
        let prefix = format!("{}/", path.trim_end_matches('/'));
        let mut entries: Vec<(String, FileKind)> = Vec::new();
        for file in self
            .files
            .keys()
            .filter_map(|file| file.strip_prefix(&prefix))
        {
            let (name, kind) = match file.split_once('/') {
                Some((directory, _)) => (directory, FileKind::Directory),
                None => (file, FileKind::Regular),
            };
            if entries.last().is_none_or(|(last, _)| last != name) {
                entries.push((name.to_owned(), kind));
            }
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypted_files_are_told_by_their_header() {
        let binary_age = b"age-encryption.org/v1\n-> X25519 abc\nAAAA\n--- xyz\n\x8f\xff\x00";
        assert_eq!(encryption_tool(b"\0GITCRYPT\0\x8f\xff"), Some("git-crypt"));
        assert_eq!(encryption_tool(binary_age), Some("age"));
        assert_eq!(
            encryption_tool(b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n"),
            Some("age")
        );
        let sops_binary = b"{\n\t\"data\": \"ENC[AES256_GCM,data:c2VjcmV0,iv:aXY=,tag:dGFn,type:str]\",\n\t\"sops\": {}\n}";
        assert_eq!(encryption_tool(sops_binary), Some("sops"));
        let sops_spaces =
            b"{\n    \"data\": \"ENC[AES256_GCM,data:c2VjcmV0,iv:aXY=,tag:dGFn,type:str]\"\n}";
        assert_eq!(encryption_tool(sops_spaces), Some("sops"));
        // A Nix file, a path literal that only looks like age's first line, and Nix that
        // only looks like sops' JSON.
        assert_eq!(
            encryption_tool(b"{\n\tdata = \"ENC[AES256_GCM,data:\";\n}"),
            None
        );
        assert_eq!(encryption_tool(b"{ }\n"), None);
        assert_eq!(encryption_tool(b"age-encryption.org/v1\n"), None);
        assert_eq!(encryption_tool(b""), None);
    }
}
