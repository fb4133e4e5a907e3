//! Diagnostics rendered for people, rustc-style, through annotate-snippets.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use lib_nix::{Diagnostic, Severity, SourceDb};

/// How diagnostics are shown.
#[derive(Debug, Clone, Default)]
pub struct Style {
    /// Add ANSI colours.
    pub color: bool,
    /// Show absolute file names below this directory relative to it (imported files are
    /// known by their absolute paths).
    pub relative_to: Option<String>,
}

/// Renders one diagnostic with its source frames. `color` adds ANSI styles.
pub fn render(diagnostic: &Diagnostic, sources: &SourceDb, color: bool) -> String {
    render_styled(
        diagnostic,
        sources,
        &Style {
            color,
            relative_to: None,
        },
    )
}

/// A file name as the user knows it: relative to `relative_to` when it lies below it.
pub fn display_name(name: &str, relative_to: Option<&str>) -> String {
    let Some(base) = relative_to else {
        return name.to_owned();
    };
    let base = base.trim_end_matches('/');
    match name.strip_prefix(base) {
        Some(rest) if !base.is_empty() && rest.starts_with('/') => rest[1..].to_owned(),
        _ => name.to_owned(),
    }
}

/// [`render`] with a [`Style`].
pub fn render_styled(diagnostic: &Diagnostic, sources: &SourceDb, style: &Style) -> String {
    let message = diagnostic.message();
    // A message may open with a blank line (NixOS's "\nFailed assertions:"); the title is
    // its first line with text.
    let mut lines = message.lines().skip_while(|line| line.trim().is_empty());
    let title = lines.next().unwrap_or("").to_owned();
    let rest: Vec<&str> = lines.collect();
    let level = match diagnostic.severity() {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let code = diagnostic.code();
    let mut group = Group::with_title(level.primary_title(title.as_str()).id(code));

    // One snippet per file: the primary span's file first, then the labels' files.
    let mut files = vec![diagnostic.span.file];
    for label in &diagnostic.labels {
        if !files.contains(&label.span.file) {
            files.push(label.span.file);
        }
    }
    for file in files {
        let source = sources.file(file);
        let text: &str = &source.text;
        let clamp = |start: u32, end: u32| {
            let len = text.len();
            let mut start = (start as usize).min(len);
            let mut end = (end as usize).min(len).max(start);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            while !text.is_char_boundary(end) {
                end += 1;
            }
            start..end
        };
        let primary = (diagnostic.span.file == file)
            .then(|| clamp(diagnostic.span.start, diagnostic.span.end));
        let labels: Vec<_> = diagnostic
            .labels
            .iter()
            .filter(|l| l.span.file == file)
            .map(|label| (clamp(label.span.start, label.span.end), label))
            .collect();
        // Only the lines the frame shows go to annotate-snippets, found in the file's line
        // index: rendering costs what those lines cost, not what the file does.
        let ranges = primary.iter().chain(labels.iter().map(|(range, _)| range));
        let first = ranges.clone().map(|range| range.start).min().unwrap_or(0);
        let last = ranges.map(|range| range.end).max().unwrap_or(0);
        // annotate-snippets counts no empty line after a final newline: the end of the
        // file is the end of the last line.
        let line_of = |offset: usize| {
            let offset = if offset == text.len() && offset > 0 && text.ends_with('\n') {
                offset - 1
            } else {
                offset
            };
            source.line_of(offset as u32)
        };
        let first_line = line_of(first);
        let last_line = line_of(last);
        let shown = source.lines_range(first_line, last_line - first_line + 1);
        let local =
            |range: &std::ops::Range<usize>| range.start - shown.start..range.end - shown.start;
        let name = display_name(&source.name, style.relative_to.as_deref());
        let mut snippet = Snippet::source(&text[shown.clone()])
            .line_start(first_line + 1)
            .path(name)
            .fold(true);
        if let Some(range) = &primary {
            snippet = snippet.annotation(AnnotationKind::Primary.span(local(range)));
        }
        for (range, label) in &labels {
            snippet = snippet.annotation(
                AnnotationKind::Context
                    .span(local(range))
                    .label(label.message.as_str()),
            );
        }
        group = group.element(snippet);
    }
    let details = rest.join("\n");
    let mut report: Vec<Group> = vec![group];
    if !details.trim().is_empty() {
        report.push(Group::with_title(
            Level::NOTE.secondary_title(details.as_str()),
        ));
    }
    for note in &diagnostic.notes {
        report.push(Group::with_title(
            Level::NOTE.secondary_title(note.as_str()),
        ));
    }
    if let Some(help) = &diagnostic.help {
        report.push(Group::with_title(
            Level::HELP.secondary_title(help.as_str()),
        ));
    }
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.render(&report).to_string()
}

/// `file:line:col` of a diagnostic's primary span.
pub fn location(diagnostic: &Diagnostic, sources: &SourceDb) -> String {
    sources.position(diagnostic.span)
}
