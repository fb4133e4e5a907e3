//! C209: a network interface name Linux or systemd-nspawn would refuse, such as one over
//! 15 bytes.
//!
//! **What it flags.** Each name in `interfaces` and `macvlans`, each key of `extraVeths`,
//! and `hostBridge` (the container's, with `privateNetwork`, and each extra veth's) that is
//! not a valid interface name by systemd's `ifname_valid()`: empty, longer than 15 bytes
//! (`IFNAMSIZ` is 16 with the terminating NUL), `.` or `..`, `all` or `default` (the
//! names of the sysctl directories `/proc/sys/net/*/conf/{all,default}`), only digits, or
//! holding a space, `:`, `/`, `%` or a character outside printable ASCII.
//!
//! An entry of `interfaces` or `macvlans` may be a pair, `HOST:CONTAINER`: NixOS passes
//! each to `--network-interface=` or `--network-macvlan=`, and systemd-nspawn (since
//! v250) splits it at the first `:` and names the interface in the container by the
//! second half (`eth1:uplink`, or `lan:` for nspawn's own name). Each half is checked on
//! its own; the first may not be empty. A wholly empty entry of `macvlans` is dropped by
//! the start script's word splitting before nspawn sees it, and is not flagged.
//!
//! The host-side names systemd-nspawn derives itself (`ve-<name>`, `vb-<name>`,
//! `mv-<interface>`) are not checked here: nspawn shortens a name that is too long (on
//! kernels from 5.8 with the full name as an alternative name), and NixOS's own rule for
//! the container name's length is C101.
//!
//! **Why it matters.** systemd-nspawn refuses to start with an invalid name ("Network
//! interface name not valid", "Failed to parse --network-veth-extra= parameter"), and
//! the `ip` commands of NixOS's scripts fail on them.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   extraVeths.web-storage-network = { hostAddress = "10.1.0.1"; localAddress = "10.1.0.2"; };
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Use a name of at most 15 bytes without spaces, `:`, `/` or `%`
//! (`web-storage`).

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, stands_in, Context};

pub(super) const CODE: &str = "C209";

/// `IFNAMSIZ - 1`.
const MAX_LENGTH: usize = 15;

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        let spans = context.spans;
        // Each name with the option it is in and where that was written: located only
        // when there is something to say (a lookup indexes every span).
        let mut names: Vec<(&str, String, Vec<&str>, Option<usize>)> = Vec::new();
        for (option, entries) in [
            ("interfaces", &container.interfaces),
            ("macvlans", &container.macvlans),
        ] {
            for (index, entry) in entries.iter().enumerate() {
                // An empty macvlan never reaches systemd-nspawn: the start script splits
                // `MACVLANS` into words and drops it (C201 explains why an empty
                // interface is still flagged).
                if option == "macvlans" && entry.is_empty() {
                    continue;
                }
                for half in pair_halves(entry) {
                    names.push((
                        half,
                        format!("containers.{name}.{option}"),
                        vec![option],
                        Some(index),
                    ));
                }
            }
        }
        if container.private_network {
            if let Some(bridge) = &container.network.host_bridge {
                names.push((
                    bridge,
                    format!("containers.{name}.hostBridge"),
                    vec!["hostBridge"],
                    None,
                ));
            }
        }
        for (key, veth) in &container.extra_veths {
            names.push((
                key,
                format!("containers.{name}.extraVeths"),
                vec!["extraVeths", key],
                None,
            ));
            if let Some(bridge) = &veth.host_bridge {
                names.push((
                    bridge,
                    format!("containers.{name}.extraVeths.{key}.hostBridge"),
                    vec!["extraVeths", key, "hostBridge"],
                    None,
                ));
            }
        }
        for (interface, option, path, element) in names {
            if has_control_character(interface) || stands_in(interface) {
                continue;
            }
            let Some(reason) = problem(interface) else {
                continue;
            };
            // An element of a list is at the definition that holds it.
            let span = match element {
                Some(index) => spans.list_element(name, &path, index, &[]),
                None => spans.option(name, &path),
            };
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("{option} names {}, which is not a valid network interface name: {reason}", quoted(interface)),
                    span,
                )
                .with_note("systemd-nspawn refuses invalid interface names, and the `ip` commands of the container's scripts fail on them")
                .with_help("use a name of 1 to 15 bytes of printable ASCII without spaces, `:`, `/` or `%`, not only digits"),
            );
        }
    }
}

