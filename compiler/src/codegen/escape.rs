//! Every escaping rule codegen applies, in one place: systemd unit values (specifiers,
//! quoting, `Environment=` assignments), systemd path escaping for unit names, and POSIX
//! shell quoting for the values baked into scripts.
//!
//! The `.conf` file is deliberately absent: NixOS writes its values raw (spec §4.3), and
//! ncc reproduces that byte for byte. Values that would break a line there are rejected by
//! the checks before codegen runs (DESIGN.md §4.7); the functions here still never let a
//! value escape its line or word, whatever they are given.

/// Doubles every `%`, so that systemd's specifier expansion gives the text back unchanged.
///
/// Use it for values systemd expands specifiers in (paths, unit names, `Environment=`),
/// never on text that is meant to contain a specifier such as `%i`.
pub(crate) fn escape_specifiers(value: &str) -> String {
    value.replace('%', "%%")
}

/// One word of a unit setting that systemd splits into words (`RequiresMountsFor=`,
/// `DeviceAllow=`, `Wants=`): returned as it is when it needs no quoting, otherwise
/// double-quoted with `\` and `"` escaped, and control characters written as C escapes.
pub(crate) fn quote_unit_word(value: &str) -> String {
    let needs_quotes = value.is_empty()
        || value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '\\'));
    if needs_quotes {
        c_quote(value)
    } else {
        value.to_owned()
    }
}

/// A path as one word of a unit setting: specifiers escaped, then quoted if needed.
pub(crate) fn unit_path_word(path: &str) -> String {
    quote_unit_word(&escape_specifiers(path))
}

/// The value of an `Environment=` line, `"NAME=value"`, always double-quoted as NixOS's
/// `toJSON "${n}=${v}"` writes it. Specifiers in `value` are kept, so `%i` still expands;
/// callers escape user text with [`escape_specifiers`] first.
pub(crate) fn environment_assignment(name: &str, value: &str) -> String {
    c_quote(&format!("{name}={value}"))
}

/// `systemd-escape --path`: the unit-name form of a path, as systemd derives
/// `sys-subsystem-net-devices-<iface>.device` and mount unit names.
///
/// The path is simplified first (repeated `/` and `.` components dropped, leading and
/// trailing `/` removed; the root becomes `-`). Then `/` becomes `-`, a leading `.` and
/// every byte outside `[A-Za-z0-9:_.]` becomes `\xNN` (lowercase hex), as systemd's
/// `unit_name_path_escape` does.
pub(crate) fn systemd_escape_path(path: &str) -> String {
    let components: Vec<&str> = path
        .split('/')
        .filter(|component| !component.is_empty() && *component != ".")
        .collect();
    if components.is_empty() {
        return "-".to_owned();
    }
    let simplified = components.join("/");
    let mut escaped = String::with_capacity(simplified.len());
    for (index, byte) in simplified.bytes().enumerate() {
        let plain = byte.is_ascii_alphanumeric() || matches!(byte, b':' | b'_' | b'.');
        if byte == b'/' {
            escaped.push('-');
        } else if plain && !(index == 0 && byte == b'.') {
            escaped.push(byte as char);
        } else {
            escaped.push_str(&format!("\\x{byte:02x}"));
        }
    }
    escaped
}

/// The device unit systemd creates for a network interface, which NixOS makes an
/// auto-started container want and start after.
pub(crate) fn network_device_unit(interface: &str) -> String {
    format!(
        "sys-subsystem-net-devices-{}.device",
        systemd_escape_path(interface)
    )
}

