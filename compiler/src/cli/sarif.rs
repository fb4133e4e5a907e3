//! `--format sarif`: the findings as a SARIF 2.1.0 log, the format GitHub code scanning
//! and other CI dashboards read.
//!
//! One run; its driver lists a rule for every code the results use, with the metadata of
//! `ncc explain` (`cli/explain.rs`). Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`) and regions also carry byte offsets. File names are
//! relative URIs against `%SRCROOT%`, the directory ncc ran in, when they lie below it.
//! What ncc did not check (a file no host reaches, a host it could not evaluate) is said
//! by the invocation's `toolExecutionNotifications`, at level `note`: about the run, not
//! findings in the code.

use serde_json::{json, Value};

use lib_nix::{Diagnostic, SourceDb, Span};

use super::explain;
use super::report::{range, split_message, Report};

/// The schema the log declares.
const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The whole log.
pub fn document(report: &Report) -> Value {
    let mut rule_codes: Vec<&str> = report.diagnostics().map(|(d, _)| d.code()).collect();
    rule_codes.sort_by_key(|code| {
        (
            explain::CODES
                .iter()
                .position(|doc| doc.code == *code)
                .unwrap_or(usize::MAX),
            *code,
        )
    });
    rule_codes.dedup();
    let rules: Vec<Value> = rule_codes.iter().map(|code| rule(code)).collect();
    let results: Vec<Value> = report
        .diagnostics()
        .map(|(diagnostic, sources)| {
            let index = rule_codes
                .iter()
                .position(|code| *code == diagnostic.code())
                .unwrap_or(0);
            result(report, diagnostic, sources, index)
        })
        .collect();
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "ncc",
                    "fullName": "ncc, the NixOS container compiler",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation(report)],
            "results": results,
        }]
    })
}

/// How the run went, with a notification for each note.
fn invocation(report: &Report) -> Value {
    let mut invocation = json!({ "executionSuccessful": report.unreadable == 0 });
    if !report.notes.is_empty() {
        let notifications: Vec<Value> = report
            .notes
            .iter()
            .map(|note| {
                json!({
                    "level": "note",
                    "message": { "text": note.message },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": artifact_location(&report.note_file_name(note)),
                        }
                    }],
                })
            })
            .collect();
        invocation["toolExecutionNotifications"] = Value::from(notifications);
    }
    invocation
}

/// The rule metadata of one code, from its documentation.
fn rule(code: &str) -> Value {
    let Some(doc) = explain::lookup(code) else {
        return json!({ "id": code });
    };
    json!({
        "id": doc.code,
        "name": doc.name,
        "shortDescription": { "text": doc.title },
        "fullDescription": { "text": doc.meaning },
        "help": {
            "text": format!("{} Run `ncc explain {}` for an example.", doc.fix, doc.code),
            "markdown": explain::to_markdown(doc),
        },
        "defaultConfiguration": { "level": level(doc.severity) },
    })
}

fn result(
    report: &Report,
    diagnostic: &Diagnostic,
    sources: &SourceDb,
    rule_index: usize,
) -> Value {
    let (title, details) = split_message(diagnostic);
    let mut text = title;
    for line in details.iter().chain(diagnostic.notes.iter()) {
        text.push('\n');
        text.push_str(line);
    }
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let related: Vec<Value> = diagnostic
        .labels
        .iter()
        .enumerate()
        .map(|(id, label)| {
            json!({
                "id": id,
                "physicalLocation": physical_location(report, sources, label.span),
                "message": { "text": label.message },
            })
        })
        .collect();
    let mut result = json!({
        "ruleId": diagnostic.code(),
        "ruleIndex": rule_index,
        "level": level(diagnostic.severity()),
        "message": { "text": text },
        "locations": [{ "physicalLocation": physical_location(report, sources, diagnostic.span) }],
    });
    if !related.is_empty() {
        result["relatedLocations"] = Value::from(related);
    }
    result
}

fn physical_location(report: &Report, sources: &SourceDb, span: Span) -> Value {
    let name = report.file_name(sources, span.file);
    let (start, end) = range(sources, span);
    json!({
        "artifactLocation": artifact_location(&name),
        "region": {
            "startLine": start.line,
            "startColumn": start.column,
            "endLine": end.line,
            "endColumn": end.column,
            "byteOffset": start.offset,
            "byteLength": end.offset - start.offset,
        }
    })
}

/// A file as an absolute `file://` URI, or relative to `%SRCROOT%`.
fn artifact_location(name: &str) -> Value {
    if name.starts_with('/') {
        json!({ "uri": format!("file://{}", encode_uri_path(name)) })
    } else {
        json!({ "uri": encode_uri_path(name), "uriBaseId": "%SRCROOT%" })
    }
}

fn level(severity: lib_nix::Severity) -> &'static str {
    match severity {
        lib_nix::Severity::Error => "error",
        lib_nix::Severity::Warning => "warning",
    }
}

/// Percent-encodes a file path for a URI, keeping `/` and the unreserved characters.
fn encode_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_uri_paths() {
        assert_eq!(encode_uri_path("hosts/web.nix"), "hosts/web.nix");
        assert_eq!(encode_uri_path("my hosts/é.nix"), "my%20hosts/%C3%A9.nix");
        assert_eq!(encode_uri_path("<ncc schema>"), "%3Cncc%20schema%3E");
    }
}
