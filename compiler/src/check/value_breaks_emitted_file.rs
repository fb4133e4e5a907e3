//! C201: a value that an emitted file cannot carry unchanged.
//!
//! **What it flags.** A string option whose value would not come back as written from the
//! file ncc writes it to, or would break out of its place there:
//!
//! - **Any value** ncc writes anywhere (the `.conf`, a unit drop-in, a script): a control
//!   character (newline, carriage return, tab, NUL, escape...). In the `.conf` and in a
//!   unit a newline ends the line, and what follows is read as an assignment or directive
//!   of its own (`hostBridge = "br0\nSYSTEM_PATH=/evil"`). In the scripts ncc quotes every
//!   value, but no interface name, path, address, capability or flag can sensibly hold
//!   one, and the line-based tools the scripts use (`read`, `ip`) would not get it. The
//!   exception are newlines and tabs inside the quoted keys below: systemd keeps them as
//!   part of the value, and the start script splits at them as at spaces.
//! - **Values written raw to the `.conf`** (`SYSTEM_PATH`, `FLAKE`, `HOST_BRIDGE`,
//!   `HOST_PORT`, `HOST_ADDRESS(6)`, `LOCAL_ADDRESS(6)`, `LOCAL_MAC_ADDRESS`,
//!   `NETWORK_NAMESPACE_PATH`). The unit reads the file with `EnvironmentFile=`, whose
//!   parser (systemd's `parse_env_file_internal`) removes a `\` and takes the next
//!   character literally (a trailing `\` joins the next line), unquotes a value that
//!   starts with `"` or `'` (an unterminated quote swallows the following lines), and
//!   strips leading and trailing whitespace. A value with a `\`, a leading quote or
//!   leading or trailing whitespace is flagged. `"`, `'`, `$`, `#` and `=` inside a raw
//!   value are read literally and are fine.
//! - **Values inside the quoted keys** `INTERFACES="…"`, `MACVLANS="…"` and
//!   `EXTRA_NSPAWN_FLAGS="…"` (`interfaces`, `macvlans`, `bindMounts.*.hostPath` and
//!   `.mountPoint`, `extraFlags`). NixOS writes them between double quotes without
//!   escaping. A `"` ends the quoted value early; what follows it is read unquoted up to
//!   the end of the line, so `interfaces = [ "eth0\"" ]` shifts every later value. A `\`
//!   before `"`, `\`, `` ` `` or `$` loses its backslash, and a `\` before the closing
//!   quote escapes the quote, so the value runs on into the next lines; such a `\` is
//!   flagged (other backslashes survive the parser). In interface names and bind mount
//!   paths every `\` is flagged, since systemd-nspawn unescapes `--bind=` paths itself.
//! - **Values that must stay one word.** The start script splits these keys into words
//!   at spaces, tabs and newlines (NixOS splits the unquoted `$EXTRA_NSPAWN_FLAGS` the same
//!   way), so an interface, a macvlan or a bind mount path containing one becomes two
//!   arguments: `--bind=/srv/my data:/data` reaches systemd-nspawn as `--bind=/srv/my` and
//!   `data:/data`, the second of which ends nspawn's options. An empty interface is
//!   flagged too (its word disappears, but the unit still waits for its device); an empty
//!   macvlan is not, since nothing else names it. Whitespace at the end of a
//!   `mountPoint` ends the word `--bind=HOST:MOUNT` and is harmless (a machine id read
//!   from a file ends in a newline). `extraFlags` are the exception: NixOS joins them with
//!   spaces, so whitespace there separates flags, as users rely on (`extraFlags = [
//!   "--volatile=state --bind=/a" ]`).
//! - **`localAddress` in the host's `/etc/hosts`.** NixOS adds the line
//!   `<localAddress without its prefix> <name>.containers` for every container with a
//!   `localAddress`, with or without `privateNetwork` (ncc emits it as `etc/ncc/hosts`).
//!   A space there would add more host names to the line, a `#` would comment out the
//!   name; both are flagged.
//!
//! Values ncc writes quoted or escaped (unit paths in `RequiresMountsFor=` and
//! `DeviceAllow=`, every value in the scripts) are checked for control characters only.
//! The container's name is checked by C202.
//!
//! **Why it matters.** The value the container gets would differ from the one written,
//! and a crafted value could add assignments to the container's environment file (for
//! example a different `SYSTEM_PATH`) or directives to its unit.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   hostBridge = "br0\nSYSTEM_PATH=/nix/store/evil";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Remove the character; none of these values needs it.

