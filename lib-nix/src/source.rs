//! The source files of a run: their paths and texts, and line/column lookup.

use std::sync::Arc;

use crate::diagnostic::{FileId, Span};

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user knows it (for messages), e.g. `hosts/web.nix`.
    pub name: String,
    /// The absolute path inside the evaluation root, e.g. `/hosts/web.nix`.
    pub path: String,
    pub text: SourceText,
    /// Where each line starts, found when first asked for: a run reads ncc's own `lib`
    /// but shows a position in few of its files.
    line_starts: std::cell::OnceCell<Vec<u32>>,
}

/// A file's text: one of ncc's own, embedded in the binary, or one given at run time.
#[derive(Debug, Clone)]
pub enum SourceText {
    Embedded(&'static str),
    Given(Arc<str>),
}

impl std::ops::Deref for SourceText {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            SourceText::Embedded(text) => text,
            SourceText::Given(text) => text,
        }
    }
}

impl From<Arc<str>> for SourceText {
    fn from(text: Arc<str>) -> SourceText {
        SourceText::Given(text)
    }
}

impl From<String> for SourceText {
    fn from(text: String) -> SourceText {
        SourceText::Given(Arc::from(text))
    }
}

impl From<&'static str> for SourceText {
    fn from(text: &'static str) -> SourceText {
        SourceText::Embedded(text)
    }
}

/// The directory ncc's own Nix sources (its `lib`, schemas, flake wiring) are loaded
/// under: no file of a project is there.
pub const OWN_DIRECTORY: &str = "/<ncc>";

/// Whether `path` is one of ncc's own Nix sources ([`OWN_DIRECTORY`]), not the user's.
pub fn is_ncc_own(path: &str) -> bool {
    path.strip_prefix(OWN_DIRECTORY)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

impl SourceFile {
    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            // The newlines are found with memchr's vectorised search, not byte by byte.
            let mut starts = vec![0];
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1));
            starts
        })
    }

    /// The 0-based line that holds byte `offset` (the last line for an offset past the
    /// end). A binary search in the file's line index.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts().binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The bytes of the 0-based `line`, its newline included; `lines` of them from there.
    pub fn lines_range(&self, line: usize, lines: usize) -> std::ops::Range<usize> {
        let start = self
            .line_starts()
            .get(line)
            .map_or(self.text.len(), |start| *start as usize);
        let end = self
            .line_starts()
            .get(line + lines)
            .map_or(self.text.len(), |start| *start as usize);
        start..end.max(start)
    }
}

/// Every file read in one run: a project's, numbered from 0 in the order they were
/// read, and ncc's own, numbered apart from [`OWN_FILES`] in the order they were read.
/// Evaluators that read ncc's own files in the same order give them the same ids, however
/// many of a project's files each read before (see `ir::prepared::decode_embedded`).
#[derive(Debug, Default, Clone)]
pub struct SourceDb {
    files: Vec<SourceFile>,
    own: Vec<SourceFile>,
    /// What [`SourceDb::file`] gives for an id of no file: an empty text with no name, so
    /// that a span [`Span::nowhere`] in a run that read none of a project's files
    /// shows nothing rather than stopping the run.
    nowhere: SourceFile,
}

impl Default for SourceFile {
    fn default() -> SourceFile {
        SourceFile {
            name: String::new(),
            path: String::new(),
            text: SourceText::Embedded(""),
            line_starts: Default::default(),
        }
    }
}

/// The id of ncc's first own file; a project's files are below.
const OWN_FILES: u32 = 1 << 24;

impl SourceDb {
    pub fn add(&mut self, name: String, path: String, text: impl Into<SourceText>) -> FileId {
        let (files, first) = match is_ncc_own(&path) {
            true => (&mut self.own, OWN_FILES),
            false => (&mut self.files, 0),
        };
        files.push(SourceFile {
            name,
            path,
            text: text.into(),
            line_starts: Default::default(),
        });
        FileId::new(first + files.len() as u32 - 1)
    }

    /// The file `id` names; an empty one with no name if it names none.
    pub fn file(&self, id: FileId) -> &SourceFile {
        self.get(id).unwrap_or(&self.nowhere)
    }

    /// Shows the file `id` by `name` from now on: a file read through a symbolic link by
    /// the name of the file it is (its path stays as read).
    pub fn rename(&mut self, id: FileId, name: String) {
        let index = id.index();
        let file = match index.checked_sub(OWN_FILES) {
            Some(own) => self.own.get_mut(own as usize),
            None => self.files.get_mut(index as usize),
        };
        if let Some(file) = file {
            file.name = name;
        }
    }

    /// The file `id` names, if it was added.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        let index = id.index();
        match index.checked_sub(OWN_FILES) {
            Some(own) => self.own.get(own as usize),
            None => self.files.get(index as usize),
        }
    }

    /// Every file, a project's first, each in the order it was read.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        let numbered = |first: u32| move |(i, f)| (FileId::new(first + i as u32), f);
        (self.files.iter().enumerate().map(numbered(0)))
            .chain(self.own.iter().enumerate().map(numbered(OWN_FILES)))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, file: FileId, offset: u32) -> (u32, u32) {
        let source = self.file(file);
        let line = source.line_of(offset);
        let start = source.line_starts()[line] as usize;
        let end = (offset as usize).min(source.text.len());
        let column = source
            .text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(end - start);
        (line as u32 + 1, column as u32 + 1)
    }

    /// The source text a span covers.
    pub fn snippet(&self, span: Span) -> &str {
        let text = &self.file(span.file).text;
        text.get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// `file:line:col` for messages.
    pub fn position(&self, span: Span) -> String {
        let (line, column) = self.line_col(span.file, span.start);
        format!("{}:{}:{}", self.file(span.file).name, line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ncc's own files get the same ids however many of a project's files were read
    /// before them, and every file is found by its id.
    #[test]
    fn own_files_are_numbered_apart() {
        let own = |db: &mut SourceDb, file: &str| {
            db.add(file.into(), format!("{OWN_DIRECTORY}/{file}"), "{ }")
        };
        let (mut one, mut three) = (SourceDb::default(), SourceDb::default());
        let project = one.add("a.nix".into(), "/a.nix".into(), "1");
        for file in ["a", "b", "c"] {
            three.add(format!("{file}.nix"), format!("/{file}.nix"), "1");
        }
        let (lib, lib_again) = (own(&mut one, "lib.nix"), own(&mut three, "lib.nix"));
        assert_eq!(lib, lib_again);
        assert_eq!(project, FileId::new(0));
        assert_eq!(one.file(lib).path, "/<ncc>/lib.nix");
        assert_eq!(one.file(project).path, "/a.nix");
        let listed: Vec<_> = three
            .files()
            .map(|(id, file)| (id, file.name.as_str()))
            .collect();
        assert_eq!(listed.len(), 4);
        assert_eq!(listed[3], (lib, "lib.nix"));
        assert_eq!(three.file(FileId::new(9)).name, "");
    }
}
