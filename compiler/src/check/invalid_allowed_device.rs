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
//!   and ignores the line;
//! - `node` is a path with a wildcard (`/dev/input/js*`): systemd matches wildcards in a
//!   device class's name only (`char-input`), and `stat`s a path as written, so it logs
//!   "Couldn't stat device" and ignores the line (a warning);
//! - `node` is a directory every Linux system has under `/dev/` (`/dev/dri`,
//!   `/dev/input`): systemd logs "is not a device" and ignores the line (a warning).
//!
//! **Why it matters.** The unit has `DevicePolicy=closed`: an ignored line means the
//! container cannot open the device at all, and nothing in NixOS says why. A directory
//! or a pattern is an easy thing to write for "the GPU" or "the joysticks", and the
//! container then starts without them.
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
            if has_control_character(node) {
                continue;
            }
            let found = match is_device {
                true => ignored_device_path(node).map(|(problem, help)| {
                    (Severity::Warning, format!("{} is {}, {problem}", option("node"), quoted(node)), help)
                }),
                false => Some((
                    Severity::Error,
                    format!("{} is {}, which is not a device: systemd ignores the whole `DeviceAllow=` line (\"Invalid device node path\")", option("node"), quoted(node)),
                    "give a device node under /dev/ (`/dev/fuse`), or a device class such as `char-usb_device`".to_owned(),
                )),
            };
            if let Some((severity, message, help)) = found {
                let span = context
                    .spans
                    .list_element(name, &["allowedDevices"], index, &["node"]);
                out.push(finding(CODE, severity, message, span).with_help(help));
            }
        }
    }
}

/// Directories every Linux system has under `/dev/`, each with what a line for it most
/// likely means: the device class (as `/proc/devices` names it) or the node.
const DEVICE_DIRECTORIES: &[(&str, &str)] = &[
    (
        "/dev/dri",
        "`char-drm`, or a node such as `/dev/dri/renderD128`",
    ),
    (
        "/dev/dri/by-path",
        "`char-drm`, or a node such as `/dev/dri/renderD128`",
    ),
    (
        "/dev/input",
        "`char-input`, or a node such as `/dev/input/event0`",
    ),
    ("/dev/snd", "`char-alsa`"),
    ("/dev/bus", "`char-usb_device`"),
    ("/dev/bus/usb", "`char-usb_device`"),
    ("/dev/net", "`/dev/net/tun`"),
    (
        "/dev/serial",
        "the node the link names, such as `/dev/ttyUSB0`, or `char-ttyUSB`",
    ),
    (
        "/dev/serial/by-id",
        "the node the link names, such as `/dev/ttyUSB0`, or `char-ttyUSB`",
    ),
    (
        "/dev/serial/by-path",
        "the node the link names, such as `/dev/ttyUSB0`, or `char-ttyUSB`",
    ),
    (
        "/dev/disk",
        "the disk's node, such as `/dev/sda`, or `block-sd`",
    ),
    (
        "/dev/disk/by-id",
        "the disk's node, such as `/dev/sda`, or `block-sd`",
    ),
    (
        "/dev/disk/by-uuid",
        "the disk's node, such as `/dev/sda1`, or `block-sd`",
    ),
    (
        "/dev/disk/by-label",
        "the disk's node, such as `/dev/sda1`, or `block-sd`",
    ),
    (
        "/dev/disk/by-path",
        "the disk's node, such as `/dev/sda`, or `block-sd`",
    ),
    (
        "/dev/mapper",
        "`/dev/mapper/control`, or `block-device-mapper`",
    ),
    ("/dev/pts", "`char-pts`, which the container has already"),
    (
        "/dev/shm",
        "nothing: it is a file system, which a bind mount shares",
    ),
    (
        "/dev/mqueue",
        "nothing: it is a file system, which a bind mount shares",
    ),
    (
        "/dev/hugepages",
        "nothing: it is a file system, which a bind mount shares",
    ),
    (
        "/dev/char",
        "a device node, or a device class such as `char-usb_device`",
    ),
    (
        "/dev/block",
        "a device node, or a device class such as `block-sd`",
    ),
    (
        "/dev/vfio",
        "`/dev/vfio/vfio` and the group's node, such as `/dev/vfio/1`, or `char-vfio`",
    ),
    (
        "/dev/cpu",
        "a node such as `/dev/cpu/0/msr`, or `char-cpu/msr`",
    ),
];

/// What systemd does with a `DeviceAllow=` path under `/dev/` that names no device
/// node it can `stat`, and what to write instead: a path with a wildcard, or one of
/// [`DEVICE_DIRECTORIES`] (with or without a final `/`, which systemd refuses too).
fn ignored_device_path(node: &str) -> Option<(String, String)> {
    if !node.starts_with("/dev/") {
        return None;
    }
    if node.contains(['*', '?', '[']) {
        return Some((
            "a pattern: systemd matches wildcards only in the name of a device class (`char-input`), and looks for a device node named exactly this, so it ignores the whole `DeviceAllow=` line (\"Couldn't stat device\") and the container gets no access to what it matches".to_owned(),
            "name each device node, or the device class `/proc/devices` lists for them (`char-input` for `/dev/input/*`)".to_owned(),
        ));
    }
    let (directory, meant) = DEVICE_DIRECTORIES
        .iter()
        .find(|(directory, _)| node.trim_end_matches('/') == *directory)?;
    Some((
        format!("a directory, not a device: systemd ignores the whole `DeviceAllow=` line (\"{directory} is not a device\"), and the container gets no access to the devices in it"),
        format!("give {meant}"),
    ))
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

    /// A pattern or a directory under `/dev/` names no device node systemd can `stat`;
    /// a node in such a directory, a device class with a wildcard and a directory ncc
    /// does not know are left alone.
    #[test]
    fn patterns_and_directories_name_no_device() {
        let mut web = container("web");
        let device = |node: &str| AllowedDevice {
            node: node.to_owned(),
            modifier: "rw".to_owned(),
        };
        web.allowed_devices = vec![
            device("/dev/dri"),
            device("/dev/dri/renderD128"),
            device("/dev/input/js*"),
            device("char-cpu/*"),
            device("/dev/input/"),
            device("/dev/ttyUSB0"),
            device("/dev/my-own-directory"),
        ];
        let found = messages(check, &host_of(vec![web]));
        let messages: Vec<&str> = found.iter().map(|(_, message)| message.as_str()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages[0].starts_with("containers.web.allowedDevices.*.node is \"/dev/dri\", a directory, not a device: systemd ignores the whole `DeviceAllow=` line (\"/dev/dri is not a device\")"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with(
                "containers.web.allowedDevices.*.node is \"/dev/input/js*\", a pattern"
            ),
            "{messages:?}"
        );
        assert!(
            messages[2].contains("\"/dev/input/\", a directory"),
            "{messages:?}"
        );
    }
}
