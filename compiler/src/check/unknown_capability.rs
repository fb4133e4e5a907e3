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

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

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
        for (index, entry) in container.additional_capabilities.iter().enumerate() {
            if has_control_character(entry) || canonical(entry).is_some() {
                continue;
            }
            let prefixed = format!("CAP_{}", entry.to_ascii_uppercase());
            let suggestions = if canonical(&prefixed).is_some() {
                vec![prefixed]
            } else {
                lib_nix::diagnostic::did_you_mean(
                    &entry.to_ascii_uppercase(),
                    CAPABILITIES.iter().copied(),
                )
            };
            let mut diagnostic = finding(
                CODE,
                Severity::Error,
                format!("containers.{name}.additionalCapabilities contains {}, which is not a Linux capability", quoted(entry)),
                context
                    .spans
                    .list_element(name, &["additionalCapabilities"], index, &[]),
            )
            .with_note("systemd-nspawn refuses to start with an unknown capability (\"Failed to parse capability\")");
            diagnostic = match suggestions.first() {
                Some(suggestion) => diagnostic.with_help(format!("did you mean `{suggestion}`?")),
                None => {
                    diagnostic.with_help("use a name from capabilities(7), such as `CAP_NET_ADMIN`")
                }
            };
            out.push(diagnostic);
        }
    }
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
