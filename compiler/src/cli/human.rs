//! Findings for people: rustc-style frames (see `compiler::render`), then one summary
//! line, on standard error.
//!
//! The summary line:
//! - with findings: the counts that are not zero and the files they are in,
//!   "2 errors, 1 warning in 3 files", or "1 error in 1 of 4 files" when some files were
//!   clean;
//! - without: "no problems in 4 files";
//! - files that could not be read add "; 1 file could not be read";
//! - `--quiet` prints the findings only, never the summary.

use std::io::Write;

use compiler::render::{self, Style};

use super::report::{plural, Counts, Report};

/// Writes every diagnostic and the summary to `out`.
pub fn write(
    report: &Report,
    color: bool,
    quiet: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let style = Style {
        color,
        relative_to: report.cwd.clone(),
    };
    for (diagnostic, sources) in report.diagnostics() {
        writeln!(
            out,
            "{}\n",
            render::render_styled(diagnostic, sources, &style)
        )?;
    }
    if quiet {
        return Ok(());
    }
    let counts = report.counts();
    writeln!(out, "{}", summary(&counts))?;
    if let Some((diagnostic, _)) = report.diagnostics().next() {
        writeln!(
            out,
            "For more about a code, try `ncc explain {}`.",
            diagnostic.code()
        )?;
    }
    Ok(())
}

/// The summary line (see the module documentation).
pub fn summary(counts: &Counts) -> String {
    let mut line = findings(counts);
    if counts.unreadable > 0 {
        line.push_str(&format!(
            "; {} could not be read",
            plural(counts.unreadable, "file")
        ));
    }
    line
}

fn findings(counts: &Counts) -> String {
    let files = |count: usize| {
        if count == counts.files {
            plural(count, "file")
        } else {
            format!("{count} of {}", plural(counts.files, "file"))
        }
    };
    if counts.errors + counts.warnings == 0 {
        return format!("no problems in {}", plural(counts.files, "file"));
    }
    let mut parts = Vec::new();
    if counts.errors > 0 {
        parts.push(plural(counts.errors, "error"));
    }
    if counts.warnings > 0 {
        parts.push(plural(counts.warnings, "warning"));
    }
    format!(
        "{} in {}",
        parts.join(", "),
        files(counts.files_with_findings)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(errors: usize, warnings: usize, with: usize, files: usize) -> String {
        summary(&Counts {
            errors,
            warnings,
            files_with_findings: with,
            files,
            unreadable: 0,
        })
    }

    #[test]
    fn summary_names_only_what_was_found() {
        assert_eq!(counts(2, 1, 3, 3), "2 errors, 1 warning in 3 files");
        assert_eq!(counts(1, 0, 1, 1), "1 error in 1 file");
        assert_eq!(counts(0, 2, 1, 4), "2 warnings in 1 of 4 files");
        assert_eq!(counts(3, 0, 2, 5), "3 errors in 2 of 5 files");
        assert_eq!(counts(0, 0, 0, 4), "no problems in 4 files");
        assert_eq!(counts(0, 0, 0, 1), "no problems in 1 file");
        let unreadable = Counts {
            errors: 1,
            warnings: 0,
            files_with_findings: 1,
            files: 1,
            unreadable: 2,
        };
        assert_eq!(
            summary(&unreadable),
            "1 error in 1 file; 2 files could not be read"
        );
    }
}
