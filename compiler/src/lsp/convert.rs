//! Between ncc's world and the protocol's: byte offsets and UTF-16 positions, paths and
//! `file://` URIs, ncc's diagnostics and LSP diagnostics.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lib_nix::{Diagnostic, Severity, SourceDb, Span};
use lsp_types as lsp;
use serde_json::json;

/// Where a diagnostic code's documentation lives, unless the client says otherwise
/// (`initializationOptions.docsBaseUrl`): `{base}/codes/{CODE}.html`, the page
/// `ncc explain CODE --format markdown` renders.
pub const DEFAULT_DOCS_BASE_URL: &str = "https://example.org/ncc/docs";

/// The documentation page of `code`.
pub fn docs_url(base: &str, code: &str) -> String {
    format!("{}/codes/{code}.html", base.trim_end_matches('/'))
}

/// Line starts of one text, to turn byte offsets into LSP positions (UTF-16 code units,
/// the protocol's default) and back.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, starts }
    }

    /// The position of byte `offset`, clamped to the text.
    pub fn position(&self, offset: u32) -> lsp::Position {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let character: usize = self.text[self.starts[line]..offset]
            .chars()
            .map(char::len_utf16)
            .sum();
        lsp::Position::new(line as u32, character as u32)
    }

    pub fn range(&self, start: u32, end: u32) -> lsp::Range {
        lsp::Range::new(self.position(start), self.position(end))
    }

    /// The byte offset of `position`, clamped to its line and to the text.
    pub fn offset(&self, position: lsp::Position) -> u32 {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len() as u32;
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(self.text.len(), |next| next - 1);
        let mut units = 0;
        for (at, ch) in self.text[start..end].char_indices() {
            if units >= position.character as usize {
                return (start + at) as u32;
            }
            units += ch.len_utf16();
        }
        end as u32
    }
}

/// The path a `file://` URI names; `None` for other schemes.
pub fn path_of_uri(uri: &lsp::Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///x` or `file://localhost/x`.
    let path = if rest.starts_with('/') {
        rest
    } else {
        rest.strip_prefix("localhost")?
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    if !decoded.starts_with('/') {
        return None;
    }
    Some(PathBuf::from(lib_nix::path::canonicalize(&decoded)))
}

/// The `file://` URI of an absolute path.
pub fn uri_of_path(path: &Path) -> lsp::Uri {
    let mut text = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            text.push(byte as char);
        } else {
            text.push_str(&format!("%{byte:02X}"));
        }
    }
    lsp::Uri::from_str(&text)
        .unwrap_or_else(|_| lsp::Uri::from_str("file:///").expect("`file:///` is a valid URI"))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = text.get(at + 1..at + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The file of a run that is a real file on disk or in the editor (not ncc's own schema).
pub fn real_path(sources: &SourceDb, span: Span) -> Option<PathBuf> {
    let path = &sources.get(span.file)?.path;
    (path.starts_with('/') && !lib_nix::source::is_ncc_own(path)).then(|| PathBuf::from(path))
}

/// The LSP form of `diagnostic`, placed in `file` (where its span lies, or the host when
/// it lies in no real file: then at the start of the host).
pub fn diagnostic(
    diagnostic: &Diagnostic,
    sources: &SourceDb,
    in_real_file: bool,
    docs_base: &str,
) -> lsp::Diagnostic {
    let text = &sources.file(diagnostic.span.file).text;
    let index = LineIndex::new(text);
    let range = if in_real_file {
        index.range(diagnostic.span.start, diagnostic.span.end)
    } else {
        lsp::Range::default()
    };
    let mut message = diagnostic.message();
    for note in &diagnostic.notes {
        message.push('\n');
        message.push_str(note);
    }
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let related: Vec<lsp::DiagnosticRelatedInformation> = diagnostic
        .labels
        .iter()
        .filter_map(|label| {
            let path = real_path(sources, label.span)?;
            let text = &sources.file(label.span.file).text;
            Some(lsp::DiagnosticRelatedInformation {
                location: lsp::Location::new(
                    uri_of_path(&path),
                    LineIndex::new(text).range(label.span.start, label.span.end),
                ),
                message: label.message.clone(),
            })
        })
        .collect();
    let fixes: Vec<serde_json::Value> = diagnostic
        .suggestions
        .iter()
        .filter(|fix| in_real_file && fix.span.file == diagnostic.span.file)
        .map(|fix| {
            json!({
                "range": index.range(fix.span.start, fix.span.end),
                "newText": fix.replacement,
            })
        })
        .collect();
    let code = diagnostic.code();
    lsp::Diagnostic {
        range,
        severity: Some(match diagnostic.severity() {
            Severity::Error => lsp::DiagnosticSeverity::ERROR,
            Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        }),
        code: Some(lsp::NumberOrString::String(code.to_owned())),
        code_description: lsp::Uri::from_str(&docs_url(docs_base, code))
            .ok()
            .map(|href| lsp::CodeDescription { href }),
        source: Some("ncc".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: (!fixes.is_empty()).then(|| json!({ "fixes": fixes })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units() {
        let text = "a\n\u{e9}\u{1f600}x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap() as u32;
        assert_eq!(index.position(x), lsp::Position::new(1, 3));
        assert_eq!(index.offset(lsp::Position::new(1, 3)), x);
        assert_eq!(index.offset(lsp::Position::new(1, 99)), x + 1);
        assert_eq!(index.offset(lsp::Position::new(9, 0)), text.len() as u32);
        assert_eq!(index.position(999), lsp::Position::new(2, 0));
    }

    #[test]
    fn paths_and_uris_round_trip() {
        let path = Path::new("/tmp/my hosts/wéb.nix");
        let uri = uri_of_path(path);
        assert_eq!(uri.as_str(), "file:///tmp/my%20hosts/w%C3%A9b.nix");
        assert_eq!(path_of_uri(&uri).unwrap(), path);
        let other = lsp::Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(path_of_uri(&other), None);
    }
}
