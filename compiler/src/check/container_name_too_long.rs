//! C101: a container with `privateNetwork` whose name is longer than 11 characters.
//!
//! **What it flags.** NixOS's own assertion (`nixos-containers.nix`, checked inside the
//! container's evaluation): with `privateNetwork = true`, a container name may not be
//! longer than 11 characters.
//!
//! **Why it matters.** The host side of the container's veth pair is `ve-<name>` (or
//! `vb-<name>` with a `hostBridge`), and Linux interface names have at most 15 bytes.
//! systemd-nspawn gives a longer name a shortened, hashed interface name and keeps the full
//! name as an alternative name, which the kernel supports from Linux 5.8 on. NixOS
//! therefore enforces the limit only when the host kernel is 5.8 or older; ncc does not
//! know the host's kernel, so it reports a warning with NixOS's text. On a host whose
//! kernel is newer than 5.8 (NixOS's default, or a `pkgs.linuxPackages_latest`, see
//! [`crate::model::HostNetwork::kernel_after_5_8`]) a twelve-character name is not
//! reported: NixOS does not assert, and `ve-<name>` fits Linux's 15 bytes, so
//! systemd-nspawn names the interface as it is.
//!
//! **Example.**
//!
//! ```nix
//! containers.monitoring-agent = { privateNetwork = true; config = { }; };
//! ```
//!
//! **Fix.** Shorten the name to 11 characters, or make sure the host runs Linux newer
//! than 5.8.

use lib_nix::{Diagnostic, Severity};

use super::{finding, host_interface_names, Context};

pub(super) const CODE: &str = "C101";

/// The longest name NixOS accepts with `privateNetwork` on an old kernel.
const MAX_NAME_LENGTH: usize = 11;

/// The longest name whose host-side interface (`ve-` or `vb-` and the name) fits the 15
/// bytes Linux allows an interface name.
const FITS_INTERFACE_NAME: usize = 12;

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        if !container.private_network || name.len() <= MAX_NAME_LENGTH {
            continue;
        }
        // On a kernel newer than 5.8 NixOS does not assert, and the interface is named as
        // it is.
        if context.host.network.kernel_after_5_8 && name.len() <= FITS_INTERFACE_NAME {
            continue;
        }
        let message = format!(
            "Container name `{name}` is too long: When `privateNetwork` is enabled, container \
             names can not be longer than 11 characters, because the container's interface \
             name is derived from it. You should either make the container name shorter or \
             upgrade to a more recent kernel that supports interface altnames (i.e. at least \
             Linux 5.8 - please see https://github.com/NixOS/nixpkgs/issues/38509 for details)."
        );
        let mut diagnostic = finding(CODE, Severity::Warning, message, context.spans.container(name))
            .with_note(format!(
                "the name is {} bytes long; NixOS enforces this assertion only on hosts whose kernel is 5.8 or older, and ncc cannot see the host's kernel",
                name.len()
            ))
            .with_help("rename the container to at most 11 characters, or ignore this warning on hosts with Linux newer than 5.8");
        if let Some(span) = context.spans.written(name, &["privateNetwork"]) {
            let prefix = if container.network.host_bridge.is_some() {
                "vb-"
            } else {
                "ve-"
            };
            diagnostic = diagnostic.with_label(
                span,
                format!(
                    "this names the host-side interface `{prefix}{name}` ({} bytes)",
                    prefix.len() + name.len()
                ),
            );
            let full = format!("{prefix}{name}");
            match host_interface_names(prefix, name).first() {
                // Twelve bytes and a three-byte prefix fit Linux's fifteen: systemd-nspawn
                // uses the name as it is, and only NixOS's assertion stands in the way.
                Some(short) if *short == full => {
                    diagnostic = diagnostic.with_note(format!(
                        "`{full}` fits the 15 bytes Linux allows an interface name, so on a newer kernel systemd-nspawn uses it unchanged"
                    ));
                }
                Some(short) => {
                    diagnostic = diagnostic.with_note(format!(
                        "on a newer kernel, systemd-nspawn names it `{short}` and keeps `{full}` as an alternative name; packet filters (networking.nat.internalInterfaces, firewall rules) match `{short}`"
                    ));
                }
                None => {}
            }
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of};

    #[test]
    fn only_long_names_with_a_private_network() {
        let mut long = container("twelve-chars");
        long.private_network = true;
        let mut eleven = container("elevenchars");
        eleven.private_network = true;
        let shared = container("a-long-name-on-the-host-network");
        assert_eq!(codes(check, &host_of(vec![long])), ["C101"]);
        assert!(codes(check, &host_of(vec![eleven, shared])).is_empty());
    }

    #[test]
    fn twelve_characters_on_the_default_kernel_fit() {
        let mut twelve = container("twelve-chars");
        twelve.private_network = true;
        let mut sixteen = container("sixteen-chars-ok");
        sixteen.private_network = true;
        let mut host = host_of(vec![twelve, sixteen]);
        host.network.kernel_after_5_8 = true;
        assert_eq!(codes(check, &host), ["C101"]);
    }
}
