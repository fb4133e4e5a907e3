//! Diagnostics as data: what went wrong, where, and what might fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s; nothing here renders text for a
//! terminal. A diagnostic has one kind (which fixes its code, severity and message),
//! one narrow primary span, labelled secondary spans, notes and an optional help line.

use std::fmt;
use std::num::NonZeroU32;

/// Identifies one source file of a run; an index into [`crate::SourceDb`].
///
/// Stored as the index plus one, so that an `Option<Span>` (on every attribute and
/// definition the evaluator makes) takes no more room than a `Span`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(NonZeroU32);

impl FileId {
    /// The file at `index` (up to `u32::MAX - 1`; a larger one is the last).
    pub const fn new(index: u32) -> FileId {
        match NonZeroU32::new(index.saturating_add(1)) {
            Some(id) => FileId(id),
            None => FileId(NonZeroU32::MAX),
        }
    }

    /// The index into [`crate::SourceDb`].
    pub const fn index(self) -> u32 {
        self.0.get() - 1
    }
}

impl fmt::Debug for FileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("FileId").field(&self.index()).finish()
    }
}

/// A byte range in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Span {
        Span { file, start, end }
    }

    /// The span of what is in no file: an argument ncc makes itself, a message with no
    /// place of its own.
    pub fn nowhere() -> Span {
        Span::new(FileId::new(0), 0, 0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A secondary span with what it shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A fix a tool can apply: replace the text at `span` with `replacement`. An editor offers
/// it as a code action; "did you mean" suggestions carry one per candidate.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Suggestion {
    pub span: Span,
    pub replacement: String,
}

/// What went wrong. Grouped by the stage that finds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    // ① parse
    /// rnix could not parse the text.
    Syntax(String),
    /// The input is not text Nix can read (invalid UTF-8, a NUL byte).
    InvalidSource(String),

    // ② lower
    /// `{ a = 1; a = 2; }`: Nix rejects this while parsing.
    DuplicateAttribute {
        name: String,
        /// `file:line:col` of the first definition, as Nix's message gives it.
        first_defined_at: Option<String>,
    },
    /// A variable bound nowhere in scope and not under `with`.
    UndefinedVariable { name: String },
    /// `let ${x} = 1; in ...`.
    DynamicAttributeInLet,
    /// A formal argument bound twice, `{ a, a }:`.
    DuplicateFormal { name: String },
    /// A construct ncc deliberately does not support (`<nixpkgs>`, `~/x`, `__curPos`...).
    Unsupported { what: String },

    // ③ eval
    /// A failure while evaluating: type errors, missing attributes, `throw`, `assert`...
    Eval { message: String },

    /// A value ncc needed but cannot know: an option only a module it does not evaluate
    /// declares, a package, an external source (DESIGN.md §8.3). A warning: NixOS
    /// would have the value; ncc only cannot check what depends on it.
    Unknown { what: String },

    // ④ modules
    /// A module-system error, worded as nixpkgs words it.
    Module {
        code: ModuleErrorCode,
        message: String,
    },

    // ⑤ rules of a downstream crate (the compiler's lints and checks).
    Rule {
        code: &'static str,
        severity: Severity,
        message: String,
    },
}

/// The kinds of module-system errors, each with a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModuleErrorCode {
    OptionDoesNotExist,
    NotOfType,
    ConflictingDefinitions,
    NoValue,
    NullAndNotNull,
    NotUnique,
    InvalidModule,
    FailedAssertion,
    Warning,
}

impl ModuleErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            ModuleErrorCode::OptionDoesNotExist => "M001",
            ModuleErrorCode::NotOfType => "M002",
            ModuleErrorCode::ConflictingDefinitions => "M003",
            ModuleErrorCode::NoValue => "M004",
            ModuleErrorCode::NullAndNotNull => "M005",
            ModuleErrorCode::NotUnique => "M006",
            ModuleErrorCode::InvalidModule => "M007",
            ModuleErrorCode::FailedAssertion => "M008",
            ModuleErrorCode::Warning => "M009",
        }
    }
}

/// One finding, with its place in the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub span: Span,
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    /// Machine-applicable fixes, each also said in words by `help`.
    pub suggestions: Vec<Suggestion>,
}

impl Diagnostic {
    pub fn new(kind: DiagnosticKind, span: Span) -> Diagnostic {
        Diagnostic {
            kind,
            span,
            labels: Vec::new(),
            notes: Vec::new(),
            help: None,
            suggestions: Vec::new(),
        }
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_suggestion(mut self, span: Span, replacement: impl Into<String>) -> Diagnostic {
        self.suggestions.push(Suggestion {
            span,
            replacement: replacement.into(),
        });
        self
    }

    /// The stable code of this diagnostic, as shown to users and in machine formats.
    pub fn code(&self) -> &'static str {
        match &self.kind {
            DiagnosticKind::Syntax(_) => "N001",
            DiagnosticKind::InvalidSource(_) => "N002",
            DiagnosticKind::DuplicateAttribute { .. } => "N101",
            DiagnosticKind::UndefinedVariable { .. } => "N102",
            DiagnosticKind::DynamicAttributeInLet => "N103",
            DiagnosticKind::DuplicateFormal { .. } => "N104",
            DiagnosticKind::Unsupported { .. } => "N105",
            DiagnosticKind::Eval { .. } => "N201",
            DiagnosticKind::Unknown { .. } => "N301",
            DiagnosticKind::Module { code, .. } => code.code(),
            DiagnosticKind::Rule { code, .. } => code,
        }
    }

    pub fn severity(&self) -> Severity {
        match &self.kind {
            DiagnosticKind::Module {
                code: ModuleErrorCode::Warning,
                ..
            } => Severity::Warning,
            DiagnosticKind::Rule { severity, .. } => *severity,
            DiagnosticKind::Unknown { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The one-line statement of the problem.
    pub fn message(&self) -> String {
        match &self.kind {
            DiagnosticKind::Syntax(message) => message.clone(),
            DiagnosticKind::InvalidSource(message) => message.clone(),
            DiagnosticKind::DuplicateAttribute {
                name,
                first_defined_at: Some(first),
            } => format!("attribute '{name}' already defined at {first}"),
            DiagnosticKind::DuplicateAttribute { name, .. } => {
                format!("attribute '{name}' already defined")
            }
            DiagnosticKind::UndefinedVariable { name } => format!("undefined variable '{name}'"),
            DiagnosticKind::DynamicAttributeInLet => {
                "dynamic attributes not allowed in let".to_owned()
            }
            DiagnosticKind::DuplicateFormal { name } => {
                format!("duplicate formal function argument '{name}'")
            }
            DiagnosticKind::Unsupported { what } => format!("{what} is not supported by ncc"),
            DiagnosticKind::Eval { message } => message.clone(),
            DiagnosticKind::Unknown { what } => {
                format!("ncc could not check this: it depends on {what}, which ncc cannot know")
            }
            DiagnosticKind::Module { message, .. } => message.clone(),
            DiagnosticKind::Rule { message, .. } => message.clone(),
        }
    }
}

/// The nearest candidates to `name`, as nixpkgs suggests options: Levenshtein distance
/// at most 2 (or a third of the name), nearest first, at most three.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| (levenshtein(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= 2.max(name.chars().count() / 3))
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, candidate)| candidate.to_owned())
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let options = ["privateNetwork", "autoStart", "hostAddress"];
        assert_eq!(
            did_you_mean("privateNetwrk", options),
            vec!["privateNetwork"]
        );
        assert!(did_you_mean("zzz", options).is_empty());
    }
}
