//! C213: a `timeoutStartSec` that systemd does not accept as a time span.
//!
//! **What it flags.** A `timeoutStartSec` that systemd's `parse_sec()` (the parser behind
//! `TimeoutStartSec=`, `src/basic/time-util.c`) refuses. Its grammar, transcribed below:
//! `infinity`, or one or more numbers, each optionally with a decimal fraction
//! (`1.5h`, `.5s`) and a unit, separated by optional whitespace (`1min 30s`, `1min30s`,
//! `5 6` is 11 seconds). A number without a unit counts seconds; `0` means no timeout. The
//! units, matched by the longest spelling first: `usec`/`us`/`μs`/`µs`,
//! `msec`/`ms`, `seconds`/`second`/`sec`/`s`, `minutes`/`minute`/`min`/`m`,
//! `hours`/`hour`/`hr`/`h`, `days`/`day`/`d`, `weeks`/`week`/`w`,
//! `months`/`month`/`M` (30.44 days), `years`/`year`/`y` (365.25 days). A leading `+`
//! is accepted, a `-` is not, and a sum that overflows 2⁶⁴ µs is refused.
//!
//! **Why it matters.** NixOS writes the value into the unit unchecked. systemd logs
//! "Failed to parse TimeoutStartSec= parameter, ignoring" and keeps the default, so the
//! container gets another timeout than the one configured, and a slow container is killed
//! while it starts.
//!
//! **Example.**
//!
//! ```nix
//! containers.db = {
//!   timeoutStartSec = "5 minutes and 30 seconds";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Write a systemd time span: `"5min 30s"`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

pub(super) const CODE: &str = "C213";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let value = container.timeout_start_sec.as_str();
        if has_control_character(value) {
            continue;
        }
        let Err(reason) = parse_time_span(value) else {
            continue;
        };
        let name = container.name.as_str();
        out.push(
            finding(
                CODE,
                Severity::Error,
                format!("containers.{name}.timeoutStartSec {} is not a time span systemd accepts: {reason}", quoted(value)),
                context.spans.option(name, &["timeoutStartSec"]),
            )
            .with_note("systemd would ignore `TimeoutStartSec=` and keep its default timeout")
            .with_help("write numbers with units, such as \"90s\", \"5min\", \"1min 30s\" or \"infinity\""),
        );
    }
}

const USEC_PER_SEC: u64 = 1_000_000;

/// The unit spellings in the order systemd tries them, with their length in µs.
const UNITS: &[(&str, u64)] = &[
    ("seconds", USEC_PER_SEC),
    ("second", USEC_PER_SEC),
    ("sec", USEC_PER_SEC),
    ("s", USEC_PER_SEC),
    ("minutes", 60 * USEC_PER_SEC),
    ("minute", 60 * USEC_PER_SEC),
    ("min", 60 * USEC_PER_SEC),
    ("months", 2_629_800 * USEC_PER_SEC),
    ("month", 2_629_800 * USEC_PER_SEC),
    ("M", 2_629_800 * USEC_PER_SEC),
    ("msec", 1_000),
    ("ms", 1_000),
    ("m", 60 * USEC_PER_SEC),
    ("hours", 3_600 * USEC_PER_SEC),
    ("hour", 3_600 * USEC_PER_SEC),
    ("hr", 3_600 * USEC_PER_SEC),
    ("h", 3_600 * USEC_PER_SEC),
    ("days", 86_400 * USEC_PER_SEC),
    ("day", 86_400 * USEC_PER_SEC),
    ("d", 86_400 * USEC_PER_SEC),
    ("weeks", 604_800 * USEC_PER_SEC),
    ("week", 604_800 * USEC_PER_SEC),
    ("w", 604_800 * USEC_PER_SEC),
    ("years", 31_557_600 * USEC_PER_SEC),
    ("year", 31_557_600 * USEC_PER_SEC),
    ("y", 31_557_600 * USEC_PER_SEC),
    ("usec", 1),
    ("us", 1),
    ("\u{3bc}s", 1),
    ("\u{b5}s", 1),
];

