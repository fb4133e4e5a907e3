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

/// Every file read in one run.
#[derive(Debug, Default, Clone)]
pub struct SourceDb {
    files: Vec<SourceFile>,
}

impl SourceDb {
    pub fn add(&mut self, name: String, path: String, text: impl Into<SourceText>) -> FileId {
        self.files.push(SourceFile {
            name,
            path,
            text: text.into(),
            line_starts: Default::default(),
        });
        FileId::new(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index() as usize]
    }

    /// Shows the file `id` by `name` from now on: a file read through a symbolic link by
    /// the name of the file it is (its path stays as read).
    pub fn rename(&mut self, id: FileId, name: String) {
        if let Some(file) = self.files.get_mut(id.index() as usize) {
            file.name = name;
        }
    }

    /// The file `id` names, if it was added.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.index() as usize)
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId::new(i as u32), f))
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
