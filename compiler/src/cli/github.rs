//! `--format github`: one GitHub Actions workflow command per finding, which GitHub shows
//! as an annotation on the pull request's changed lines:
//!
//! ```text
//! ::error file=hosts/web.nix,line=5,col=17,endLine=5,endColumn=21,title=M002::A definition ...
//! ```
//!
//! Columns count characters; `endColumn` is the column of the last character marked. The
//! message is the whole diagnostic (notes and help included) with its newlines escaped
//! as `%0A`, as workflow commands require. What ncc did not check (a file no host reaches,
//! a host it could not evaluate) follows as `::notice file=...,title=ncc::...`, which fails
//! nothing.

use std::fmt::Write;

use super::report::{last_character, range, split_message, Report};

/// Every workflow command, one per line.
pub fn commands(report: &Report) -> String {
    let mut out = String::new();
    for (diagnostic, sources) in report.diagnostics() {
        let (start, _) = range(sources, diagnostic.span);
        let end = last_character(sources, diagnostic.span);
        let command = match diagnostic.severity() {
            lib_nix::Severity::Error => "error",
            lib_nix::Severity::Warning => "warning",
        };
        let (title, details) = split_message(diagnostic);
        let mut message = title;
        for line in details.iter().chain(diagnostic.notes.iter()) {
            message.push('\n');
            message.push_str(line);
        }
        if let Some(help) = &diagnostic.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&report.file_name(sources, diagnostic.span.file)),
            start.line,
            start.column,
            end.line,
            end.column,
            escape_property(diagnostic.code()),
            escape_data(&message),
        );
    }
    for note in &report.notes {
        let _ = writeln!(
            out,
            "::notice file={},title=ncc::{}",
            escape_property(&report.note_file_name(note)),
            escape_data(&note.message),
        );
    }
    out
}

/// Escapes a command's message: `%`, carriage return and newline.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, and also `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_actions_toolkit_does() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