/// systemd's `USEC_INFINITY`.
const INFINITY: u64 = u64::MAX;

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// `parse_sec()`: the time span in µs (`u64::MAX` for `infinity`), or why it is not one.
pub(super) fn parse_time_span(text: &str) -> Result<u64, String> {
    let mut rest = text.trim_start_matches(is_whitespace);
    if let Some(after) = rest.strip_prefix("infinity") {
        return if after.chars().all(is_whitespace) {
            Ok(INFINITY)
        } else {
            Err("`infinity` must stand alone".to_owned())
        };
    }
    let mut total: u64 = 0;
    let mut something = false;
    loop {
        rest = rest.trim_start_matches(is_whitespace);
        if rest.is_empty() {
            if !something {
                return Err("it is empty".to_owned());
            }
            return Ok(total);
        }
        if rest.starts_with('-') {
            return Err("a time span cannot be negative".to_owned());
        }
        // strtoll(): an optional `+`, then decimal digits.
        let unsigned = rest.strip_prefix('+').unwrap_or(rest);
        let digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
        let (whole, after_number) = if digits == 0 {
            (0, rest)
        } else {
            let number: u64 = unsigned[..digits]
                .parse()
                .map_err(|_| "the number is too large".to_owned())?;
            if number > i64::MAX as u64 {
                return Err("the number is too large".to_owned());
            }
            (number, &unsigned[digits..])
        };
        let (fraction, after_fraction) = match after_number.strip_prefix('.') {
            Some(after_point) => {
                let count = after_point.bytes().take_while(u8::is_ascii_digit).count();
                (Some(&after_point[..count]), &after_point[count..])
            }
            None if digits == 0 => {
                return Err(format!("expected a number at {}", quoted(rest)));
            }
            None => (None, after_number),
        };
        let unit_text = after_fraction.trim_start_matches(is_whitespace);
        let unit = UNITS
            .iter()
            .find(|(suffix, _)| unit_text.starts_with(suffix));
        let (multiplier, after_unit) = match unit {
            Some((suffix, usec)) => (*usec, &unit_text[suffix.len()..]),
            None => {
                if unit_text.len() == after_fraction.len() && !unit_text.is_empty() {
                    let word: String = unit_text
                        .chars()
                        .take_while(|c| !is_whitespace(*c) && !c.is_ascii_digit())
                        .collect();
                    return Err(format!("{} is not a time unit", quoted(&word)));
                }
                (USEC_PER_SEC, unit_text)
            }
        };
        if whole >= INFINITY / multiplier {
            return Err("the time span is too large".to_owned());
        }
        let part = whole * multiplier;
        if part >= INFINITY - total {
            return Err("the time span is too large".to_owned());
        }
        total += part;
        something = true;
        if let Some(fraction) = fraction {
            if fraction.is_empty() {
                return Err("a decimal point must be followed by digits".to_owned());
            }
            let mut scale = multiplier / 10;
            for digit in fraction.bytes() {
                let part = u64::from(digit - b'0') * scale;
                if part >= INFINITY - total {
                    return Err("the time span is too large".to_owned());
                }
                total += part;
                scale /= 10;
            }
        }
        rest = after_unit;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of};

    const CASES: &[&str] = &[
        "1min",
        "1min 30s",
        "1min30s",
        "infinity",
        " infinity ",
        "infinityx",
        "5M",
        "5m",
        ".5s",
        "5.",
        "5 6",
        "5s6",
        "+5",
        "-5",
        "0",
        "1 min",
        "1m30",
        "1.5h",
        "5 sec x",
        "1x",
        "1e3",
        "0x10",
        "",
        "  ",
        "90",
        "2 weeks",
        "3 months",
        "1y",
        "10us",
        "10µs",
        "10μs",
        "1.",
        "1.s",
        "1 .5",
        "12.34.56",
        "12.34 .56",
        "12.34s.56",
        "5 minutes and 30 seconds",
        "99999999999999999999",
        "18446744073709551615us",
        "584542y",
        "584541y",
        "1min,30s",
        "1hour",
        "1 hr",
        "3d",
        "+-5",
        "+",
        "1 + 2",
    ];

    #[test]
    fn the_grammar_of_parse_sec() {
        assert_eq!(parse_time_span("1min 30s"), Ok(90 * USEC_PER_SEC));
        assert_eq!(parse_time_span("1.5h"), Ok(5_400 * USEC_PER_SEC));
        assert_eq!(parse_time_span(".5s"), Ok(500_000));
        assert_eq!(parse_time_span("5 6"), Ok(11 * USEC_PER_SEC));
        assert_eq!(parse_time_span("infinity"), Ok(INFINITY));
        for bad in [
            "",
            "5.",
            "-5",
            "1x",
            "1e3",
            "5 sec x",
            "infinityx",
            "12.34.56",
        ] {
            assert!(parse_time_span(bad).is_err(), "{bad:?}");
        }
    }

    /// Cross-checks every case against `systemd-analyze timespan`, which parses with the
    /// same `parse_time()`, when it is installed.
    #[test]
    fn agrees_with_systemd_analyze() {
        for case in CASES {
            let output = match std::process::Command::new("systemd-analyze")
                .args(["timespan", "--", case])
                .output()
            {
                Ok(output) => output,
                Err(_) => {
                    eprintln!("systemd-analyze not found; skipping the cross-check");
                    return;
                }
            };
            let stdout = String::from_utf8_lossy(&output.stdout);
            let systemd = if output.status.success() {
                let micros = stdout
                    .lines()
                    .find_map(|line| line.trim().strip_prefix("μs: "))
                    .expect("systemd-analyze prints μs");
                Some(micros.trim().parse::<u64>().unwrap())
            } else {
                None
            };
            assert_eq!(
                parse_time_span(case).ok(),
                systemd,
                "case {case:?}: systemd says {stdout}"
            );
        }
    }

    #[test]
    fn the_default_passes_and_prose_does_not() {
        let mut db = container("db");
        assert!(codes(check, &host_of(vec![db.clone()])).is_empty());
        db.timeout_start_sec = "5 minutes and 30 seconds".to_owned();
        assert_eq!(codes(check, &host_of(vec![db])), ["C213"]);
    }
}
