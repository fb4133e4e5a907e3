//! C215: an `extraFlags` entry that repeats a flag ncc already passes to systemd-nspawn.
//!
//! **What it flags.** An option in `extraFlags` (read as systemd-nspawn reads them, see
//! `nspawn_flags.rs`) that the start script already passes with the same value:
//! `--private-network` with `privateNetwork`, `--network-veth`/`-n` when the container has
//! addresses, `--ephemeral`/`-x` with `ephemeral`, `--capability=` naming only granted
//! capabilities, `--tmpfs=`, `--port=`, `--network-bridge=`, `--network-namespace-path=`,
//! `--network-veth-extra=`, `--network-interface=`, `--network-macvlan=` and
//! `--private-users=` equal to what the options give, a `--bind`/`--bind-ro` equal to a
//! `bindMounts` entry or to one of ncc's own `/nix` binds, and the fixed flags
//! `--keep-unit`, `--notify-ready=yes`, `--kill-signal=SIGRTMIN+3`, `-M <name>` and
//! `--link-journal=try-guest`/`-j`.
//!
//! **Why it matters.** Nothing breaks, but the flag does nothing, and it hides which
//! setting is in force: changing the option later leaves a stale copy behind that may
//! then contradict it (C216, C219).
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   extraFlags = [ "--private-network" ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Remove the flag from `extraFlags`; the option already passes it.

use lib_nix::{Diagnostic, Severity};

use super::nspawn_flags::{describe_origin, Bind, Word};
use super::{finding, Context};

pub(super) const CODE: &str = "C215";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for flags in context.extra_flags() {
        let name = flags.container.name.as_str();
        for (index, word) in flags.words.iter().enumerate() {
            let Word::Option {
                name: option,
                value,
                written,
            } = word
            else {
                continue;
            };
            let generated = flags.generated();
            let origin = match option.as_str() {
                "bind" | "bind-ro" => {
                    let Some(spec) = value else { continue };
                    let bind = Bind::parse(spec, option == "bind-ro");
                    generated
                        .binds
                        .iter()
                        .find(|(ours, _)| *ours == bind)
                        .map(|(_, origin)| *origin)
                }
                _ => generated.has(option, value.as_deref()),
            };
            let Some(origin) = origin else { continue };
            let from = format!("from {}", describe_origin(origin));
            out.push(
                finding(
                    CODE,
                    Severity::Warning,
                    format!("containers.{name}.extraFlags repeats `{written}`, which ncc already passes to systemd-nspawn {from}"),
                    flags.span_of(context.spans, index),
                )
                .with_help(format!("remove `{written}` from extraFlags")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::BindMount;

    #[test]
    fn repeats_of_generated_flags() {
        let mut web = container("web");
        web.private_network = true;
        web.ephemeral = true;
        web.additional_capabilities = vec!["CAP_NET_ADMIN".to_owned(), "CAP_MKNOD".to_owned()];
        web.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/data".to_owned(),
                host_path: Some("/srv/data".to_owned()),
                is_read_only: true,
            },
        );
        web.extra_flags = vec![
            "--private-network".to_owned(),
            "-x".to_owned(),
            "--capability=cap_mknod".to_owned(),
            "--capability=CAP_SYS_ADMIN".to_owned(),
            "--bind-ro=/srv/data:/data/".to_owned(),
            "--bind=/srv/data:/data".to_owned(),
            "--drop-capability=CAP_SYS_CHROOT".to_owned(),
            "--private-users=no".to_owned(),
        ];
        let found = messages(check, &host_of(vec![web]));
        let written: Vec<&str> = found
            .iter()
            .map(|(_, m)| m.split('`').nth(1).unwrap())
            .collect();
        assert_eq!(
            written,
            [
                "--private-network",
                "-x",
                "--capability=cap_mknod",
                "--bind-ro=/srv/data:/data/",
                "--private-users=no"
            ]
        );
    }

    #[test]
    fn a_capability_of_enable_tun_is_named_for_it() {
        let mut vpn = container("vpn");
        vpn.enable_tun = true;
        vpn.additional_capabilities = vec!["CAP_SYS_ADMIN".to_owned()];
        vpn.extra_flags = vec![
            "--capability=CAP_NET_ADMIN".to_owned(),
            "--capability=CAP_SYS_ADMIN".to_owned(),
            "--capability=CAP_SYS_ADMIN,cap_net_admin".to_owned(),
        ];
        let found = messages(check, &host_of(vec![vpn]));
        let origins: Vec<&str> = found
            .iter()
            .map(|(_, m)| m.split_once(" from ").unwrap().1)
            .collect();
        assert_eq!(
            origins,
            [
                "`enableTun`",
                "`additionalCapabilities`",
                "`additionalCapabilities` and `enableTun`"
            ]
        );
    }
}
