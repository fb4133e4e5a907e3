//! Hostile inputs: every file of `testdata/bad/` goes through the whole compiler as the CLI
//! runs it, and must end quickly, without a panic, with at least one diagnostic and the
//! exit status `ncc check` would give (1 for findings, 2 for input it cannot read).
//!
//! A `.nix` case is the file itself, byte for byte (invalid UTF-8, NUL bytes, CRLF and
//! BOMs included). A `.gen` case is a recipe for an input too big to commit: lines of
//! `text "<JSON string>"` and `repeat <count> "<JSON string>"`, concatenated; lines
//! starting with `#` describe the case. Each snapshot shows the input (escaped, the
//! recipe for generated cases), the rendered diagnostics and the exit status.

// Shared with the other test files; not every helper is used here.
mod common;

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::time::{Duration, Instant};

use lib_nix::{Diagnostic, DiagnosticKind, Severity, SourceDb, Span};

/// How long one case may take. The promise is a second in a release build (the figures
/// are printed with `--nocapture`); an unoptimised build is about eight times slower.
const TIME_LIMIT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(10)
} else {
    Duration::from_secs(1)
};

/// Rendered diagnostics shown per case; the rest are counted.
const SHOWN_DIAGNOSTICS: usize = 8;

/// Bytes of one rendered diagnostic shown in a snapshot.
const SHOWN_BYTES: usize = 3_000;

#[test]
fn bad_inputs() {
    let mut timings = Vec::new();
    let mut failures = Vec::new();
    insta::glob!("../../testdata", "bad/*.{nix,gen}", |path| {
        let (bytes, shown_input) = load_case(path);
        let (virtual_path, name) = common::virtual_path(path);
        let outcome = run_case(&name, &virtual_path, bytes);
        let case = path.file_name().unwrap().to_string_lossy().into_owned();
        let outcome = match outcome {
            Ok(outcome) => outcome,
            Err(panic) => {
                failures.push(format!("{case}: ncc panicked: {panic}"));
                return;
            }
        };
        timings.push((outcome.elapsed, case.clone()));
        if outcome.elapsed >= TIME_LIMIT {
            failures.push(format!(
                "{case}: took {:?}, more than {TIME_LIMIT:?}",
                outcome.elapsed
            ));
        }
        if outcome.count == 0 {
            failures.push(format!("{case}: no diagnostic"));
        }
        if outcome.exit != 1 && outcome.exit != 2 {
            failures.push(format!("{case}: exit status {}", outcome.exit));
        }
        let snapshot = format!(
            "--- input\n{shown_input}\n--- diagnostics ({})\n{}\n--- exit status\n{}\n",
            outcome.count, outcome.rendered, outcome.exit
        );
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("bad", snapshot);
        });
    });
    timings.sort();
    eprintln!("slowest bad cases:");
    for (elapsed, case) in timings.iter().rev().take(15) {
        eprintln!("  {:>8.1} ms  {case}", elapsed.as_secs_f64() * 1000.0);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(timings.len() >= 55, "only {} bad cases", timings.len());
}

/// What one compilation of a hostile input gave.
struct Outcome {
    rendered: String,
    count: usize,
    exit: u8,
    elapsed: Duration,
}

/// Compiles `bytes` as `ncc check` does: decoded as `cli/input.rs` decodes files (a
/// leading BOM dropped; a byte that is not UTF-8 read as Nix reads it, or one N002
/// diagnostic where the file then does not parse), then compiled on the large
/// stack of [`lib_nix::run_with_stack`]. A panic comes back as `Err` with its message.
fn run_case(name: &str, virtual_path: &str, bytes: Vec<u8>) -> Result<Outcome, String> {
    let io = common::testdata_io();
    let start = Instant::now();
    let (name, virtual_path) = (name.to_owned(), virtual_path.to_owned());
    let result = std::panic::catch_unwind(AssertUnwindSafe(move || match decode(bytes) {
        Ok(text) => lib_nix::run_with_stack(move || {
            let compilation = compiler::compile(&name, &virtual_path, &text, &io);
            summarise(&compilation.diagnostics, &compilation.sources)
        }),
        Err((lossy, offset)) => {
            let (diagnostic, sources) = invalid_utf8(&name, &virtual_path, lossy, offset);
            summarise(&[diagnostic], &sources)
        }
    }));
    let elapsed = start.elapsed();
    let (rendered, count, errors) = result.map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic without a message".to_owned())
    })?;
    Ok(Outcome {
        rendered,
        count,
        exit: if errors > 0 { 1 } else { 0 },
        elapsed,
    })
}

