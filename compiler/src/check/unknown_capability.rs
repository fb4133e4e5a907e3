//! C214: an `additionalCapabilities` entry that is not a Linux capability.
//!
//! **What it flags.** An entry that systemd-nspawn's `--capability=` would not take for a
//! capability Linux knows: anything but `all` or one of the 41 names of
//! `linux/capability.h` (`CAP_CHOWN` … `CAP_CHECKPOINT_RESTORE`), which nspawn matches
//! regardless of case, or the number of one of them (`0` … `40`).
//!
//! **Why it matters.** NixOS joins the entries into one `--capability=A,B` flag, and
//! systemd-nspawn refuses to start the container when one of them is unknown ("Failed to
//! parse capability"). A name without the `CAP_` prefix (`NET_ADMIN`) is the common
//! mistake.
//!
//! **Example.**
//!
//! ```nix
//! containers.vpn = {
//!   additionalCapabilities = [ "NET_ADMIN" ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Use the full name, `"CAP_NET_ADMIN"`; capabilities(7) lists them.
//!
//! **Shell text.** NixOS writes `--capability="<the entries joined by ,>"` into the
//! container's start script as it is, without escaping, so an entry holding a `"` ends
//! that argument and adds words of its own: `''all" --system-call-filter="add_key keyctl
//! bpf" --capability="all''` is a way users pass systemd-nspawn a flag with spaces, which
//! `extraFlags` cannot carry. Such entries are read as bash reads the script, and only the
//! capabilities of its `--capability=` words are checked; where bash would expand
//! something (`$`, a backquote) or the quotes do not close, none is.

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};
use crate::codegen::escape::capability_words;

pub(super) const CODE: &str = "C214";

/// `linux/capability.h`, in number order.
pub(super) const CAPABILITIES: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

/// The capability's canonical name, if `entry` is one as nspawn reads it (`all` is
/// `Some("all")`).
pub(super) fn canonical(entry: &str) -> Option<&'static str> {
    if entry == "all" {
        return Some("all");
    }
    if !entry.is_empty() && entry.bytes().all(|b| b.is_ascii_digit()) {
        return entry
            .parse::<usize>()
            .ok()
            .and_then(|n| CAPABILITIES.get(n).copied());
    }
    CAPABILITIES
        .iter()
        .copied()
        .find(|name| name.eq_ignore_ascii_case(entry))
}

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        let entries = &container.additional_capabilities;
        if entries.iter().any(|entry| entry.contains(SHELL_SPECIAL)) {
            for capability in capabilities_passed(entries).unwrap_or_default() {
                if has_control_character(&capability) || canonical(&capability).is_some() {
                    continue;
                }
                let index = entries
                    .iter()
                    .position(|entry| entry.contains(capability.as_str()))
                    .unwrap_or(0);
                out.push(unknown_capability(context, name, index, &capability, true));
            }
            continue;
        }
        for (index, entry) in entries.iter().enumerate() {
            if has_control_character(entry) || canonical(entry).is_some() {
                continue;
            }
            out.push(unknown_capability(context, name, index, entry, false));
        }
    }
}

/// What the start script's double quotes do not keep as written.
const SHELL_SPECIAL: [char; 4] = ['"', '\\', '$', '`'];

fn unknown_capability(
    context: &Context,
    name: &str,
    index: usize,
    capability: &str,
    from_shell_text: bool,
) -> Diagnostic {
    let prefixed = format!("CAP_{}", capability.to_ascii_uppercase());
    let suggestions = if canonical(&prefixed).is_some() {
        vec![prefixed]
    } else {
        lib_nix::diagnostic::did_you_mean(
            &capability.to_ascii_uppercase(),
            CAPABILITIES.iter().copied(),
        )
    };
    let message = match from_shell_text {
        false => format!(
            "containers.{name}.additionalCapabilities contains {}, which is not a Linux capability",
            quoted(capability)
        ),
        true => format!(
            "containers.{name}.additionalCapabilities gives systemd-nspawn the capability {}, which is not a Linux capability",
            quoted(capability)
        ),
    };
    let mut diagnostic = finding(
        CODE,
        Severity::Error,
        message,
        context
            .spans
            .list_element(name, &["additionalCapabilities"], index, &[]),
    )
    .with_note("systemd-nspawn refuses to start with an unknown capability (\"Failed to parse capability\")");
    if from_shell_text {
        diagnostic = diagnostic.with_note("NixOS writes the entries into the start script unescaped, as `--capability=\"...\"`: a `\"` in one ends that argument, and bash reads the rest as words of its own");
    }
    match suggestions.first() {
        Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
        None => diagnostic.with_help("use a name from capabilities(7), such as `CAP_NET_ADMIN`"),
    }
}

/// The capabilities systemd-nspawn is given by NixOS's start script: those of every
/// `--capability=` word it makes of the entries (see [`capability_words`]).
fn capabilities_passed(entries: &[String]) -> Option<Vec<String>> {
    let words = capability_words(entries)?;
    Some(
        words
            .iter()
            .filter_map(|word| word.strip_prefix("--capability="))
            .flat_map(|value| value.split(','))
            .map(str::to_owned)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};

    /// The cases were checked against systemd-nspawn 252's `--capability=`.
    #[test]
    fn names_as_nspawn_reads_them() {
        assert_eq!(CAPABILITIES.len(), 41);
        assert_eq!(canonical("cap_net_admin"), Some("CAP_NET_ADMIN"));
        assert_eq!(canonical("Cap_Net_Admin"), Some("CAP_NET_ADMIN"));
        assert_eq!(canonical("12"), Some("CAP_NET_ADMIN"));
        assert_eq!(canonical("all"), Some("all"));
        for bad in [
            "ALL",
            "NET_ADMIN",
            "CAP_FOO",
            "",
            "CAP_NET_ADMIN ",
            "41",
            "-1",
        ] {
            assert_eq!(canonical(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn shell_text_in_an_entry_is_read_as_the_start_script_reads_it() {
        let entries = |list: &[&str]| list.iter().map(|e| e.to_string()).collect::<Vec<_>>();
        assert_eq!(
            capabilities_passed(&entries(&[
                r#"all" --system-call-filter="add_key keyctl bpf" --capability="all"#
            ])),
            Some(vec!["all".to_owned(), "all".to_owned()])
        );
        assert_eq!(
            crate::codegen::escape::shell_words(
                r#"--capability="all" --system-call-filter="add_key keyctl bpf""#
            ),
            Some(vec![
                "--capability=all".to_owned(),
                "--system-call-filter=add_key keyctl bpf".to_owned()
            ])
        );
        assert_eq!(
            capabilities_passed(&entries(&[
                "CAP_MKNOD",
                r#"NET_ADMIN" --private-users="no"#
            ])),
            Some(vec!["CAP_MKNOD".to_owned(), "NET_ADMIN".to_owned()])
        );
        assert_eq!(capabilities_passed(&entries(&[r#"all" --x="$HOME"#])), None);
        assert_eq!(capabilities_passed(&entries(&[r#"all" --x='y"#])), None);
        assert_eq!(
            capabilities_passed(&entries(&[r#"all"; reboot; ": "#])),
            None
        );
    }

    #[test]
    fn suggestions_add_the_prefix_or_fix_the_spelling() {
        let mut vpn = container("vpn");
        vpn.additional_capabilities = vec![
            "NET_ADMIN".to_owned(),
            "CAP_SYS_ADMN".to_owned(),
            "CAP_MKNOD".to_owned(),
        ];
        let found = messages(check, &host_of(vec![vpn]));
        assert_eq!(found.len(), 2);
    }
}
