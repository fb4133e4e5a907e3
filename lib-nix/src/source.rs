//! The source files of a run: their paths and texts, and line/column lookup.

use std::sync::Arc;

use crate::diagnostic::{FileId, Span};

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user knows it (for messages), e.g. `hosts/web.nix`.
    pub name: String,
    /// The absolute path inside the evaluation root, e.g. `/hosts/web.nix`.
    pub path: String,
    pub text: Arc<str>,
    line_starts: Vec<u32>,
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
    /// The 0-based line that holds byte `offset` (the last line for an offset past the
    /// end). A binary search in the line index built when the file was added.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The bytes of the 0-based `line`, its newline included; `lines` of them from there.
    pub fn lines_range(&self, line: usize, lines: usize) -> std::ops::Range<usize> {
        let start = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |start| *start as usize);
        let end = self
            .line_starts
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
    pub fn add(&mut self, name: String, path: String, text: Arc<str>) -> FileId {
        // Every run indexes ncc's own sources too (300 KB of `lib`), so the newlines are
        // found with memchr's vectorised search, not byte by byte.
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1));
        self.files.push(SourceFile {
            name,
            path,
            text,
            line_starts,
        });
        FileId::new(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index() as usize]
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
        let start = source.line_starts[line] as usize;
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
