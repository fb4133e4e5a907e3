//! C221: a `hostBridge` that no bridge of the host is declared for.
//!
//! **What it flags.** A container (or one of its `extraVeths`) whose `hostBridge` names a
//! bridge missing from `networking.bridges`, on a host that declares its bridges there
//! (at least one) and shows no other way of making network devices: no NetworkManager,
//! no `systemd.network.netdevs`, no Open vSwitch, no libvirt, Docker, Incus or LXD, each
//! of which can create bridges ncc does not see. A host that declares no bridge at all is
//! not flagged: it may make them another way, or the file checked may be only part of it.
//!
//! **Why it matters.** NixOS builds the host, but the container does not start:
//! systemd-nspawn's `--network-bridge=` needs the bridge to exist ("Failed to add
//! interface vb-web to bridge br0: No such device"). The bridge may still come from
//! somewhere ncc cannot see (a script, a hand-made device), hence a warning.
//!
//! **Example.**
//!
//! ```nix
//! networking.bridges.br0.interfaces = [ "eth0" ];
//! containers.web = { privateNetwork = true; hostBridge = "br1"; config = { }; };
//! ```
//!
//! **Fix.** Declare the bridge (`networking.bridges.br1.interfaces = [ ... ];`), or name
//! one that exists.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C221";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let network = &context.host.network;
    let Some(bridges) = network.bridges.known() else {
        return;
    };
    // A host that declares no bridge at all may make them elsewhere, or this file may be
    // only part of it (a container module checked on its own): only a host that manages
    // its bridges in `networking.bridges` and misses this one is flagged.
    if bridges.is_empty() || !network.other_device_sources.is_empty() {
        return;
    }
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        let mut uses: Vec<(Vec<&str>, &str)> = Vec::new();
        if let Some(bridge) = &container.network.host_bridge {
            uses.push((vec!["hostBridge"], bridge));
        }
        for (veth, options) in &container.extra_veths {
            if let Some(bridge) = &options.host_bridge {
                uses.push((vec!["extraVeths", veth, "hostBridge"], bridge));
            }
        }
        for (path, bridge) in uses {
            if bridges.contains_key(bridge) || super::has_control_character(bridge) {
                continue;
            }
            let option = super::option_name(name, &path);
            let mut diagnostic = finding(
                CODE,
                Severity::Warning,
                format!("{option} is \"{bridge}\", but the host declares no bridge {bridge}: the container will not start"),
                context.spans.option(name, &path),
            )
            .with_note(format!("systemd-nspawn adds the container's interface to {bridge} and fails when it does not exist"));
            if let Some(at) = context.spans.host_option(&["networking", "bridges"]) {
                diagnostic = diagnostic.with_label(at, "the host's bridges are declared here");
            }
            let declared: Vec<&str> = bridges.keys().map(String::as_str).collect();
            let help = if declared.is_empty() {
                format!("declare it: `networking.bridges.{bridge}.interfaces = [ \"eth0\" ];`")
            } else {
                format!(
                    "declare it (`networking.bridges.{bridge}.interfaces = [ ... ];`), or use a declared bridge: {}",
                    declared.join(", ")
                )
            };
            out.push(diagnostic.with_help(help));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::HostValue;

    #[test]
    fn a_bridge_nobody_creates_is_flagged() {
        let mut web = container("web");
        web.private_network = true;
        web.network.host_bridge = Some("br1".to_owned());
        let mut host = host_of(vec![web]);
        host.network.bridges =
            HostValue::Known([("br0".to_owned(), vec!["eth0".to_owned()])].into());
        let found = messages(check, &host);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .1
            .starts_with("containers.web.hostBridge is \"br1\""));
        host.network.other_device_sources = vec!["systemd.network.netdevs".to_owned()];
        assert!(messages(check, &host).is_empty(), "networkd may create it");
        host.network.other_device_sources.clear();
        host.network.bridges = HostValue::Known([("br1".to_owned(), Vec::new())].into());
        assert!(messages(check, &host).is_empty());
        host.network.bridges = HostValue::Known(Default::default());
        assert!(
            messages(check, &host).is_empty(),
            "no bridge declared at all"
        );
        host.network.bridges = HostValue::Unknown;
        assert!(messages(check, &host).is_empty());
    }
}