use lib_nix::{Diagnostic, Severity};

use super::written_values::{values, Place, Written};
use super::{finding, option_name, quoted, Context};
use crate::model::ContainerConfig;

pub(super) const CODE: &str = "C201";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        // A value written to two places is reported once, for the first.
        let written = values(container);
        let mut reported = Vec::new();
        for value in &written {
            if reported.contains(&value.identity()) {
                continue;
            }
            if let Some(diagnostic) = inspect(context, container, value) {
                reported.push(value.identity());
                out.push(diagnostic);
            }
        }
    }
}

/// What the messages about a value name: built only for a value that is reported, as
/// almost none is.
struct Names {
    /// The option, as NixOS names it.
    option: String,
    /// The container's `.conf`.
    conf: String,
    /// The container's unit drop-in.
    unit: String,
}

impl Names {
    fn of(context: &Context, container: &ContainerConfig, written: &Written) -> Names {
        let name = container.name.as_str();
        let host = context.host;
        Names {
            option: option_name(name, &written.option_path(context.spans, name)),
            conf: format!("/etc/{}/{name}.conf", host.configuration_directory_name()),
            unit: format!("container@{name}.service.d/overrides.conf"),
        }
    }
}

/// The problem with one value, if any.
fn inspect(
    context: &Context,
    container: &ContainerConfig,
    written: &Written,
) -> Option<Diagnostic> {
    let name = container.name.as_str();
    let value = written.value;
    let span = || written.span(context.spans, name);

    // Inside the quoted keys a newline or a tab is part of the value, and the start
    // script splits the value into words at them as at spaces: the word rules below
    // judge them.
    let separates_words = matches!(written.place, Place::ConfWord(_) | Place::ConfText(_));
    if let Some(control) = value
        .chars()
        .find(|c| c.is_control() && !(separates_words && matches!(c, '\n' | '\t')))
    {
        let Names { option, conf, unit } = Names::of(context, container, written);
        let character = describe_control(control);
        let (consequence, help) = match written.place {
            Place::ConfRaw(key) | Place::ConfWord(key) | Place::ConfText(key) => (
                if matches!(control, '\n' | '\r') && matches!(written.place, Place::ConfRaw(_)) {
                    format!("it would end the line `{key}=…` in {conf}, and the rest would be read as a line of its own")
                } else {
                    format!("it would be written as it is into `{key}=…` in {conf}, where the scripts split and test values by whitespace and lines")
                },
                "remove the character",
            ),
            Place::UnitRaw => (
                if matches!(control, '\n' | '\r') {
                    format!("it would end its line in {unit}, and the rest would be read as a directive of its own")
                } else {
                    format!("it would be written as it is into {unit}")
                },
                "remove the character",
            ),
            Place::HostsLine => (
                if matches!(control, '\n' | '\r') {
                    "it would end its line in etc/ncc/hosts (the host's /etc/hosts), and the rest would be read as a line of its own".to_owned()
                } else {
                    "it would be written into a line of etc/ncc/hosts (the host's /etc/hosts), which is split at whitespace".to_owned()
                },
                "remove the character",
            ),
            Place::Quoted => (
                "no interface name, path, address or capability can sensibly hold it, and the line-based tools the start scripts call would not get it as written".to_owned(),
                "remove the character",
            ),
        };
        return Some(
            finding(
                CODE,
                Severity::Error,
                format!("{option} contains {character}: {consequence}"),
                span(),
            )
            .with_note(format!("the value is {}", quoted(value)))
            .with_help(help),
        );
    }

    if written.place == Place::HostsLine {
        let address = value.split('/').next().unwrap_or(value);
        if !address.contains([' ', '#']) {
            return None;
        }
        let option = Names::of(context, container, written).option;
        return Some(
            finding(
                CODE,
                Severity::Error,
                format!("{option} cannot be written to etc/ncc/hosts (the host's /etc/hosts): a space there starts another host name, and `#` a comment"),
                span(),
            )
            .with_note(format!("the line would be `{address} {name}.containers`"))
            .with_help("write the address alone, such as \"10.231.136.2\""),
        );
    }
    let (key, (reason, help)) = match written.place {
        Place::ConfRaw(key) => (key, raw_problem(value)?),
        Place::ConfWord(key) => (key, quoted_problem(value, Some(written.ends_word))?),
        Place::ConfText(key) => (key, quoted_problem(value, None)?),
        Place::UnitRaw | Place::Quoted | Place::HostsLine => return None,
    };
    let Names { option, conf, .. } = Names::of(context, container, written);
    let line = match written.place {
        Place::ConfRaw(_) => format!("{key}={value}"),
        _ => format!("{key}=\"{value}\""),
    };
    let read = read_environment_file(&format!("{line}\n"));
    let mut diagnostic = finding(
        CODE,
        Severity::Error,
        format!("{option} cannot be written to `{key}` in {conf}: {reason}"),
        span(),
    )
    .with_note(format!("the value is {}", quoted(value)));
    if read != [(key.to_owned(), value.to_owned())] {
        let runs_on = read.iter().any(|(_, v)| v.ends_with('\n'));
        let read_back: Vec<String> = read
            .iter()
            .map(|(k, v)| format!("{k}={}", quoted(v)))
            .collect();
        diagnostic = diagnostic.with_note(if runs_on {
            format!("systemd would not end the value with the line `{line}`: it would read on into the lines that follow")
        } else {
            format!(
                "systemd would read the line `{line}` as {}",
                if read_back.is_empty() { "nothing".to_owned() } else { read_back.join(", ") }
            )
        });
    }
    Some(diagnostic.with_help(help))
}

