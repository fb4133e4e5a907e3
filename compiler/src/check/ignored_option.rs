//! C207: an option NixOS silently ignores.
//!
//! **What it flags.**
//!
//! - `hostBridge`, `forwardPorts`, `hostAddress`, `hostAddress6`, `localAddress`,
//!   `localAddress6` and `localMacAddress` of a container without `privateNetwork = true`:
//!   NixOS writes them to the `.conf` only inside its `privateNetwork` block.
//! - `forwardPorts` and `localMacAddress` of an `extraVeths` entry: the entries share the
//!   network options' declaration, but NixOS's scripts never read these two.
//! - `restartIfChanged = true` written for a container without `autoStart`: NixOS applies
//!   it only to auto-started containers; the others keep `X-RestartIfChanged=false` and are
//!   not restarted when their definition changes.
//!
//! **Why it matters.** The setting looks effective but is not: the container gets no
//! address, no forwarded port, no bridge. (NixOS still lists a `localAddress` in the
//! host's `/etc/hosts` as `<name>.containers`, pointing at an address nothing has.)
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   hostAddress = "10.231.136.1";
//!   localAddress = "10.231.136.2";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Add `privateNetwork = true;` (or `autoStart = true;`), or remove the options.

use lib_nix::{Diagnostic, Severity, Span};

use super::{finding, Context};

pub(super) const CODE: &str = "C207";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        let spans = context.spans;
        if !container.private_network {
            let network = &container.network;
            let unread = |option: &str| network.unread_written.contains(&option);
            let set = [
                (
                    "hostBridge",
                    network.host_bridge.is_some() || unread("hostBridge"),
                ),
                (
                    "forwardPorts",
                    !network.forward_ports.is_empty() || unread("forwardPorts"),
                ),
                ("hostAddress", network.host_address.is_some()),
                ("hostAddress6", network.host_address6.is_some()),
                ("localAddress", network.local_address.is_some()),
                ("localAddress6", network.local_address6.is_some()),
                (
                    "localMacAddress",
                    network.local_mac_address.is_some() || unread("localMacAddress"),
                ),
            ];
            let ignored: Vec<(&str, Span)> = set
                .iter()
                .filter(|(_, is_set)| *is_set)
                .map(|(option, _)| (*option, spans.option(name, &[option])))
                .collect();
            if let Some(diagnostic) = report(
                name,
                &ignored,
                &format!("containers.{name} has no privateNetwork"),
                "NixOS writes these options to the container's .conf only when `privateNetwork = true`",
                "set `privateNetwork = true;` to give the container this network, or remove the options",
            ) {
                out.push(diagnostic);
            }
        }
        for (interface, veth) in &container.extra_veths {
            let mut ignored = Vec::new();
            if !veth.forward_ports.is_empty() || veth.unread_written.contains(&"forwardPorts") {
                ignored.push((
                    "forwardPorts",
                    spans.option(name, &["extraVeths", interface, "forwardPorts"]),
                ));
            }
            if veth.local_mac_address.is_some() || veth.unread_written.contains(&"localMacAddress")
            {
                ignored.push((
                    "localMacAddress",
                    spans.option(name, &["extraVeths", interface, "localMacAddress"]),
                ));
            }
            let ignored: Vec<(String, Span)> = ignored
                .into_iter()
                .map(|(option, span)| (format!("extraVeths.{interface}.{option}"), span))
                .collect();
            let ignored: Vec<(&str, Span)> =
                ignored.iter().map(|(o, s)| (o.as_str(), *s)).collect();
            if let Some(diagnostic) = report(
                name,
                &ignored,
                "extra veths have no forwarded ports or MAC address",
                "extraVeths entries share the declaration of the network options, but NixOS's scripts never read these two",
                "remove them; forward ports and set the MAC address on the container's main interface",
            ) {
                out.push(diagnostic);
            }
        }
        if !container.auto_start && container.restart_if_changed {
            if let Some(span) = spans.written(name, &["restartIfChanged"]) {
                out.push(
                    finding(
                        CODE,
                        Severity::Warning,
                        format!("containers.{name}.restartIfChanged is ignored: containers.{name} has no autoStart"),
                        span,
                    )
                    .with_note("NixOS applies restartIfChanged only to containers with autoStart; the others are never restarted by a switch (X-RestartIfChanged=false)")
                    .with_help("set `autoStart = true;`, or remove restartIfChanged"),
                );
            }
        }
    }
}

/// One warning for the options in `ignored` of container `name`, if there are any.
fn report(
    name: &str,
    ignored: &[(&str, Span)],
    reason: &str,
    note: &str,
    help: &str,
) -> Option<Diagnostic> {
    let ((_, first_span), rest) = ignored.split_first()?;
    let options: Vec<String> = ignored
        .iter()
        .map(|(o, _)| format!("containers.{name}.{o}"))
        .collect();
    let verb = if ignored.len() == 1 { "is" } else { "are" };
    let mut diagnostic = finding(
        CODE,
        Severity::Warning,
        format!("{} {verb} ignored: {reason}", options.join(", ")),
        *first_span,
    )
    .with_note(note.to_owned())
    .with_help(help.to_owned());
    for (option, span) in rest {
        diagnostic = diagnostic.with_label(*span, format!("`{option}` is ignored too"));
    }
    Some(diagnostic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::{ForwardPort, NetworkOptions};

    #[test]
    fn network_options_need_a_private_network() {
        let mut web = container("web");
        web.network.host_address = Some("10.0.0.1".to_owned());
        web.network.forward_ports = vec![ForwardPort {
            protocol: "tcp".to_owned(),
            host_port: 80,
            container_port: None,
        }];
        let found = messages(check, &host_of(vec![web.clone()]));
        assert_eq!(found, [("C207".to_owned(), "containers.web.forwardPorts, containers.web.hostAddress are ignored: containers.web has no privateNetwork".to_owned())]);
        web.private_network = true;
        assert!(messages(check, &host_of(vec![web])).is_empty());
    }

    #[test]
    fn extra_veths_ignore_ports_and_mac_addresses() {
        let mut web = container("web");
        web.extra_veths.insert(
            "vx".to_owned(),
            NetworkOptions {
                local_mac_address: Some("02:00:00:00:00:01".to_owned()),
                host_address: Some("10.1.0.1".to_owned()),
                ..NetworkOptions::default()
            },
        );
        let found = messages(check, &host_of(vec![web]));
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .1
                .starts_with("containers.web.extraVeths.vx.localMacAddress is ignored"),
            "{found:?}"
        );
    }
}
