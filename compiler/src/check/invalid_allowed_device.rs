//! C212: an `allowedDevices` entry systemd would ignore or widen: a `modifier` outside
//! `rwm`, an empty `modifier`, or a `node` that is not a device.
//!
//! **What it flags.** Each `allowedDevices` entry (NixOS writes it as
//! `DeviceAllow=<node> <modifier>` in the container's unit) whose
//!
//! - `modifier` holds a character other than `r` (read), `w` (write) and `m` (mknod):
//!   systemd logs "Invalid device rights" and ignores the whole line;
//! - `modifier` is empty: systemd then grants the default, `rwm`, which is more than an
//!   empty string suggests;
//! - `node` is neither a path under `/dev/` (or `/run/systemd/inaccessible/`) nor a
//!   device class `char-<name>` or `block-<name>`: systemd logs "Invalid device node path"
//!   and ignores the line.
//!
//! **Why it matters.** The unit has `DevicePolicy=closed`: an ignored line means the
//! container cannot open the device at all, and nothing in NixOS says why.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   allowedDevices = [ { node = "/dev/fuse"; modifier = "rw+"; } ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Use a combination of `r`, `w` and `m` (`"rw"`), and a node under `/dev/`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

pub(super) const CODE: &str = "C212";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        for (index, device) in container.allowed_devices.iter().enumerate() {
            let option = |field: &str| {
                context
                    .spans
                    .list_option_name(name, &["allowedDevices"], index, &[field])
            };
            if !has_control_character(&device.modifier) {
                let problem = if device.modifier.is_empty() {
                    Some(("is empty, so systemd grants its default access `rwm`: read, write and mknod".to_owned(), "write the access meant explicitly, such as `\"rw\"` or `\"rwm\"`".to_owned()))
                } else {
                    device.modifier.chars().find(|c| !matches!(c, 'r' | 'w' | 'm')).map(|bad| {
                        (
                            format!("is {}: `{bad}` is not one of `r`, `w` and `m`, so systemd ignores the whole `DeviceAllow=` line (\"Invalid device rights\") and the container gets no access to {}", quoted(&device.modifier), device.node),
                            "use a combination of `r` (read), `w` (write) and `m` (mknod), such as `\"rw\"`".to_owned(),
                        )
                    })
                };
                if let Some((problem, help)) = problem {
                    let span =
                        context
                            .spans
                            .list_element(name, &["allowedDevices"], index, &["modifier"]);
                    out.push(
                        finding(
                            CODE,
                            Severity::Error,
                            format!("{} {problem}", option("modifier")),
                            span,
                        )
                        .with_help(help),
                    );
                }
            }
            let node = device.node.as_str();
            let is_device = node.starts_with("/dev/")
                || node.starts_with("/run/systemd/inaccessible/")
                || node.starts_with("char-")
                || node.starts_with("block-");
            if !is_device && !has_control_character(node) {
                let span = context
                    .spans
                    .list_element(name, &["allowedDevices"], index, &["node"]);
                out.push(
                    finding(
                        CODE,
                        Severity::Error,
                        format!("{} is {}, which is not a device: systemd ignores the whole `DeviceAllow=` line (\"Invalid device node path\")", option("node"), quoted(node)),
                        span,
                    )
                    .with_help("give a device node under /dev/ (`/dev/fuse`), or a device class such as `char-usb_device`"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::AllowedDevice;

    #[test]
    fn modifiers_and_nodes_as_systemd_reads_them() {
        let mut web = container("web");
        let device = |node: &str, modifier: &str| AllowedDevice {
            node: node.to_owned(),
            modifier: modifier.to_owned(),
        };
        web.allowed_devices = vec![
            device("/dev/fuse", "rwm"),
            device("char-usb_device", "r"),
            device("block-loop", "mw"),
            device("/dev/kvm", "rw+"),
            device("/dev/net/tun", ""),
            device("dev/sda", "r"),
        ];
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].1.starts_with(
                "containers.web.allowedDevices.*.modifier is \"rw+\": `+` is not one of"
            ),
            "{found:?}"
        );
        assert!(found[1].1.contains(".modifier is empty"));
        assert!(found[2]
            .1
            .contains(".node is \"dev/sda\", which is not a device"));
    }
}