/// The names in an entry of `interfaces` or `macvlans`, as systemd-nspawn's
/// `network_iface_pair_parse()` reads it: the part before the first `:`, and the part
/// after it unless that is empty (nspawn then names the interface itself).
fn pair_halves(entry: &str) -> Vec<&str> {
    match entry.split_once(':') {
        None => vec![entry],
        Some((host, "")) => vec![host],
        Some((host, inside)) => vec![host, inside],
    }
}

/// Why `name` is not a valid interface name, by systemd's `ifname_valid()`.
pub(super) fn problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".to_owned());
    }
    if name.len() > MAX_LENGTH {
        return Some(format!(
            "it is {} bytes long, and Linux interface names have at most {MAX_LENGTH}",
            name.len()
        ));
    }
    if name == "." || name == ".." {
        return Some("`.` and `..` are not interface names".to_owned());
    }
    if name == "all" || name == "default" {
        return Some(format!(
            "`{name}` is reserved for the sysctl directory /proc/sys/net/ipv4/conf/{name}"
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !c.is_ascii() || c.is_ascii_control() || matches!(c, ' ' | ':' | '/' | '%'))
    {
        return Some(match bad {
            ' ' => "it contains a space".to_owned(),
            c => format!("it contains `{c}`"),
        });
    }
    if name.bytes().all(|b| b.is_ascii_digit()) {
        return Some("a name of digits only would be read as an interface index".to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::NetworkOptions;

    /// The cases were checked against systemd-nspawn 252's `--network-veth-extra=`.
    #[test]
    fn names_follow_systemd_ifname_valid() {
        for good in [
            "eth0",
            "a.b",
            "a-b_c",
            "-ab",
            "abcdefghijklmno",
            "br0.100",
            "wlan@0",
        ] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in [
            "",
            "all",
            "default",
            "123",
            "a%b",
            "é",
            "a b",
            ".",
            "..",
            "a:b",
            "a/b",
            "abcdefghijklmnop",
        ] {
            assert!(problem(bad).is_some(), "{bad:?}");
        }
    }

    /// The pairs systemd-nspawn 250 and later take in `--network-interface=` and
    /// `--network-macvlan=` (its `network_iface_pair_parse()`).
    #[test]
    fn interfaces_and_macvlans_may_be_pairs() {
        assert_eq!(pair_halves("eth1"), vec!["eth1"]);
        assert_eq!(pair_halves("eth1:uplink"), vec!["eth1", "uplink"]);
        assert_eq!(pair_halves("lan:"), vec!["lan"]);
        assert_eq!(pair_halves(":x"), vec!["", "x"]);
        assert_eq!(pair_halves("a:b:c"), vec!["a", "b:c"]);

        let mut web = container("web");
        web.interfaces = vec!["eth1:uplink".to_owned(), "eth2:".to_owned()];
        web.macvlans = vec!["lan:mv-lan".to_owned()];
        assert_eq!(messages(check, &host_of(vec![web])), vec![]);

        let mut db = container("db");
        db.interfaces = vec![":uplink".to_owned(), "eth1:up:link".to_owned()];
        db.macvlans = vec!["lan:an-inside-name-too-long".to_owned()];
        let found: Vec<String> = messages(check, &host_of(vec![db]))
            .into_iter()
            .map(|(_, message)| message)
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains(r#"names "", which"#), "{found:?}");
        assert!(found[1].contains(r#""up:link""#), "{found:?}");
        assert!(found[2].contains("macvlans"), "{found:?}");
    }

    #[test]
    fn every_place_an_interface_is_named() {
        let mut web = container("web");
        web.interfaces = vec!["enp0s31f6".to_owned(), "enp0s31f6-uplink".to_owned()];
        web.macvlans = vec!["all".to_owned()];
        web.extra_veths.insert(
            "web-storage-network".to_owned(),
            NetworkOptions {
                host_bridge: Some("br:0".to_owned()),
                ..NetworkOptions::default()
            },
        );
        web.network.host_bridge = Some("ignored without privateNetwork".to_owned());
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 4, "{found:?}");
    }
}