/// Why a value written unquoted (`KEY=value`) would not be read back as written, and
/// what to do about it.
fn raw_problem(value: &str) -> Option<(String, String)> {
    if value.contains('\\') {
        return Some((
            "systemd's EnvironmentFile= parser treats `\\` as an escape character and drops it"
                .to_owned(),
            "remove the backslash".to_owned(),
        ));
    }
    if value.starts_with(['"', '\'']) {
        return Some((
            "a value that starts with a quote is unquoted by systemd's EnvironmentFile= parser"
                .to_owned(),
            "remove the quotes; the value is written as it is".to_owned(),
        ));
    }
    if value.starts_with(' ') || value.ends_with(' ') {
        return Some((
            "systemd's EnvironmentFile= parser strips leading and trailing whitespace".to_owned(),
            "remove the surrounding spaces".to_owned(),
        ));
    }
    None
}

/// Why a value written inside `KEY="…"` would not be read back as written, and what to
/// do about it; for a value that must stay one word (`word` is `Some(ends_word)`), also
/// why it would not stay one word for the start script. Whitespace after a value that
/// ends its word only separates it from the next.
fn quoted_problem(value: &str, word: Option<bool>) -> Option<(String, String)> {
    let one_word = word.is_some();
    if value.contains('"') {
        return Some((
            "NixOS writes it between double quotes without escaping, so its `\"` would end the quoted value".to_owned(),
            "remove the `\"`".to_owned(),
        ));
    }
    if one_word && value.contains('\\') {
        // systemd keeps most backslashes inside quotes, but systemd-nspawn unescapes the
        // paths of `--bind=` itself, and an interface name has no use for one.
        return Some((
            "`\\` is an escape character for systemd's EnvironmentFile= parser and for systemd-nspawn's --bind=".to_owned(),
            "remove the backslash".to_owned(),
        ));
    }
    let escapes = value
        .char_indices()
        .filter(|(_, c)| *c == '\\')
        .any(|(index, _)| {
            matches!(
                value[index + 1..].chars().next(),
                None | Some('"' | '\\' | '`' | '$' | '\n')
            )
        });
    if escapes {
        return Some((
            "inside double quotes systemd's EnvironmentFile= parser treats `\\` before `\"`, `\\`, `` ` ``, `$`, a newline or the closing quote as an escape".to_owned(),
            "remove the backslash".to_owned(),
        ));
    }
    if one_word && value.is_empty() {
        return Some((
            "an empty word disappears when the start script splits the value into words".to_owned(),
            "remove the empty entry".to_owned(),
        ));
    }
    let within = match word {
        Some(true) => value.trim_end_matches(WORD_SEPARATORS),
        _ => value,
    };
    if one_word && within.contains(WORD_SEPARATORS) {
        return Some((
            "the start script splits the value into words at spaces, tabs and newlines (as NixOS's unquoted $EXTRA_NSPAWN_FLAGS does), so it would become several arguments".to_owned(),
            "use a path or name without whitespace".to_owned(),
        ));
    }
    None
}

