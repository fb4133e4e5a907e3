//! The findings of one call, across files, and what every output format needs to know
//! about them: counts, file names as the user sees them, and positions.

use compiler::project::Note;
use lib_nix::{Diagnostic, FileId, Severity, SourceDb, Span};

use super::input::Compiled;

/// Every file compiled in one call, in the order given.
pub struct Report {
    pub files: Vec<Compiled>,
    /// Absolute file names under this directory are shown relative to it.
    pub cwd: Option<String>,
    /// `--deny warnings`: warnings fail the call like errors.
    pub deny_warnings: bool,
    /// How many of the files given could not be read (each was reported on standard
    /// error; the call exits 2).
    pub unreadable: usize,
    /// One line each about what was not checked (a file no host reaches, a host ncc
    /// could not evaluate): never a finding, never a reason to fail.
    pub notes: Vec<Note>,
    /// What the human summary line counts.
    pub scope: Scope,
}

/// What the human summary line counts: the files the user named, or the hosts ncc found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Files named on the command line (pre-commit's staged files), this many: findings
    /// are counted in the files they point into, which a host's imports may add.
    Files(usize),
    /// Hosts ncc found itself: `ncc check` in a project, `.#host`, a directory.
    Hosts,
}

/// The counts of the human summary line (see [`Scope`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    /// Files (or hosts) with a finding, of `total`.
    pub with_findings: usize,
    pub total: usize,
    pub unit: &'static str,
    pub unreadable: usize,
}

/// How many findings of each severity, and in how many files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub files_with_findings: usize,
    pub files: usize,
    pub unreadable: usize,
}

impl Report {
    pub fn new(files: Vec<Compiled>, deny_warnings: bool, unreadable: usize) -> Report {
        let files_len = files.len();
        let cwd = std::env::current_dir()
            .ok()
            .map(|dir| dir.to_string_lossy().into_owned());
        Report {
            files,
            cwd,
            deny_warnings,
            unreadable,
            notes: Vec::new(),
            scope: Scope::Files(files_len),
        }
    }

    /// The summary line counts `scope` (by default, each compiled input is one file).
    pub fn with_scope(mut self, scope: Scope) -> Report {
        self.scope = scope;
        self
    }

    /// The counts the human summary line shows.
    pub fn summary(&self) -> Summary {
        let counts = self.counts();
        let (with_findings, total, unit) = match self.scope {
            Scope::Files(given) => {
                let mut files = std::collections::BTreeSet::new();
                for (diagnostic, sources) in self.diagnostics() {
                    files.insert(sources.file(diagnostic.span.file).name.as_str());
                }
                (files.len(), given.max(files.len()), "file")
            }
            Scope::Hosts => (counts.files_with_findings, counts.files, "host"),
        };
        Summary {
            errors: counts.errors,
            warnings: counts.warnings,
            with_findings,
            total,
            unit,
            unreadable: counts.unreadable,
        }
    }

    /// The report with the call's notes.
    pub fn with_notes(mut self, notes: Vec<Note>) -> Report {
        self.notes = notes;
        self
    }

    /// The name of a note's file as the user knows it.
    pub fn note_file_name(&self, note: &Note) -> String {
        compiler::render::display_name(&note.file, self.cwd.as_deref())
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            files: self.files.len(),
            unreadable: self.unreadable,
            ..Counts::default()
        };
        for file in &self.files {
            for diagnostic in &file.diagnostics {
                match diagnostic.severity() {
                    Severity::Error => counts.errors += 1,
                    Severity::Warning => counts.warnings += 1,
                }
            }
            // A host whose findings another host reported (a module both import) has
            // them all the same.
            if !file.diagnostics.is_empty() || file.repeated > 0 {
                counts.files_with_findings += 1;
            }
        }
        counts
    }

    /// True when the call must exit 1: an error, or a warning under `--deny warnings`.
    pub fn fails(&self) -> bool {
        let counts = self.counts();
        counts.errors > 0 || (self.deny_warnings && counts.warnings > 0)
    }

    /// Every diagnostic with the sources it points into.
    pub fn diagnostics(&self) -> impl Iterator<Item = (&Diagnostic, &SourceDb)> {
        self.files.iter().flat_map(|file| {
            file.diagnostics
                .iter()
                .map(move |diagnostic| (diagnostic, &file.sources))
        })
    }

    /// The name of a source file as the user knows it.
    pub fn file_name(&self, sources: &SourceDb, file: FileId) -> String {
        compiler::render::display_name(&sources.file(file).name, self.cwd.as_deref())
    }
}

/// One end of a range: 1-based line, 1-based column counted in characters and in UTF-8
/// bytes, and the 0-based byte offset from the start of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub byte_column: u32,
    pub offset: u32,
}

/// The start and end (exclusive) of a span.
pub fn range(sources: &SourceDb, span: Span) -> (Position, Position) {
    let start = position(sources, span.file, span.start);
    let end = position(sources, span.file, span.end.max(span.start));
    (start, end)
}

/// The position of the last character a span covers (its start for an empty span), for
/// formats whose end column is inclusive.
pub fn last_character(sources: &SourceDb, span: Span) -> Position {
    let text = &sources.file(span.file).text;
    let (start, end) = (clamp(text, span.start), clamp(text, span.end));
    if end <= start {
        return position(sources, span.file, start);
    }
    let last = text[..end as usize]
        .char_indices()
        .next_back()
        .map(|(index, _)| index as u32)
        .unwrap_or(start);
    position(sources, span.file, last.max(start))
}

/// A position from the file's line index (built once per file), so that each costs what
/// its own line costs, never what the file does.
fn position(sources: &SourceDb, file: FileId, offset: u32) -> Position {
    let source = sources.file(file);
    let offset = clamp(&source.text, offset);
    let (line, column) = sources.line_col(file, offset);
    let line_start = source.lines_range(source.line_of(offset), 0).start;
    Position {
        line,
        column,
        byte_column: offset - line_start as u32 + 1,
        offset,
    }
}

/// `offset`, moved back to a character boundary inside `text`.
fn clamp(text: &str, offset: u32) -> u32 {
    let mut offset = (offset as usize).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset as u32
}

/// The first line of a diagnostic's message, and the lines after it.
pub fn split_message(diagnostic: &Diagnostic) -> (String, Option<String>) {
    let message = diagnostic.message();
    match message.split_once('\n') {
        Some((title, details)) if !details.trim().is_empty() => {
            (title.to_owned(), Some(details.to_owned()))
        }
        Some((title, _)) => (title.to_owned(), None),
        None => (message, None),
    }
}

/// "1 error" or "2 errors".
pub fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}