/// The rendered diagnostics (the first few, each cut to a readable length), how many
/// there were, and how many of them are errors.
fn summarise(diagnostics: &[Diagnostic], sources: &SourceDb) -> (String, usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .count();
    let mut shown: Vec<String> = diagnostics
        .iter()
        .take(SHOWN_DIAGNOSTICS)
        .map(|d| cut(compiler::render::render(d, sources, false)))
        .collect();
    if diagnostics.len() > SHOWN_DIAGNOSTICS {
        shown.push(format!(
            "(and {} more)",
            diagnostics.len() - SHOWN_DIAGNOSTICS
        ));
    }
    (shown.join("\n\n"), diagnostics.len(), errors)
}

fn cut(mut text: String) -> String {
    if text.len() > SHOWN_BYTES {
        let mut end = SHOWN_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = text.len() - end;
        text.truncate(end);
        text.push_str(&format!("… ({rest} more bytes)"));
    }
    text
}

/// As `cli/input.rs` reads a file: as Nix reads its bytes, or, where that text does not
/// parse and is not UTF-8, the lossy text and the offset of the first invalid byte.
fn decode(bytes: Vec<u8>) -> Result<String, (String, usize)> {
    compiler::io::decode_given(bytes)
}

/// The diagnostic `cli/input.rs` gives a file that is not UTF-8.
fn invalid_utf8(name: &str, path: &str, lossy: String, offset: usize) -> (Diagnostic, SourceDb) {
    let mut sources = SourceDb::default();
    let replacement = '\u{fffd}'.len_utf8() as u32;
    let file = sources.add(name.to_owned(), path.to_owned(), lossy);
    let offset = offset as u32;
    let diagnostic = Diagnostic::new(
        DiagnosticKind::InvalidSource(format!(
            "the file is not valid UTF-8 (an invalid byte at offset {offset})"
        )),
        Span::new(file, offset, offset + replacement),
    )
    .with_help("save the file as UTF-8");
    (diagnostic, sources)
}

/// The bytes of a case and how its snapshot shows them.
fn load_case(path: &Path) -> (Vec<u8>, String) {
    let bytes = std::fs::read(path).expect("case is readable");
    if path.extension().is_some_and(|e| e == "gen") {
        let recipe = String::from_utf8(bytes).expect("recipes are UTF-8");
        let generated = generate(&recipe);
        let shown = format!("{recipe}(generates {} bytes)", generated.len());
        (generated, shown)
    } else {
        let shown = escape(&bytes);
        (bytes, shown)
    }
}

/// Runs a `.gen` recipe.
fn generate(recipe: &str) -> Vec<u8> {
    let mut out = String::new();
    for line in recipe.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (command, rest) = line.split_once(' ').expect("a command and its argument");
        match command {
            "text" => out.push_str(&json_string(rest)),
            "repeat" => {
                let (count, text) = rest.split_once(' ').expect("a count and a string");
                let count: usize = count.parse().expect("a count");
                out.push_str(&json_string(text).repeat(count));
            }
            other => panic!("unknown recipe command {other:?}"),
        }
    }
    out.into_bytes()
}

fn json_string(text: &str) -> String {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: not a JSON string: {e}"))
}

/// Shows bytes readably: invalid UTF-8 as `\xNN`, control characters other than newline
/// and tab, and invisible ones, as escapes; a carriage return before a newline stays
/// visible as `\r`. Long inputs are cut.
fn escape(bytes: &[u8]) -> String {
    const SHOWN: usize = 4_000;
    let mut out = String::new();
    for chunk in bytes[..bytes.len().min(SHOWN)].utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' | '\t' => out.push(c),
                '\r' => out.push_str("\\r"),
                '\0' => out.push_str("\\0"),
                c if c.is_control() || c == '\u{feff}' => {
                    out.push_str(&format!("\\u{{{:x}}}", c as u32))
                }
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    if bytes.len() > SHOWN {
        out.push_str(&format!("… ({} more bytes)", bytes.len() - SHOWN));
    }
    if !out.ends_with('\n') {
        out.push_str("⏎ (no final newline)");
    }
    out
}
