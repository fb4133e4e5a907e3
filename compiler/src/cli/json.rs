//! `--format json`: every finding of a call as one JSON document on standard output.
//!
//! The layout is stable (`"version": 1`); fields are only ever added:
//!
//! ```json
//! {
//!   "version": 1,
//!   "summary": { "errors": 1, "warnings": 0, "files": 1, "files_with_findings": 1, "unreadable": 0 },
//!   "files": ["hosts/web.nix"],
//!   "diagnostics": [{
//!     "file": "hosts/web.nix",
//!     "code": "M002",
//!     "severity": "error",
//!     "message": "A definition for option `containers.web.autoStart' is not of type `boolean'. ...",
//!     "range": {
//!       "start": { "line": 5, "column": 17, "byte_column": 17, "offset": 83 },
//!       "end":   { "line": 5, "column": 22, "byte_column": 22, "offset": 88 }
//!     },
//!     "labels": [{ "file": "...", "range": { ... }, "message": "also defined here" }],
//!     "notes": ["- In `hosts/web.nix': \"yes\""],
//!     "help": null
//!   }],
//!   "notes": [{ "file": "pkgs/motd.nix", "message": "no host reaches this file (a package); parsed only" }]
//! }
//! ```
//!
//! Lines and columns are 1-based; `column` counts characters (as editors show them),
//! `byte_column` counts UTF-8 bytes, `offset` is the 0-based byte offset in the file; an
//! end is exclusive. `message` is the first line of the message, and the lines after it
//! are the first note. `files` lists the files checked; `summary.unreadable` counts those
//! that could not be read (named on standard error). `notes` says what ncc did not check
//! (a file no host reaches, a host it could not evaluate), one entry per line that human
//! output prints as `note: FILE: MESSAGE`; notes are never findings.

use serde_json::{json, Value};

use lib_nix::{SourceDb, Span};

use super::report::{range, split_message, Position, Report};

/// The version of this document's layout.
const FORMAT_VERSION: u64 = 1;

/// The whole document.
pub fn document(report: &Report) -> Value {
    let counts = report.counts();
    let diagnostics: Vec<Value> = report
        .diagnostics()
        .map(|(diagnostic, sources)| {
            let (message, details) = split_message(diagnostic);
            let notes: Vec<&str> = details
                .iter()
                .map(String::as_str)
                .chain(diagnostic.notes.iter().map(String::as_str))
                .collect();
            let labels: Vec<Value> = diagnostic
                .labels
                .iter()
                .map(|label| {
                    json!({
                        "file": report.file_name(sources, label.span.file),
                        "range": range_json(sources, label.span),
                        "message": label.message,
                    })
                })
                .collect();
            json!({
                "file": report.file_name(sources, diagnostic.span.file),
                "code": diagnostic.code(),
                "severity": diagnostic.severity().to_string(),
                "message": message,
                "range": range_json(sources, diagnostic.span),
                "labels": labels,
                "notes": notes,
                "help": diagnostic.help,
            })
        })
        .collect();
    json!({
        "version": FORMAT_VERSION,
        "summary": {
            "errors": counts.errors,
            "warnings": counts.warnings,
            "files": counts.files,
            "files_with_findings": counts.files_with_findings,
            "unreadable": counts.unreadable,
        },
        "files": report.files.iter().map(|file| file.name.as_str()).collect::<Vec<_>>(),
        "diagnostics": diagnostics,
        "notes": report
            .notes
            .iter()
            .map(|note| json!({ "file": report.note_file_name(note), "message": note.message }))
            .collect::<Vec<_>>(),
    })
}

fn range_json(sources: &SourceDb, span: Span) -> Value {
    let (start, end) = range(sources, span);
    json!({ "start": position_json(start), "end": position_json(end) })
}

fn position_json(position: Position) -> Value {
    json!({
        "line": position.line,
        "column": position.column,
        "byte_column": position.byte_column,
        "offset": position.offset,
    })
}