/// One shell word: returned as it is when every byte is in a conservative safe set,
/// otherwise single-quoted (a `'` becomes `'\''`).
pub(crate) fn shell_quote(value: &str) -> String {
    let is_safe = !value.is_empty()
        && value.bytes().all(|byte| {
            byte.is_ascii_alphanumeric()
                || matches!(
                    byte,
                    b'_' | b'@' | b'%' | b'+' | b'=' | b':' | b',' | b'.' | b'/' | b'-'
                )
        });
    if is_safe {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}

/// Text for a `#` comment line: control characters written as escapes, so a value can
/// never end the comment and start a line of its own.
pub(crate) fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// `"…"` with `\` and `"` escaped and control characters as C escapes, which systemd's
/// unquoting (`extract_first_word` with `EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE`) reverses.
fn c_quote(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() && (c as u32) < 0x80 => {
                quoted.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The arguments NixOS's start script gives systemd-nspawn for `additionalCapabilities`:
/// it holds `--capability="<the entries joined by ,>"` as written, without escaping, so
/// an entry with a `"` ends that argument and adds words of its own (`all"
/// --system-call-filter="add_key keyctl bpf" --capability="all`, which users write to pass
/// a flag with spaces). `None` where bash would expand or run something there, or the
/// quotes do not close: then no argument list is what NixOS's would be.
pub(crate) fn capability_words(entries: &[String]) -> Option<Vec<String>> {
    shell_words(&format!("--capability=\"{}\"", entries.join(",")))
}

/// The words bash makes of `text`, an argument list without expansions: `None` for
/// anything else (an expansion, an operator, an unclosed quote).
pub(crate) fn shell_words(text: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, c) if c == ' ' || c == '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None | Some('"'), '$' | '`') => return None,
            (None, ';' | '&' | '|' | '<' | '>' | '(' | ')' | '#' | '\n' | '*' | '?' | '[') => {
                return None
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '\\') => {
                word.push(chars.next()?);
                in_word = true;
            }
            (Some('"'), '\\') => match chars.peek() {
                Some(&next @ ('"' | '\\' | '$' | '`')) => {
                    word.push(next);
                    chars.next();
                }
                _ => word.push('\\'),
            },
            (Some(open), c) if c == open => quote = None,
            (_, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if quote.is_some() {
        return None;
    }
    if in_word {
        words.push(word);
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specifiers_are_doubled() {
        assert_eq!(escape_specifiers("/srv/100%/%i"), "/srv/100%%/%%i");
        assert_eq!(escape_specifiers("/srv/plain"), "/srv/plain");
    }

    #[test]
    fn unit_words_are_quoted_only_when_needed() {
        assert_eq!(quote_unit_word("/srv/pg"), "/srv/pg");
        assert_eq!(quote_unit_word("/srv/my data"), "\"/srv/my data\"");
        assert_eq!(quote_unit_word("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(quote_unit_word("line\nbreak"), "\"line\\nbreak\"");
        assert_eq!(quote_unit_word("bell\u{7}"), "\"bell\\x07\"");
        assert_eq!(quote_unit_word(""), "\"\"");
        assert_eq!(unit_path_word("/srv/50% off"), "\"/srv/50%% off\"");
    }

    #[test]
    fn environment_assignments_are_json_like() {
        assert_eq!(
            environment_assignment("root", "/var/lib/nixos-containers/%i"),
            "\"root=/var/lib/nixos-containers/%i\""
        );
        assert_eq!(
            environment_assignment("X", "say \"hi\"\n"),
            "\"X=say \\\"hi\\\"\\n\""
        );
    }

    #[test]
    fn paths_are_escaped_as_systemd_escape_path_does() {
        let cases = [
            ("eth0", "eth0"),
            ("enp0s31f6", "enp0s31f6"),
            ("eth-1", "eth\\x2d1"),
            ("br.100", "br.100"),
            ("/", "-"),
            ("", "-"),
            ("//srv//pg/", "srv-pg"),
            ("/srv/./pg", "srv-pg"),
            (".hidden", "\\x2ehidden"),
            ("a b", "a\\x20b"),
            ("wlan@0", "wlan\\x400"),
            ("x:y_z", "x:y_z"),
            ("back\\slash", "back\\x5cslash"),
            ("ü", "\\xc3\\xbc"),
        ];
        for (input, expected) in cases {
            assert_eq!(systemd_escape_path(input), expected, "input {input:?}");
        }
        assert_eq!(
            network_device_unit("eth-1"),
            "sys-subsystem-net-devices-eth\\x2d1.device"
        );
    }

    /// Cross-checks against the real `systemd-escape --path` when it is installed.
    #[test]
    fn paths_agree_with_the_real_systemd_escape() {
        let inputs = [
            "eth0",
            "eth-1",
            "br.100",
            "/",
            "//srv//pg/",
            ".hidden",
            "a b",
            "wlan@0",
            "x:y_z",
            "ü",
            "v%i",
            "tab\there",
        ];
        for input in inputs {
            let output = match std::process::Command::new("systemd-escape")
                .arg("--path")
                .arg("--")
                .arg(input)
                .output()
            {
                Ok(output) if output.status.success() => output,
                Ok(_) => continue,
                Err(_) => {
                    eprintln!("systemd-escape not found; skipping the cross-check");
                    return;
                }
            };
            let expected = String::from_utf8(output.stdout).unwrap();
            assert_eq!(
                systemd_escape_path(input),
                expected.trim_end_matches('\n'),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn comments_stay_on_their_line() {
        assert_eq!(comment_text("web"), "web");
        assert_eq!(comment_text("a\nrm -rf /"), "a\\nrm -rf /");
    }

    #[test]
    fn shell_words_are_single_quoted_when_unsafe() {
        assert_eq!(shell_quote("10.0.0.1/24"), "10.0.0.1/24");
        assert_eq!(shell_quote("--tmpfs=/var"), "--tmpfs=/var");
        assert_eq!(
            shell_quote("CAP_NET_ADMIN,CAP_MKNOD"),
            "CAP_NET_ADMIN,CAP_MKNOD"
        );
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(shell_quote("$(reboot)"), "'$(reboot)'");
        assert_eq!(shell_quote(""), "''");
    }
}