/// What bash splits an unquoted expansion (and `read -a`) at, with the default `IFS`.
const WORD_SEPARATORS: [char; 3] = [' ', '\t', '\n'];

fn describe_control(c: char) -> String {
    match c {
        '\n' => "a newline".to_owned(),
        '\r' => "a carriage return".to_owned(),
        '\t' => "a tab".to_owned(),
        '\0' => "a NUL character".to_owned(),
        c => format!("the control character U+{:04X}", c as u32),
    }
}

/// The assignments systemd reads from an environment file: a transcription of
/// `parse_env_file_internal` (systemd `src/basic/env-file.c`), without its comment-escape
/// quirk, used to show what a value would turn into.
pub(super) fn read_environment_file(text: &str) -> Vec<(String, String)> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        PreKey,
        Key,
        PreValue,
        Value,
        ValueEscape,
        SingleQuote,
        DoubleQuote,
        DoubleQuoteEscape,
        Comment,
    }
    const WHITESPACE: &[char] = &[' ', '\t', '\n', '\r'];
    const NEWLINE: &[char] = &['\n', '\r'];
    let mut out = Vec::new();
    let mut state = State::PreKey;
    let mut key = String::new();
    let mut value = String::new();
    // Byte length of `value` before a run of trailing whitespace.
    let mut last_whitespace: Option<usize> = None;
    let finish = |key: &mut String,
                  value: &mut String,
                  trim: Option<usize>,
                  out: &mut Vec<(String, String)>| {
        if let Some(length) = trim {
            value.truncate(length);
        }
        let key_text = key.trim_end_matches(WHITESPACE).to_owned();
        out.push((key_text, std::mem::take(value)));
        key.clear();
    };
    for c in text.chars() {
        match state {
            State::PreKey => {
                if c == '#' || c == ';' {
                    state = State::Comment;
                } else if !WHITESPACE.contains(&c) {
                    state = State::Key;
                    key.push(c);
                }
            }
            State::Key => {
                if NEWLINE.contains(&c) {
                    state = State::PreKey;
                    key.clear();
                } else if c == '=' {
                    state = State::PreValue;
                    last_whitespace = None;
                } else {
                    key.push(c);
                }
            }
            State::PreValue => {
                if NEWLINE.contains(&c) {
                    state = State::PreKey;
                    finish(&mut key, &mut value, None, &mut out);
                } else if c == '\'' {
                    state = State::SingleQuote;
                } else if c == '"' {
                    state = State::DoubleQuote;
                } else if c == '\\' {
                    state = State::ValueEscape;
                } else if !WHITESPACE.contains(&c) {
                    state = State::Value;
                    value.push(c);
                }
            }
            State::Value => {
                if NEWLINE.contains(&c) {
                    state = State::PreKey;
                    finish(&mut key, &mut value, last_whitespace, &mut out);
                    last_whitespace = None;
                } else if c == '\\' {
                    state = State::ValueEscape;
                    last_whitespace = None;
                } else {
                    if !WHITESPACE.contains(&c) {
                        last_whitespace = None;
                    } else if last_whitespace.is_none() {
                        last_whitespace = Some(value.len());
                    }
                    value.push(c);
                }
            }
            State::ValueEscape => {
                state = State::Value;
                if !NEWLINE.contains(&c) {
                    value.push(c);
                }
            }
            State::SingleQuote => {
                if c == '\'' {
                    state = State::PreValue;
                } else {
                    value.push(c);
                }
            }
            State::DoubleQuote => {
                if c == '"' {
                    state = State::PreValue;
                } else if c == '\\' {
                    state = State::DoubleQuoteEscape;
                } else {
                    value.push(c);
                }
            }
            State::DoubleQuoteEscape => {
                state = State::DoubleQuote;
                if ['"', '\\', '`', '$'].contains(&c) {
                    value.push(c);
                } else if c != '\n' {
                    value.push('\\');
                    value.push(c);
                }
            }
            State::Comment => {
                if NEWLINE.contains(&c) {
                    state = State::PreKey;
                }
            }
        }
    }
    match state {
        State::Value => finish(&mut key, &mut value, last_whitespace, &mut out),
        State::PreValue
        | State::ValueEscape
        | State::SingleQuote
        | State::DoubleQuote
        | State::DoubleQuoteEscape => finish(&mut key, &mut value, None, &mut out),
        State::PreKey | State::Key | State::Comment => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of, messages};
    use crate::model::BindMount;

    /// Every string up to `length` characters over `alphabet`.
    fn strings(alphabet: &[char], length: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut layer = vec![String::new()];
        for _ in 0..length {
            layer = layer
                .iter()
                .flat_map(|prefix| alphabet.iter().map(move |c| format!("{prefix}{c}")))
                .collect();
            all.extend(layer.iter().cloned());
        }
        all
    }

    const ALPHABET: &[char] = &['a', ' ', '"', '\'', '\\', '$', '`', '#', '=', ';'];

    /// The character rules above agree with systemd's parser: a raw value is accepted
    /// exactly when `KEY=value` reads back as that one assignment.
    #[test]
    fn raw_rules_match_the_parser() {
        for value in strings(ALPHABET, 4) {
            if value.is_empty() {
                continue;
            }
            let read = read_environment_file(&format!("HOST_BRIDGE={value}\nNEXT=1\n"));
            let survives = read
                == [
                    ("HOST_BRIDGE".to_owned(), value.clone()),
                    ("NEXT".to_owned(), "1".to_owned()),
                ];
            assert_eq!(
                raw_problem(&value).is_none(),
                survives,
                "value {value:?} read as {read:?}"
            );
        }
    }

    /// The same for a value inside double quotes (free text, as `extraFlags`); a single
    /// word is held to more than the parser needs, never less.
    #[test]
    fn quoted_rules_match_the_parser() {
        // Inside the quotes a newline or a tab is part of the value.
        let alphabet = [ALPHABET, &['\n', '\t']].concat();
        for value in strings(&alphabet, 4) {
            let read = read_environment_file(&format!("EXTRA_NSPAWN_FLAGS=\"{value}\"\nNEXT=1\n"));
            let survives = read
                == [
                    ("EXTRA_NSPAWN_FLAGS".to_owned(), value.clone()),
                    ("NEXT".to_owned(), "1".to_owned()),
                ];
            assert_eq!(
                quoted_problem(&value, None).is_none(),
                survives,
                "value {value:?} read as {read:?}"
            );
            if !survives {
                for ends_word in [false, true] {
                    assert!(
                        quoted_problem(&value, Some(ends_word)).is_some(),
                        "word {value:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_parser_follows_systemd() {
        let read = read_environment_file(
            "# comment\nA=plain value  \nB=\"quoted \\\"x\\\" \\n\"\nC='single \\'\nD=a\\\nb\nE=\n  F = x\n",
        );
        let expected = [
            ("A", "plain value"),
            ("B", "quoted \"x\" \\n"),
            ("C", "single \\"),
            ("D", "ab"),
            ("E", ""),
            ("F", "x"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        assert_eq!(read, expected);
    }

    #[test]
    fn newlines_break_out_of_the_conf() {
        let mut web = container("web");
        web.private_network = true;
        web.network.host_bridge = Some("br0\nSYSTEM_PATH=/nix/store/evil".to_owned());
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 1);
        assert!(found[0].1.starts_with("containers.web.hostBridge contains a newline: it would end the line `HOST_BRIDGE=…`"), "{found:?}");
    }

    #[test]
    fn network_values_count_only_with_a_private_network() {
        let mut web = container("web");
        web.network.host_bridge = Some("br\\0".to_owned());
        assert!(codes(check, &host_of(vec![web.clone()])).is_empty());
        web.private_network = true;
        assert_eq!(codes(check, &host_of(vec![web])), ["C201"]);
    }

    #[test]
    fn words_must_stay_words_but_flags_may_hold_spaces() {
        let mut web = container("web");
        web.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/data".to_owned(),
                host_path: Some("/srv/my data".to_owned()),
                is_read_only: true,
            },
        );
        web.extra_flags = vec!["--volatile=state --private-users-ownership=auto".to_owned()];
        web.interfaces = vec!["eth\"0".to_owned()];
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found
            .iter()
            .any(|(_, m)| m.contains("hostPath") && m.contains("several arguments")));
        assert!(found
            .iter()
            .any(|(_, m)| m.contains("interfaces") && m.contains("would end the quoted value")));
    }

    /// Inside `EXTRA_NSPAWN_FLAGS="…"` systemd keeps a newline as part of the value, and
    /// the start script splits at it as at a space (a machine id read from a file ends in
    /// one: `extraFlags = [ "--uuid=${id}" ]`, `mountPoint = "/var/log/journal/${id}"`).
    #[test]
    fn newlines_and_tabs_inside_the_quoted_keys_separate_words() {
        let id = "0123456789abcdef0123456789abcdef\n";
        let mut web = container("web");
        web.extra_flags = vec![
            format!("--uuid={id}"),
            "--volatile=state\t--ephemeral".to_owned(),
        ];
        web.bind_mounts.insert(
            "journal".to_owned(),
            BindMount {
                mount_point: format!("/var/log/journal/{id}"),
                host_path: Some("/var/log/containers/web".to_owned()),
                is_read_only: false,
            },
        );
        assert_eq!(messages(check, &host_of(vec![web.clone()])), vec![]);

        // Inside the word `--bind=HOST:MOUNT` it splits the flag in two.
        web.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/data\n".to_owned(),
                host_path: Some("/srv/data\n".to_owned()),
                is_read_only: true,
            },
        );
        web.interfaces = vec!["eth0\n".to_owned()];
        web.macvlans = vec!["eno1\r".to_owned()];
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0]
                .1
                .starts_with("containers.web.interfaces cannot be written"),
            "{found:?}"
        );
        assert!(found[0].1.contains("several arguments"), "{found:?}");
        assert!(
            found[1].1.starts_with(
                "containers.web.macvlans contains a carriage return: it would be written as it is"
            ),
            "{found:?}"
        );
        assert!(
            found[2].1.contains("hostPath") && found[2].1.contains("several arguments"),
            "{found:?}"
        );
    }

    #[test]
    fn scripts_and_units_only_refuse_control_characters() {
        let mut web = container("web");
        web.tmpfs = vec!["/var/my \"tmp\"".to_owned(), "/run/x\0".to_owned()];
        web.timeout_start_sec = "1min\nExecStartPre=/bin/evil".to_owned();
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].1.contains(
            "a newline: it would end its line in container@web.service.d/overrides.conf"
        ));
        assert!(found[1]
            .1
            .contains("containers.web.tmpfs contains a NUL character"));
    }
}
