//! C202: a container name that cannot be a host name, a unit instance name and a path
//! component.
//!
//! **What it flags.** A name under `containers` that is empty, longer than 63 characters,
//! starts or ends with `-`, or contains a character other than ASCII letters, digits and
//! `-` (an `_` is left to C102, NixOS's own assertion).
//!
//! **Why it matters.** The name is used as it is in many places: the unit instance
//! `container@<name>.service`, the files `/etc/nixos-containers/<name>.conf` and
//! `/var/lib/nixos-containers/<name>`, systemd-nspawn's machine name (`-M`, which must be
//! a valid host name: "Invalid machine name"), and the container's `networking.hostName`,
//! which NixOS defaults to the name and types as
//! `^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$`: no dots, at most 63 characters, no
//! `-` at either end. A `/` or a name `..` would put files outside their directory. NixOS
//! does not check the characters (nixpkgs issues #15089 and #66663); the container then
//! fails to build or to start.
//!
//! **Example.**
//!
//! ```nix
//! containers."web.example.org".config = { };
//! ```
//!
//! **Fix.** Rename the container with letters, digits and `-` only; a domain belongs in
//! the container's `networking.domain`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, quoted, Context};

pub(super) const CODE: &str = "C202";

/// The longest host name label, and the longest `networking.hostName` NixOS accepts.
const MAX_LENGTH: usize = 63;

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for name in context.host.containers.keys() {
        if let Some(reason) = problem(name) {
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("the container name {} cannot be used as a host name, a unit instance and a file name: {reason}", quoted(name)),
                    context.spans.container(name),
                )
                .with_note("the name becomes `container@<name>.service`, `/etc/nixos-containers/<name>.conf`, the machine name and the container's networking.hostName")
                .with_help("use ASCII letters, digits and `-` only, at most 63 characters, not starting or ending with `-`"),
            );
        }
    }
}

/// Why `name` is not usable, if it is not.
fn problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".to_owned());
    }
    let mut bad: Vec<char> = name
        .chars()
        .filter(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        .collect();
    bad.dedup();
    if !bad.is_empty() {
        let shown: Vec<String> = bad
            .iter()
            .map(|c| match c {
                '/' => "`/` (it would be a directory in the file paths)".to_owned(),
                '.' => "`.` (NixOS's networking.hostName refuses dots)".to_owned(),
                ' ' => "a space".to_owned(),
                c if c.is_control() => format!("the control character U+{:04X}", *c as u32),
                c => format!("`{c}`"),
            })
            .collect();
        return Some(format!("it contains {}", shown.join(", ")));
    }
    if name.len() > MAX_LENGTH {
        return Some(format!(
            "it is {} characters long; host names have at most {MAX_LENGTH}",
            name.len()
        ));
    }
    if name.starts_with('-') || name.ends_with('-') {
        return Some("a host name cannot start or end with `-`".to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_host_names() {
        for good in ["web", "Web-1", "a", "1", "web_frontend", &"a".repeat(63)] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in [
            "",
            "web.example",
            "a/b",
            "..",
            ".",
            "-web",
            "web-",
            "wéb",
            "a b",
            "a\nb",
            &"a".repeat(64),
        ] {
            assert!(problem(bad).is_some(), "{bad:?}");
        }
    }
}
