//! Evaluation failures. A Nix `throw` or failed `assert` can be caught by `tryEval`;
//! everything else is the user's mistake reported as a diagnostic; an internal error
//! is ours.

use crate::diagnostic::{Diagnostic, DiagnosticKind, Label, ModuleErrorCode, Span};

#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// `throw "message"`: catchable.
    Throw(String),
    /// A failed `assert`: catchable.
    AssertionFailed(String),
    /// `abort "message"`.
    Abort(String),
    /// Type errors, missing attributes, bad arguments: Nix's own messages.
    Message(String),
    InfiniteRecursion,
    /// The evaluation went deeper than the call-depth limit.
    TooDeep,
    /// The evaluation took more steps than its budget.
    BudgetExceeded,
    /// The expression came from source that already failed to parse or lower;
    /// that problem has been reported, so this one is not.
    AlreadyReported,
    /// A module-system error (type mismatch, unknown option, ...).
    Module(ModuleErrorCode, String),
    /// The evaluation needs a value ncc does not have: an option no module it evaluates
    /// defines, a decision on a package or an external source (DESIGN.md §8.3). Not
    /// the user's mistake and not catchable: it propagates to whatever needed the
    /// value, which reports it only if ncc checks or writes that value.
    Unknown(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvalError {
    pub kind: ErrorKind,
    pub span: Option<Span>,
    /// Secondary places: definitions involved, or the chain of calls that led here.
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub notes: Vec<String>,
}

impl EvalError {
    pub fn new(kind: ErrorKind, span: Option<Span>) -> Box<EvalError> {
        Box::new(EvalError {
            kind,
            span,
            labels: Vec::new(),
            help: None,
            notes: Vec::new(),
        })
    }

    pub fn message(message: impl Into<String>, span: Option<Span>) -> Box<EvalError> {
        EvalError::new(ErrorKind::Message(message.into()), span)
    }

    /// True for what `builtins.tryEval` catches: module-system errors too, which
    /// nixpkgs raises with `throw`.
    pub fn is_catchable(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::Throw(_) | ErrorKind::AssertionFailed(_) | ErrorKind::Module(..)
        )
    }

    pub fn text(&self) -> String {
        match &self.kind {
            ErrorKind::Throw(message) => message.clone(),
            ErrorKind::AssertionFailed(message) => message.clone(),
            ErrorKind::Abort(message) => format!("evaluation aborted with the following error message: '{message}'"),
            ErrorKind::Message(message) => message.clone(),
            ErrorKind::InfiniteRecursion => "infinite recursion encountered".to_owned(),
            ErrorKind::TooDeep => {
                "stack overflow: the evaluation went deeper than the call-depth limit (possible infinite recursion)".to_owned()
            }
            ErrorKind::BudgetExceeded => {
                "evaluation budget exceeded: the evaluation took too many steps (possible infinite loop)".to_owned()
            }
            ErrorKind::AlreadyReported => "an error reported above".to_owned(),
            ErrorKind::Module(_, message) => message.clone(),
            ErrorKind::Unknown(what) => format!("ncc cannot know {what}"),
        }
    }

    /// An [`ErrorKind::Unknown`] error: the evaluation needed `what`.
    pub fn unknown(what: impl Into<String>, span: Option<Span>) -> Box<EvalError> {
        EvalError::new(ErrorKind::Unknown(what.into()), span)
    }

    /// True when the evaluation stopped on a value ncc cannot know, not on a mistake.
    pub fn is_unknown(&self) -> bool {
        matches!(self.kind, ErrorKind::Unknown(_))
    }

    /// The diagnostic for this error, placed at `fallback` when it has no span of its own.
    /// `None` for an error that was already reported.
    pub fn to_diagnostic(&self, fallback: Span) -> Option<Diagnostic> {
        let kind = match &self.kind {
            ErrorKind::AlreadyReported => return None,
            ErrorKind::Module(code, message) => DiagnosticKind::Module {
                code: *code,
                message: message.clone(),
            },
            ErrorKind::Unknown(what) => DiagnosticKind::Unknown { what: what.clone() },
            _ => DiagnosticKind::Eval {
                message: self.text(),
            },
        };
        let mut diagnostic = Diagnostic::new(kind, self.span.unwrap_or(fallback));
        diagnostic.labels = self.labels.clone();
        diagnostic.notes = self.notes.clone();
        diagnostic.help = self.help.clone();
        Some(diagnostic)
    }
}
