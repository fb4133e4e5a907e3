//! Findings for people: rustc-style frames (see `compiler::render`), then one summary
//! line, on standard error.
//!
//! The summary line counts the files named on the command line (the files pre-commit
//! stages), or, when ncc found the hosts itself (`ncc check` in a project, `.#host`), the
//! hosts:
//! - with findings: the counts that are not zero and the files they are in,
//!   "2 errors, 1 warning in 3 files", or "1 error in 1 of 4 files" when some files were
//!   clean (a file a host imports counts once it holds a finding);
//! - without: "no problems in 4 files", "no problems in 2 hosts";
//! - files that could not be read add "; 1 file could not be read", or are the whole line
//!   when nothing else was checked;
//! - `--quiet` prints the findings only, never the summary.

use std::io::Write;

use compiler::render::{self, Style};

use super::report::{plural, Report, Summary};

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
    writeln!(out, "{}", summary(&report.summary()))?;
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
pub fn summary(counts: &Summary) -> String {
    let unread = plural(counts.unreadable, "file");
    // Nothing was checked: only what could not be read is said.
    if counts.total == 0 && counts.unreadable > 0 && counts.errors + counts.warnings == 0 {
        return format!("{unread} could not be read");
    }
    let mut line = findings(counts);
    if counts.unreadable > 0 {
        line.push_str(&format!("; {unread} could not be read"));
    }
    line
}

fn findings(counts: &Summary) -> String {
    let files = |count: usize| {
        if count == counts.total {
            plural(count, counts.unit)
        } else {
            format!("{count} of {}", plural(counts.total, counts.unit))
        }
    };
    if counts.errors + counts.warnings == 0 {
        return format!("no problems in {}", plural(counts.total, counts.unit));
    }
    let mut parts = Vec::new();
    if counts.errors > 0 {
        parts.push(plural(counts.errors, "error"));
    }
    if counts.warnings > 0 {
        parts.push(plural(counts.warnings, "warning"));
    }
    format!("{} in {}", parts.join(", "), files(counts.with_findings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(
        errors: usize,
        warnings: usize,
        with: usize,
        total: usize,
        unit: &'static str,
    ) -> String {
        summary(&Summary {
            errors,
            warnings,
            with_findings: with,
            total,
            unit,
            unreadable: 0,
        })
    }

    #[test]
    fn summary_names_only_what_was_found() {
        assert_eq!(line(2, 1, 3, 3, "file"), "2 errors, 1 warning in 3 files");
        assert_eq!(line(1, 0, 1, 1, "file"), "1 error in 1 file");
        assert_eq!(line(0, 2, 1, 4, "file"), "2 warnings in 1 of 4 files");
        assert_eq!(line(3, 0, 2, 5, "file"), "3 errors in 2 of 5 files");
        assert_eq!(line(0, 0, 0, 4, "file"), "no problems in 4 files");
        assert_eq!(line(0, 0, 0, 1, "file"), "no problems in 1 file");
        assert_eq!(line(0, 0, 0, 2, "host"), "no problems in 2 hosts");
        assert_eq!(line(1, 0, 1, 2, "host"), "1 error in 1 of 2 hosts");
        let unreadable = Summary {
            errors: 1,
            warnings: 0,
            with_findings: 1,
            total: 1,
            unit: "file",
            unreadable: 2,
        };
        assert_eq!(
            summary(&unreadable),
            "1 error in 1 file; 2 files could not be read"
        );
        let nothing_read = Summary {
            errors: 0,
            warnings: 0,
            with_findings: 0,
            total: 0,
            unit: "host",
            unreadable: 1,
        };
        assert_eq!(summary(&nothing_read), "1 file could not be read");
    }
}
